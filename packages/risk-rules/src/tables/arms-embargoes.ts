import type { Dated } from './dated';
import type { Authority } from './embargoes';

/** Table 2b: arms embargoes by authority and scope (B3). */
export interface ArmsEmbargoRow extends Dated {
  code: string;
  /** the embargo covers only this region of the country (e.g. Darfur) */
  region?: string;
  /** place names that put a party, route leg or end user in the region (ASCII, lower case) */
  places?: string[];
  authority: Authority;
  /**
   * full: any supply; non-state: armed groups / non-government forces only (government forces exempt, or licensed case by
   * case as under 22 CFR 126.1); targeted: listed persons or groups
   */
  scope: 'full' | 'non-state' | 'targeted';
  basis: string;
}

/** Re-check date of rows whose renewal dates the table does not carry (a test fails once it is past). */
export const ARMS_REVIEW_BY = '2027-03-31';

const UN = (code: string, scope: ArmsEmbargoRow['scope'], basis: string, validFrom: string, extra: Partial<ArmsEmbargoRow> = {}): ArmsEmbargoRow => ({
  code, authority: 'UN', scope, basis, validFrom, source: 'S19, S21', reviewBy: ARMS_REVIEW_BY, ...extra,
});

/** Darfur's states and main towns (res. 1556/1591 region), as written in addresses. */
const DARFUR = ['darfur', 'nyala', 'el fasher', 'al fasher', 'el fashir', 'al fashir', 'fasher', 'geneina', 'el geneina', 'al geneina', 'al junaynah', 'zalingei', 'ed daein', 'ed da ein', 'al du ayn', 'kutum', 'tawila', 'kabkabiya', 'mellit'];

export const ARMS_EMBARGOES: readonly ArmsEmbargoRow[] = [
  UN('KP', 'full', 'UNSC res. 1718 (2006) and successors', '2006-10-14'),
  UN('IR', 'full', 'UNSC res. 1747/1929 (ended under res. 2231 on 18 Oct 2020)', '2007-03-24', { validTo: '2020-10-17', reviewBy: undefined }),
  UN('IR', 'full', 'UNSC res. 1737/1747/1929 measures restored by snapback (contested by RU/CN)', '2025-09-28', { verify: true }),
  UN('LY', 'full', 'UNSC res. 1970 (2011) and successors, with exemptions', '2011-02-26'),
  UN('SS', 'full', 'UNSC res. 2428 (2018), renewed by res. 2781 to 31 May 2026', '2018-07-13', { validTo: '2026-05-31', renewable: true }),
  // all belligerents in Darfur, government forces included (res. 1591); res. 1945 (2010) conditions any supply to Sudan on end-user documentation
  UN('SD', 'full', 'UNSC res. 1556/1591 (Darfur: all belligerents, government forces included), renewed by res. 2791 to 12 Sep 2026', '2004-07-30', { region: 'Darfur', places: DARFUR, validTo: '2026-09-12', renewable: true }),
  UN('SO', 'full', 'UNSC res. 733 (1992) general embargo', '1992-01-23', { validTo: '2023-11-30', reviewBy: undefined }),
  UN('SO', 'non-state', 'UNSC res. 2713/2776: al-Shabaab; Somali government forces exempt', '2023-12-01', { verify: true, renewable: true }),
  UN('CD', 'non-state', 'UNSC res. 1533/1807: non-governmental armed groups and listed persons (renewed yearly)', '2008-03-31', { renewable: true }),
  UN('CF', 'full', 'UNSC res. 2127 (2013), with exemptions for government forces', '2013-12-05', { validTo: '2024-07-29', reviewBy: undefined }),
  UN('CF', 'non-state', 'UNSC res. 2745 (2024): armed groups and listed persons; lifted for government forces (renewed yearly)', '2024-07-30', { verify: true, renewable: true }),
  UN('YE', 'targeted', 'UNSC res. 2216 (2015): listed persons and the Houthis', '2015-04-14'),
  UN('IQ', 'non-state', 'UNSC res. 1483 (2003): non-government forces', '2003-05-22'),
  UN('LB', 'non-state', 'UNSC res. 1701 (2006): any non-state actor', '2006-08-11'),
  UN('HT', 'non-state', 'UNSC res. 2653/2699/2752: non-state actors and gangs; security forces exempt (renewed yearly)', '2022-10-21', { renewable: true }),
  ...(
    [
      ['AF', 'targeted'], ['BY', 'full'], ['CF', 'non-state'], ['CN', 'full'], ['CD', 'non-state'], ['HT', 'targeted'], ['IR', 'full'],
      ['IQ', 'non-state'], ['LB', 'non-state'], ['LY', 'full'], ['MM', 'full'], ['KP', 'full'], ['RU', 'full'], ['SO', 'non-state'],
      ['SS', 'full'], ['SD', 'full'], ['SY', 'full'], ['VE', 'full'], ['YE', 'targeted'],
    ] as const
  ).map(([code, scope]): ArmsEmbargoRow => ({ code, scope, authority: 'EU', basis: code === 'SY' ? 'EU CFSP arms embargo, kept when economic sanctions were lifted in May 2025' : 'EU CFSP arms embargo', source: 'S21', renewable: true, reviewBy: ARMS_REVIEW_BY, ...(code === 'SY' ? { verify: true } : {}) })),
  { code: 'ZW', scope: 'full', authority: 'EU', basis: 'EU CFSP arms embargo (arms and internal-repression equipment), renewed on 17 Feb 2026 to 20 Feb 2027', source: 'S20', validTo: '2027-02-20', renewable: true, reviewBy: '2027-02-20' },
  // UK autonomous arms embargoes (UK sanctions regulations under SAMLA 2018), besides the UN ones that bind the UK anyway
  ...(['BY', 'CN', 'IR', 'MM', 'RU', 'SY', 'VE'] as const).map(
    (code): ArmsEmbargoRow => ({ code, scope: 'full', authority: 'GB', basis: 'UK arms embargo (FCDO/ECJU "Arms embargoes, sanctions and other restrictions"; country sanctions regulations under SAMLA 2018)', source: 'S21', verify: true, reviewBy: ARMS_REVIEW_BY }),
  ),
  // 22 CFR 126.1: policy of denial; where (d)(2) allows case-by-case licences for government forces or UN missions, non-state scope
  ...(['AF', 'BY', 'MM', 'KH', 'CN', 'CU', 'ER', 'IR', 'NI', 'KP', 'RU', 'SY', 'VE', 'ZW'] as const).map(
    (code): ArmsEmbargoRow => ({ code, scope: 'full', authority: 'US', basis: '22 CFR 126.1 / EAR Country Group D:5 policy of denial', source: 'S50', verify: true, reviewBy: ARMS_REVIEW_BY }),
  ),
  ...(['CF', 'CD', 'HT', 'IQ', 'LB', 'LY', 'SO', 'SS', 'SD'] as const).map(
    (code): ArmsEmbargoRow => ({ code, scope: 'non-state', authority: 'US', basis: '22 CFR 126.1(d)(2): policy of denial with case-by-case exceptions (government forces, UN or authorised missions)', source: 'S50', verify: true, reviewBy: ARMS_REVIEW_BY }),
  ),
  // Hong Kong and Macau follow China for US export rules (EO 13936 of 14 Jul 2020; BIS removed Hong Kong as a separate destination, 85 FR 83765)
  ...(['HK', 'MO'] as const).map(
    (code): ArmsEmbargoRow => ({ code, scope: 'full', authority: 'US', basis: `22 CFR 126.1 / D:5 as for China: ${code === 'HK' ? 'Hong Kong treated as China since EO 13936 (14 Jul 2020) and 85 FR 83765 (23 Dec 2020)' : 'Macau treated as China'}`, source: 'S50', validFrom: code === 'HK' ? '2020-07-14' : undefined, verify: true, reviewBy: ARMS_REVIEW_BY }),
  ),
];
