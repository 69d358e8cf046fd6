import type { Dated } from './dated';

/** A legal order whose measures bind an exporter: UN measures bind every state; US, EU and UK measures bind their persons. */
export type Authority = 'UN' | 'US' | 'EU' | 'GB';

/** Table 2a: comprehensive embargoes (B1), broad export controls (B2) and narrower country measures, by authority. */
export interface EmbargoRow extends Dated {
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code */
  code: string;
  name: string;
  /**
   * comprehensive → B1 critical; region-review → B1 high (sub-oblast coverage); broad-controls → B2; controlled-items → B1 high
   * with controlled goods, info otherwise (licences still needed for listed items); government-blocked → B1 critical for a
   * state body of the country, high for any other presence
   */
  kind: 'comprehensive' | 'region-review' | 'broad-controls' | 'controlled-items' | 'government-blocked';
  /** the orders whose measures these are (a row binds an exporter subject to one of them) */
  authorities: Authority[];
  basis: string;
  /** names of the country's state enterprises and bodies (government-blocked rows), in ASCII lower case */
  stateBodies?: RegExp;
}

const ALL: Authority[] = ['US', 'EU', 'GB'];

export const EMBARGOES: readonly EmbargoRow[] = [
  { code: 'CU', name: 'Cuba', kind: 'comprehensive', authorities: ['US'], basis: 'OFAC Cuban Assets Control Regulations (31 CFR 515, which also bind foreign entities owned or controlled by US persons, § 515.329); 15 CFR 746.2 for EAR items. No EU/UK embargo: the EU Blocking Statute (Reg. (EC) 2271/96, annex lists the US Cuba measures) forbids EU operators to comply with it', source: 'S50', validFrom: '1963-07-08' },
  { code: 'IR', name: 'Iran', kind: 'comprehensive', authorities: ['US'], basis: 'OFAC ITSR (31 CFR 560); 15 CFR 746.7', source: 'S50', validFrom: '1995-05-06' },
  { code: 'IR', name: 'Iran', kind: 'controlled-items', authorities: ['UN', 'EU', 'GB'], basis: 'UN measures of res. 1737/1747/1929 restored by snapback (27–28 Sep 2025); EU Reg. (EU) 267/2012 as re-applied; UK Iran (Sanctions) (Nuclear) Regulations: bans and licences for listed goods, no general embargo', source: 'S19, S9', validFrom: '2025-09-28', verify: true, reviewBy: '2027-03-31' },
  { code: 'KP', name: 'North Korea', kind: 'comprehensive', authorities: ['UN', ...ALL], basis: 'UNSC res. 1718 (2006) and successors (2397: almost all trade banned); OFAC NKSR (31 CFR 510); 15 CFR 746.4; EU Reg. (EU) 2017/1509', source: 'S50, S19', validFrom: '2008-06-26' },
  { code: 'SY', name: 'Syria', kind: 'comprehensive', authorities: ['US'], basis: 'OFAC Syrian Sanctions Regulations, ended by EO 14312 (programme ended 1 Jul 2025)', source: 'S16', validFrom: '2004-05-11', validTo: '2025-06-30' },
  { code: 'SY', name: 'Syria', kind: 'controlled-items', authorities: ['US'], basis: 'BIS "Relaxing Export Controls for Syria" (90 FR 42315, 2 Sep 2025): EAR99 items under License Exception SPP, CCL items still need a licence, malign end users restricted; PAARSS/EO 13894 designations stay', source: 'S16, S17', validFrom: '2025-07-01', verify: true, reviewBy: '2027-03-31' },
  { code: 'SY', name: 'Syria', kind: 'controlled-items', authorities: ['EU', 'GB'], basis: 'EU lifted economic sanctions in May 2025 but kept the arms embargo and controls on dual-use and internal-repression goods (Reg. (EU) 36/2012 as amended); UK Syria regulations as amended 2025', source: 'S21', validFrom: '2025-05-28', verify: true, reviewBy: '2027-03-31' },
  { code: 'VE', name: 'Venezuela', kind: 'government-blocked', authorities: ['US'], basis: 'EO 13884 (5 Aug 2019) blocks the Government of Venezuela, its political subdivisions, agencies and controlled entities (PdVSA, Banco Central de Venezuela), 31 CFR 591', source: 'S50', validFrom: '2019-08-05', verify: true, reviewBy: '2027-03-31', stateBodies: /\b(pdvsa|petroleos de venezuela|banco central de venezuela|bcv|bandes|conviasa|minerven|corporacion venezolana de guayana|cvg|citgo|gobierno bolivariano|republica bolivariana de venezuela)\b/ },
  { code: 'UA-43', name: 'Crimea', kind: 'comprehensive', authorities: ALL, basis: 'EO 13685; 15 CFR 746.6; EU Reg. (EU) 692/2014; UK Russia (Sanctions) (EU Exit) Regulations 2019', source: 'S50', validFrom: '2014-12-19' },
  { code: 'UA-40', name: 'Sevastopol', kind: 'comprehensive', authorities: ALL, basis: 'EO 13685; 15 CFR 746.6; EU Reg. (EU) 692/2014; UK Russia (Sanctions) (EU Exit) Regulations 2019', source: 'S50', validFrom: '2014-12-19' },
  { code: 'UA-14', name: 'Donetsk oblast (so-called DNR areas)', kind: 'region-review', authorities: ALL, basis: 'EO 14065 (21 Feb 2022); 15 CFR 746.6; EU Reg. 2022/263; UK non-government-controlled areas', source: 'S50', validFrom: '2022-02-21' },
  { code: 'UA-09', name: 'Luhansk oblast (so-called LNR areas)', kind: 'region-review', authorities: ALL, basis: 'EO 14065 (21 Feb 2022); 15 CFR 746.6; EU Reg. 2022/263; UK non-government-controlled areas', source: 'S50', validFrom: '2022-02-21' },
  { code: 'UA-23', name: 'Zaporizhzhia oblast (non-government-controlled areas)', kind: 'region-review', authorities: ['EU', 'GB'], basis: 'EU Reg. 2022/263 as extended 6 Oct 2022; UK regulations as extended', source: 'S50', validFrom: '2022-10-06' },
  { code: 'UA-65', name: 'Kherson oblast (non-government-controlled areas)', kind: 'region-review', authorities: ['EU', 'GB'], basis: 'EU Reg. 2022/263 as extended 6 Oct 2022; UK regulations as extended', source: 'S50', validFrom: '2022-10-06' },
  { code: 'RU', name: 'Russia', kind: 'broad-controls', authorities: ALL, basis: 'sectoral sanctions: EU Reg. 833/2014, US EO 13662 directives', source: 'S9', validFrom: '2014-07-31', validTo: '2022-02-23' },
  { code: 'RU', name: 'Russia', kind: 'broad-controls', authorities: ALL, basis: 'BIS licence for all CCL items and HS-listed EAR99 items (15 CFR 746.8, 746.10); EU Reg. 833/2014 export bans; EO 14024', source: 'S50, S9', validFrom: '2022-02-24' },
  { code: 'BY', name: 'Belarus', kind: 'broad-controls', authorities: ALL, basis: 'BIS 15 CFR 746.8; EU Reg. 765/2006', source: 'S50, S9', validFrom: '2022-03-02' },
];
