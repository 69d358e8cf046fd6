import type { Dated } from './dated';

/**
 * HS-based export bans for Russia and Belarus that predate or go beyond the Common High Priority List (B2 critical with these
 * goods). One row per HS prefix, authority and legal instrument, with the day it took effect; more rows can be added as they
 * are sourced (the EU annexes list CN codes; only the headings below are carried so far).
 *
 * EU Annex VII of Reg. 833/2014 (advanced technology, Art. 2a) lists items by control-list codes, not HS: it is covered through
 * the ECCN-shaped classification of the goods (any ECCN other than EAR99 is "controlled" and makes B2 critical already).
 */
export interface RuByBanRow extends Dated {
  /** HS prefix (chapter, heading or subheading) */
  prefix: string;
  authority: 'EU' | 'US';
  countries: readonly ('RU' | 'BY')[];
  instrument: string;
  description: string;
}

const EU_XI = 'EU Reg. 833/2014 Art. 3c and Annex XI (aviation and space goods), inserted by Council Reg. (EU) 2022/328 of 25 Feb 2022';
const BY_XI = 'EU Reg. 765/2006 Art. 1e (aviation goods for Belarus), Council Reg. (EU) 2022/355 of 2 Mar 2022';
const US_S4 = '15 CFR part 746 Supp. No. 4 (Russia/Belarus industry-sector sanctions by HTS code), 15 CFR 746.8(a)(2)';

export const RU_BY_HS_BANS: readonly RuByBanRow[] = [
  // EU: aviation and space goods (Annex XI): the whole of chapter 88, aircraft engines and their parts.
  { prefix: '88', authority: 'EU', countries: ['RU'], instrument: EU_XI, description: 'aircraft, spacecraft, UAVs and their parts (ch. 88)', source: 'S9; Reg. (EU) 2022/328', validFrom: '2022-02-26' },
  { prefix: '840710', authority: 'EU', countries: ['RU'], instrument: EU_XI, description: 'spark-ignition aircraft engines', source: 'S9; Reg. (EU) 2022/328', validFrom: '2022-02-26', verify: true },
  { prefix: '840910', authority: 'EU', countries: ['RU'], instrument: EU_XI, description: 'parts of aircraft engines', source: 'S9; Reg. (EU) 2022/328', validFrom: '2022-02-26', verify: true },
  { prefix: '8411', authority: 'EU', countries: ['RU'], instrument: EU_XI, description: 'turbojets, turbopropellers and other gas turbines and parts', source: 'S9; Reg. (EU) 2022/328', validFrom: '2022-02-26', verify: true },
  { prefix: '88', authority: 'EU', countries: ['BY'], instrument: BY_XI, description: 'aircraft, spacecraft, UAVs and their parts (ch. 88)', source: 'S9; Reg. (EU) 2022/355', validFrom: '2022-03-03', verify: true },
  // US: HTS-based industry-sector sanctions; from the May 2023 expansion every EAR99 item of HTS chapters 84 and 85.
  { prefix: '84', authority: 'US', countries: ['RU', 'BY'], instrument: US_S4, description: 'all items of HTS chapter 84 (machinery)', source: 'S50; BIS rule of 19 May 2023 (88 FR 33422)', validFrom: '2023-05-19', verify: true },
  { prefix: '85', authority: 'US', countries: ['RU', 'BY'], instrument: US_S4, description: 'all items of HTS chapter 85 (electrical machinery and electronics)', source: 'S50; BIS rule of 19 May 2023 (88 FR 33422)', validFrom: '2023-05-19', verify: true },
  // US: aircraft and parts are CCL items or Supp. 4 items since the first Russia rule of 24 Feb 2022 (87 FR 12226).
  { prefix: '88', authority: 'US', countries: ['RU', 'BY'], instrument: '15 CFR 746.8 (license for all CCL items incl. 9A991 aircraft and parts); 87 FR 12226', description: 'aircraft and their parts (ch. 88)', source: 'S50; 87 FR 12226 (24 Feb 2022)', validFrom: '2022-02-24', verify: true },
];
