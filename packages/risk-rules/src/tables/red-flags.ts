import type { Dated } from './dated';

/**
 * Keyword tables and thresholds of the red flags added in issue 11 (B9, C10, D8, E9, E10, F5, F6), each with its source.
 * Keywords are ASCII after transliteration (`tokens()`), EN/DE/FR/ES/RU forms.
 */

/** Payment means that avoid the banking system (F5). */
export const UNUSUAL_MEANS: readonly { what: string; pattern: RegExp; source: string }[] = [
  {
    what: 'crypto-assets',
    pattern: /\b(crypto\w*|bitcoin|btc|ethereum|eth|usdt|tether|usdc|stablecoins?|virtual currenc\w*|digital currenc\w*|cvc|wallet|kriptovalyut\w*)\b/,
    source: 'FinCEN Alert FIN-2022-Alert001 (7 Mar 2022): sanctions and export-control evasion through convertible virtual currency; S5',
  },
  {
    what: 'gold or precious metals',
    pattern: /\b(gold|bullion|precious metals?|zoloto|or physique)\b/,
    source: 'OFAC determination under EO 14024 on gold-related transactions (24 Mar 2022); FATF/Egmont TBML indicators [S37]',
  },
  {
    what: 'barter or goods in kind',
    pattern: /\b(barter|bartering|countertrade|counter trade|compensation trade|in kind|offset goods|troc|trueque|tauschhandel|bartern\w*|vzaimozachet)\b/,
    source: 'FATF/Egmont "Trade-Based Money Laundering: Risk Indicators" (Mar 2021) [S37]',
  },
];

/** Currencies of RU/BY (F5): payment in them means Russian/Belarusian banks. */
export interface CurrencyRow extends Dated {
  currency: string;
  country: string;
}
export const SANCTIONED_CURRENCIES: readonly CurrencyRow[] = [
  { currency: 'RUB', country: 'RU', source: 'EU Commission due-diligence guidance (7 Sep 2023) [S10]; G7 guidance (2023) [S12]', validFrom: '2022-02-24' },
  { currency: 'BYN', country: 'BY', source: 'EU Commission due-diligence guidance (7 Sep 2023) [S10]; G7 guidance (2023) [S12]', validFrom: '2022-03-02' },
];

/**
 * D8: a new customer whose first order is large. "New": `firstOrder`, or a customer for less than NEW_CUSTOMER_MONTHS, or a
 * trade history with no earlier order. "Large": an order value of at least LARGE_ORDER in a major currency (no FX conversion:
 * other currencies are not judged). Sources: BIS red flags (customer with little business background, orders inconsistent
 * with needs) [S1]; FinCEN/BIS joint notice of 6 Nov 2023 [S5]; threshold by the project.
 */
export const NEW_CUSTOMER_MONTHS = 6;
export const LARGE_ORDER = 250_000;
export const LARGE_ORDER_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'SGD']);
export const LARGE_ORDER_SOURCE = 'S1 (BIS red flags), S5 (FinCEN/BIS notice 6 Nov 2023); threshold by the project';

/**
 * C10: US de minimis thresholds for foreign-made items with controlled US content (15 CFR 734.4): 25 % in general, 10 % for
 * Country Group E:1/E:2 destinations; and destinations where a foreign-direct-product rule reaches non-US items made with US
 * technology (15 CFR 734.9(f) Russia/Belarus FDP rule of 24 Feb 2022 [87 FR 12226];
 * Iran FDP rule of 24 Feb 2023, verify the paragraph).
 */
export const DE_MINIMIS_GENERAL = 25;
export const DE_MINIMIS_E = 10;
export const COUNTRY_GROUP_E: ReadonlySet<string> = new Set(['CU', 'IR', 'KP', 'SY']);
export interface FdpRow extends Dated {
  code: string;
  rule: string;
}
export const FDP_DESTINATIONS: readonly FdpRow[] = [
  { code: 'RU', rule: 'Russia/Belarus foreign-direct-product rule, 15 CFR 734.9(f)', source: 'S50; 87 FR 12226 (24 Feb 2022)', validFrom: '2022-02-24' },
  { code: 'BY', rule: 'Russia/Belarus foreign-direct-product rule, 15 CFR 734.9(f)', source: 'S50; 87 FR 14785 (2 Mar 2022)', validFrom: '2022-03-02' },
  { code: 'IR', rule: 'Iran foreign-direct-product rule, 15 CFR 734.9(l)', source: 'S50; 88 FR 12150 (24 Feb 2023)', validFrom: '2023-02-24', verify: true },
];
export const US_CONTENT_SOURCE = '15 CFR 734.3(a)(2) (US-origin items wherever located), 734.4 (de minimis), 734.9 (foreign-direct-product rules) [S50]';

/** E9: a forwarder or logistics firm as consignee or ship-to (BIS red flag: "a freight forwarding firm is listed as the product's final destination"). */
export const FORWARDER_SOURCE = 'S1 (BIS red flags), S5 (FinCEN/BIS notice 6 Nov 2023)';
export const FORWARDER_PATTERN = /\b(logistics?|logistik|logistique|logistica|freight|forwarding|forwarders?|spedition|speditions\w*|transitaire|transitario|cargo|courier|shipping agency|customs broker\w*|expedition|ekspeditor\w*|transport ekspedits\w*)\b/;

/** B9: charter air and legs changed after booking. Source: SEESAC "Guns, Planes and Ships" (2007) and SEESAC/SIPRI (2014) on clandestine air transfers [S31]; Tri-Seal note [S7]. */
export const ROUTE_SOURCE = 'S31 (SEESAC 2007, SEESAC/SIPRI 2014: charter cargo flights in clandestine arms transfers), S7 (Tri-Seal note: rerouting)';

/** E10: BIS red flag "the customer is reluctant to offer information about the end use of the item" [S1]; FinCEN/BIS 2023 [S5]. */
export const END_USE_REFUSAL_SOURCE = 'S1 (BIS red flags: reluctant to offer end-use information), S5';

/** F6: payments from several unlinked third parties. G7 guidance (2023) [S12]; FinCEN/BIS 2022 and Nov 2023 [S3] [S5]. */
export const MULTI_PAYER_SOURCE = 'S12 (G7 2023: payments from unlinked third parties), S3, S5';

/** D6: neighbours of Russia/Belarus and hubs that goods once shipped to RU/BY turn up in. Source: S3 (FinCEN/BIS 2022), S48 (EBRD), S13. */
export const RU_BY_NEIGHBOURS_SOURCE = 'S3, S13, S48 (exports to AM, GE, KZ, KG rose after 2022)';
export const RU_BY_NEIGHBOURS: ReadonlySet<string> = new Set(['AM', 'GE', 'KZ', 'KG', 'UZ', 'TJ', 'AZ', 'MN', 'TR', 'AE', 'RS']);
