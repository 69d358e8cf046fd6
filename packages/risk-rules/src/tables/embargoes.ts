import type { Dated } from './dated';

/** Table 2a: comprehensive embargoes (B1) and broad export controls (B2), countries and ISO 3166-2 regions. */
export interface EmbargoRow extends Dated {
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code */
  code: string;
  name: string;
  /** comprehensive → B1 critical; region-review → B1 high (sub-oblast coverage); broad-controls → B2 */
  kind: 'comprehensive' | 'region-review' | 'broad-controls';
  basis: string;
}

export const EMBARGOES: readonly EmbargoRow[] = [
  { code: 'CU', name: 'Cuba', kind: 'comprehensive', basis: 'OFAC Cuban Assets Control Regulations (31 CFR 515); 15 CFR 746.2', source: 'S50', validFrom: '1963-07-08' },
  { code: 'IR', name: 'Iran', kind: 'comprehensive', basis: 'OFAC ITSR (31 CFR 560); 15 CFR 746.7', source: 'S50', validFrom: '1995-05-06' },
  { code: 'KP', name: 'North Korea', kind: 'comprehensive', basis: 'OFAC NKSR (31 CFR 510); 15 CFR 746.4; UN 1718', source: 'S50', validFrom: '2008-06-26' },
  { code: 'SY', name: 'Syria', kind: 'comprehensive', basis: 'OFAC Syrian Sanctions Regulations, ended by EO 14312 (programme ended 1 Jul 2025)', source: 'S16', validFrom: '2004-05-11', validTo: '2025-06-30' },
  { code: 'UA-43', name: 'Crimea', kind: 'comprehensive', basis: 'EO 13685; 15 CFR 746.6; EU regional measures', source: 'S50', validFrom: '2014-12-19' },
  { code: 'UA-40', name: 'Sevastopol', kind: 'comprehensive', basis: 'EO 13685; 15 CFR 746.6; EU regional measures', source: 'S50', validFrom: '2014-12-19' },
  { code: 'UA-14', name: 'Donetsk oblast (so-called DNR areas)', kind: 'region-review', basis: 'EO 14065 (21 Feb 2022); 15 CFR 746.6; EU Reg. 2022/263', source: 'S50', validFrom: '2022-02-21' },
  { code: 'UA-09', name: 'Luhansk oblast (so-called LNR areas)', kind: 'region-review', basis: 'EO 14065 (21 Feb 2022); 15 CFR 746.6; EU Reg. 2022/263', source: 'S50', validFrom: '2022-02-21' },
  { code: 'UA-23', name: 'Zaporizhzhia oblast (non-government-controlled areas)', kind: 'region-review', basis: 'EU Reg. 2022/263 as extended 6 Oct 2022', source: 'S50', validFrom: '2022-10-06' },
  { code: 'UA-65', name: 'Kherson oblast (non-government-controlled areas)', kind: 'region-review', basis: 'EU Reg. 2022/263 as extended 6 Oct 2022', source: 'S50', validFrom: '2022-10-06' },
  { code: 'RU', name: 'Russia', kind: 'broad-controls', basis: 'sectoral sanctions: EU Reg. 833/2014, US EO 13662 directives', source: 'S9', validFrom: '2014-07-31', validTo: '2022-02-23' },
  { code: 'RU', name: 'Russia', kind: 'broad-controls', basis: 'BIS licence for all CCL items and HS-listed EAR99 items (15 CFR 746.8, 746.10); EU Reg. 833/2014 export bans; EO 14024', source: 'S50, S9', validFrom: '2022-02-24' },
  { code: 'BY', name: 'Belarus', kind: 'broad-controls', basis: 'BIS 15 CFR 746.8; EU Reg. 765/2006', source: 'S50, S9', validFrom: '2022-03-02' },
];
