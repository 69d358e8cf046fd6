import type { Severity } from '@screening/schemas';

/**
 * What each rule may say and on what legal or guidance basis: the README's rule table is printed from this
 * (`pnpm rules:table`), and a test checks that every severity a rule module can emit is declared here and that the
 * README shows the current table. Source keys ([S1] …) are those of docs/domain.md Appendix A; rules beyond the
 * catalogue (`ADDED_RULE_IDS`) name their own sources.
 */
export interface RuleCard {
  /** severities the rule can emit, mildest first */
  severities: readonly Severity[];
  /** when it fires, in one line */
  when: string;
  /** legal basis or guidance */
  basis: string;
}

export const RULE_CATALOGUE: Readonly<Record<string, RuleCard>> = {
  A1: { severities: ['low', 'medium', 'high', 'critical'], when: 'a party matches a sanctions entry: **strong** band + blocking entry (SDN, UN, EU FSF, UK asset freeze) → critical; **potential** band → high (analyst to confirm); non-blocking programme (SSI, NS-CMIC, CAPTA, NS-MBS…) → its restriction, never a block; PEP/linked → low/medium', basis: 'IEEPA / 31 CFR 501; UNSC res. via EU Reg. 2580/2001 & national law; EU Reg. 269/2014; UK SAMLA 2018; [S39] [S44]' },
  A2: { severities: ['low', 'medium', 'high', 'critical'], when: 'a party matches an export-restriction entry: Entity List, MEU, Denied Persons (strong → critical, potential → high; a licence check); Unverified List → high (potential: medium); debarment (DDTC) → critical with arms goods, else medium (potential: one lower)', basis: '15 CFR 744.11, 744.21, 764.3, 744.15; 22 CFR 127.7; [S2] [S34]' },
  A3: { severities: ['high', 'critical'], when: 'a party address equals a listed address (normalised: script, abbreviations, word order, trailing country); critical when the address is itself the entry', basis: '15 CFR 744 Supp. 4 address-only entries; UN PoE DPRK reports; [S2] [S36]' },
  A4: { severities: ['critical'], when: 'blocking-sanctions owners hold ≥ 50 % in aggregate, directly or indirectly', basis: 'OFAC 50 % rule guidance (13 Aug 2014); EU Council best practices (ownership and control)' },
  A5: { severities: ['medium', 'high', 'critical'], when: '≥ 50 % owned by Entity List / MEU parties or SDNs; critical while the BIS Affiliates Rule is in force, high while suspended', basis: '15 CFR 744.8 (Affiliates Rule, 29 Sep 2025; suspended 10 Nov 2025 – 9 Nov 2026); [S18]' },
  A6: { severities: ['medium', 'high'], when: 'a listed party holds a significant minority, a board seat or other control', basis: 'BIS Affiliates Rule red flags; OFAC 50 % guidance (control); [S18]' },
  A7: { severities: ['low', 'medium'], when: 'a **review**-band near match (below the match threshold): medium with controlled goods, or when the name is the listed name and only the country differs; else context only (low) unless another red flag is present', basis: 'BIS "Know Your Customer" red flags (15 CFR 732 Supp. 3); FinCEN/BIS 2023; [S1] [S5]' },
  B1: { severities: ['info', 'high', 'critical'], when: 'CU, IR, KP, Crimea/Sevastopol anywhere (critical where the embargo binds the exporter); DNR/LNR, occupied Zaporizhzhia/Kherson → high; an embargo not binding the exporter → info (EU Blocking Statute note for Cuba)', basis: '31 CFR 515, 560, 510, 589; EO 14065; EU Reg. 692/2014, 2022/263; [S50]' },
  B2: { severities: ['medium', 'high', 'critical'], when: 'RU/BY in the shipment: critical with CCL, CHPL or HS-banned goods (EU Annexes XI, XXIII…, 15 CFR 746 supplements); high otherwise', basis: 'EU Reg. 833/2014, 765/2006; 15 CFR 746.8, 746 Supp. 2–7; [S9] [S50]' },
  B3: { severities: ['high', 'critical'], when: 'arms to an arms-embargoed destination: full embargo binding the exporter → critical; partial/targeted (non-state actors) → high until a government end user and exemption are shown', basis: 'UNSC arms embargoes; EU CFSP decisions; 22 CFR 126.1; [S20]' },
  B4: { severities: ['info', 'high'], when: 'a diversion hub in route, consignees, payer or banks: high with controlled/priority goods; hub alone → info', basis: 'FinCEN/BIS joint alerts 2022–2023; Tri-Seal note 2024; [S3] [S6] [S7]' },
  B5: { severities: ['low', 'medium', 'high'], when: 'destination or end user in a Wagner / Africa Corps presence country with arms, CHPL or dual-use goods', basis: 'US Treasury Wagner designations 2023; [S22] [S23]' },
  B6: { severities: ['medium', 'high'], when: 'a leg off any plausible path, last leg ≠ declared destination, or goods continue beyond it (a normal transshipment at a major hub is not B6)', basis: 'BIS red flags; FinCEN/BIS 2023; [S1] [S5]' },
  B7: { severities: ['medium'], when: 'controlled, CHPL or arms goods stored or transshipped in a free trade zone', basis: 'FATF "Money laundering vulnerabilities of free trade zones" (2010); [S38]' },
  B8: { severities: ['high'], when: 'invoice/declared destination differs from consignee country or route end', basis: 'US v. Buyanovsky & Robertson (KanRus, 2023); [S35]' },
  B9: { severities: ['low', 'medium'], when: 'a charter-air leg or a leg changed after booking; medium with controlled/arms goods', basis: 'SEESAC 2007; SEESAC/SIPRI 2014; Tri-Seal note; [S31] [S7]' },
  C1: { severities: ['info', 'medium'], when: 'HS6 on the Common High Priority List: tier 1–2 medium, tier 3–4 info; raised with B2/B4/D/E/F flags', basis: 'EU/US/UK/JP CHPL (2023–2024); [S8] [S4]' },
  C2: { severities: ['low', 'medium'], when: 'arms or military goods (HS ch. 93, 8710, 8906.10, military aircraft/vehicles with military end use, USML, 600-series): medium, raised with B3/B5/E', basis: 'Wassenaar Munitions List; 22 CFR 121; 15 CFR 774 Supp. 1; Table 2f/2g' },
  C3: { severities: ['high'], when: 'EU operator, Art. 12g goods to a non-partner country without a No-Russia clause', basis: 'EU Reg. 833/2014 Art. 12g; [S9]' },
  C4: { severities: ['medium'], when: 'EU operator sells CHP items outside EU/partners without a risk assessment', basis: 'EU Reg. 833/2014 Art. 12gb; Reg. 765/2006 Art. 8ga; [S9]' },
  C5: { severities: ['medium'], when: 'goods implausible for the buyer\'s line of business', basis: '15 CFR 732 Supp. 3; [S1] [S5]' },
  C6: { severities: ['medium'], when: 'advanced technology to a destination without that industry', basis: '15 CFR 732 Supp. 3; [S1]' },
  C7: { severities: ['medium', 'high'], when: 'price or quantity far from reference or plausible need (high for arms)', basis: 'FATF/Egmont TBML indicators 2020; [S37] [S1]' },
  C8: { severities: ['medium'], when: 'generic goods description or text inconsistent with the HS code', basis: 'FATF/Egmont trade-document indicators; [S37]' },
  C9: { severities: ['medium'], when: 'HS code deleted by HS 2022, reserved, or contradicting a given ECCN/USML category', basis: 'WCO HS 2017–2022 correlation tables; 15 CFR 774; 22 CFR 121; [S37]' },
  C10: { severities: ['info', 'medium', 'high'], when: 'non-US exporter with US-origin goods, US content above de minimis, or foreign-direct-product destinations', basis: '15 CFR 734.3, 734.4, 734.9; [S50]' },
  D1: { severities: ['medium'], when: 'incorporated after 24 Feb 2022 or < 12 months before the transaction; high with C1 + B4', basis: 'FinCEN/BIS May 2023; [S4] [S10]' },
  D2: { severities: ['low', 'medium'], when: 'no website, free-mail address', basis: 'FinCEN/BIS 2022, 2023; [S3] [S5]' },
  D3: { severities: ['medium'], when: 'residential, PO box, mail-drop or service-provider address', basis: '[S3] [S4] [S37] [S49]' },
  D4: { severities: ['low', 'medium', 'critical'], when: 'phone code ≠ country (low), IP ≠ declared location (medium), IP in a B1 jurisdiction (critical)', basis: 'OFAC IP-geolocation enforcement cases; [S5] [S7] [S44]' },
  D5: { severities: ['high'], when: 'an identifier, address, phone or e-mail shared with a listed party (every list, custom included) or with a party in RU/BY/IR/KP', basis: 'UN PoE reports; FinCEN 2022; [S36] [S10]' },
  D6: { severities: ['low', 'medium', 'high'], when: 'behaviour change in the party\'s trade history (request history and this service\'s own screenings)', basis: 'FinCEN/BIS 2022–2023; [S3] [S12] [S13]' },
  D7: { severities: ['medium'], when: 'little or no business history', basis: '15 CFR 732 Supp. 3; [S1]' },
  D8: { severities: ['medium', 'high'], when: 'a new customer\'s first order ≥ 250,000; high with controlled goods', basis: '[S1] [S5]' },
  E1: { severities: ['low', 'high'], when: 'a forwarder, logistics firm or trading company is the (ultimate) consignee; manufacturers\' legal suffixes do not count', basis: '15 CFR 732 Supp. 3; FinCEN/BIS Nov 2023; [S1] [S5]' },
  E2: { severities: ['low', 'high'], when: 'no or generic end user for controlled/arms goods', basis: 'Conflict Armament Research end-user documentation study; [S28]' },
  E3: { severities: ['medium', 'high'], when: 'end-user, consignee and declared destination countries disagree', basis: '[S1] [S10]' },
  E4: { severities: ['info', 'medium', 'high', 'critical'], when: 'a state or security end user (MoD, police, gendarmerie, national guard, presidential guard) in a PMC-presence or embargoed country with foreign payer/broker, other-state EUC, or list links — the Wagner–Mali pattern', basis: 'US State Dept. on Wagner procurement via Mali (2023); Small Arms Survey; [S22] [S28]' },
  E5: { severities: ['high'], when: 'EUC without expiry or re-export clause, vague end use, reused reference', basis: 'Conflict Armament Research; ATT Art. 11; [S28] [S26]' },
  E6: { severities: ['medium', 'high'], when: 'a broker or agent in an arms deal', basis: 'ATT Art. 10; UN PoA; [S29] [S31]' },
  E7: { severities: ['medium'], when: 'letter of credit consigns goods to the issuing bank, invoice omits the end user', basis: 'FinCEN/BIS Nov 2023; [S5]' },
  E8: { severities: ['medium'], when: 'declines installation/training, vague dates, evasive about re-export', basis: '15 CFR 732 Supp. 3; Tri-Seal note; [S1] [S7]' },
  E9: { severities: ['low', 'medium'], when: 'a forwarder is consignee or ship-to while an ultimate consignee is named', basis: '[S1] [S5]' },
  E10: { severities: ['medium', 'high'], when: 'the customer refuses an end-use statement', basis: '15 CFR 732 Supp. 3; [S1] [S5]' },
  F1: { severities: ['medium', 'high'], when: 'payer is not the buyer or consignee (high in another country)', basis: 'Tri-Seal note; FinCEN/BIS 2022; G7 2023; [S7] [S3] [S12]' },
  F2: { severities: ['info', 'medium', 'high'], when: 'payer or bank in RU/BY/IR/KP (high); in a hub → info alone, medium with controlled goods or another red flag', basis: '[S3]' },
  F3: { severities: ['medium', 'high'], when: 'funds from a country of none of buyer, consignee, end user', basis: 'FIU joint advisory; [S13]' },
  F4: { severities: ['medium'], when: 'cash for expensive items, late payment changes', basis: '15 CFR 732 Supp. 3; FATF/Egmont; [S1] [S37]' },
  F5: { severities: ['medium', 'high'], when: 'payment in crypto-assets, gold or barter; in RUB/BYN (high)', basis: 'FinCEN FIN-2022-Alert001; OFAC gold determination (24 Mar 2022); [S37] [S10] [S12]' },
  F6: { severities: ['high'], when: 'two or more distinct payers, at least one not the buyer', basis: '[S12] [S3] [S5]' },
  G1: { severities: ['medium', 'high'], when: 'consignee, destination, route or payer changed after order or screening', basis: 'Tri-Seal note; [S7] [S3] [S12]' },
  G2: { severities: ['medium'], when: 'same goods or end user split across consignees or small consignments', basis: 'FATF/Egmont; [S37]' },
};
