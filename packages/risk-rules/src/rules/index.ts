import { A1 } from './a1-list-hit-sanctions';
import { A2 } from './a2-list-hit-export-restricted';
import { A3 } from './a3-listed-address';
import { A4 } from './a4-ownership-50';
import { A5 } from './a5-affiliate-bis';
import { A6 } from './a6-significant-control';
import { A7 } from './a7-near-match';
import { B1 } from './b1-comprehensive-embargo';
import { B2 } from './b2-russia-belarus';
import { B3 } from './b3-arms-embargo';
import { B4 } from './b4-diversion-hub';
import { B5 } from './b5-pmc-presence';
import { B6 } from './b6-route-incoherent';
import { B7 } from './b7-free-trade-zone';
import { B8 } from './b8-invoice-destination';
import { C1 } from './c1-chpl-item';
import { C2 } from './c2-arms-item';
import { C3 } from './c3-no-russia-clause';
import { C4 } from './c4-chp-risk-assessment';
import { C5 } from './c5-item-business-mismatch';
import { C6 } from './c6-item-destination-tech';
import { C7 } from './c7-price-quantity';
import { C8 } from './c8-vague-description';
import { D1 } from './d1-newly-incorporated';
import { D2 } from './d2-digital-footprint';
import { D3 } from './d3-address-quality';
import { D4 } from './d4-contact-geo';
import { D5 } from './d5-shared-identifiers';
import { D6 } from './d6-behaviour-change';
import { D7 } from './d7-thin-background';
import { E1 } from './e1-intermediary-consignee';
import { E2 } from './e2-end-user-generic';
import { E3 } from './e3-end-user-consignee-mismatch';
import { E4 } from './e4-state-front';
import { E5 } from './e5-euc-defects';
import { E6 } from './e6-broker-arms';
import { E7 } from './e7-lc-to-bank';
import { E8 } from './e8-evasive-behaviour';
import { F1 } from './f1-third-party-payer';
import { F2 } from './f2-payment-high-risk';
import { F3 } from './f3-funds-goods-mismatch';
import { F4 } from './f4-payment-terms';
import { G1 } from './g1-last-minute-change';
import { G2 } from './g2-split-shipments';
import { C9 } from './c9-hs-classification';
import { C10 } from './c10-us-content';
import { B9 } from './b9-charter-reroute';
import { D8 } from './d8-large-first-order';
import { E9 } from './e9-forwarder-consignee';
import { E10 } from './e10-end-use-refused';
import { F5 } from './f5-unusual-payment-means';
import { F6 } from './f6-multiple-payers';
import type { Rule } from '../types';

/**
 * Rules added beyond the catalogue of docs/domain.md (issue 11), each with its source in its module and in the README rule
 * table: B9 charter air / route changed after booking, C9 HS 2022 and classification checks, C10 US content and
 * foreign-direct-product exposure, D8 large first order of a new customer, E9 forwarder as consignee or ship-to, E10 end-use
 * statement refused, F5 crypto / gold / barter / RUB-BYN payment, F6 several unrelated payers.
 */
export const ADDED_RULE_IDS: readonly string[] = ['B9', 'C9', 'C10', 'D8', 'E9', 'E10', 'F5', 'F6'];

/** The rule catalogue of docs/domain.md §1.2–1.8 in catalogue order (E4 reads the A1 flags before it). */
export const RULES: readonly Rule[] = [
  A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, B5, B6, B7, B8, B9, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, D1, D2, D3, D4, D5, D6, D7, D8, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, F1, F2, F3, F4, F5, F6, G1, G2,
];
