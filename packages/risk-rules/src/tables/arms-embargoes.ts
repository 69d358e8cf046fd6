import type { Dated } from './dated';

/** Table 2b: arms embargoes by authority and scope (B3). */
export interface ArmsEmbargoRow extends Dated {
  code: string;
  /** the embargo covers only this region of the country (e.g. Darfur) */
  region?: string;
  authority: 'UN' | 'EU' | 'US';
  /** full: any supply; non-state: armed groups / non-government forces only; targeted: listed persons or groups */
  scope: 'full' | 'non-state' | 'targeted';
  basis: string;
}

const UN = (code: string, scope: ArmsEmbargoRow['scope'], basis: string, validFrom: string, extra: Partial<ArmsEmbargoRow> = {}): ArmsEmbargoRow => ({
  code, authority: 'UN', scope, basis, validFrom, source: 'S19, S21', ...extra,
});

export const ARMS_EMBARGOES: readonly ArmsEmbargoRow[] = [
  UN('KP', 'full', 'UNSC res. 1718 (2006) and successors', '2006-10-14'),
  UN('IR', 'full', 'UNSC res. 1747/1929 (ended under res. 2231 on 18 Oct 2020)', '2007-03-24', { validTo: '2020-10-17' }),
  UN('IR', 'full', 'UNSC res. 1737/1747/1929 measures restored by snapback (contested by RU/CN)', '2025-09-28', { verify: true }),
  UN('LY', 'full', 'UNSC res. 1970 (2011) and successors, with exemptions', '2011-02-26'),
  UN('SS', 'full', 'UNSC res. 2428 (2018), renewed by res. 2781 to 31 May 2026', '2018-07-13', { validTo: '2026-05-31', verify: true }),
  UN('SD', 'non-state', 'UNSC res. 1556/1591 (Darfur), renewed by res. 2791 to 12 Sep 2026', '2004-07-30', { region: 'Darfur', validTo: '2026-09-12', verify: true }),
  UN('SO', 'full', 'UNSC res. 733 (1992) general embargo', '1992-01-23', { validTo: '2023-11-30' }),
  UN('SO', 'non-state', 'UNSC res. 2713/2776: al-Shabaab; Somali government forces exempt', '2023-12-01', { verify: true }),
  UN('CD', 'non-state', 'UNSC res. 1533/1807: non-governmental armed groups and listed persons', '2008-03-31'),
  UN('CF', 'full', 'UNSC res. 2127 (2013), with exemptions for government forces', '2013-12-05', { validTo: '2024-07-29' }),
  UN('CF', 'non-state', 'UNSC res. 2745 (2024): armed groups and listed persons; lifted for government forces', '2024-07-30', { verify: true }),
  UN('YE', 'targeted', 'UNSC res. 2216 (2015): listed persons and the Houthis', '2015-04-14'),
  UN('IQ', 'non-state', 'UNSC res. 1483 (2003): non-government forces', '2003-05-22'),
  UN('LB', 'non-state', 'UNSC res. 1701 (2006): any non-state actor', '2006-08-11'),
  UN('HT', 'non-state', 'UNSC res. 2653/2699/2752: non-state actors and gangs; security forces exempt', '2022-10-21'),
  ...(
    [
      ['AF', 'targeted'], ['BY', 'full'], ['CF', 'non-state'], ['CN', 'full'], ['CD', 'non-state'], ['HT', 'targeted'], ['IR', 'full'],
      ['IQ', 'non-state'], ['LB', 'non-state'], ['LY', 'full'], ['MM', 'full'], ['KP', 'full'], ['RU', 'full'], ['SO', 'non-state'],
      ['SS', 'full'], ['SD', 'full'], ['SY', 'full'], ['VE', 'full'], ['YE', 'targeted'],
    ] as const
  ).map(([code, scope]): ArmsEmbargoRow => ({ code, scope, authority: 'EU', basis: 'EU CFSP arms embargo', source: 'S21', ...(code === 'SY' ? { verify: true } : {}) })),
  { code: 'ZW', scope: 'full', authority: 'EU', basis: 'EU CFSP arms embargo (renewed to 20 Feb 2026)', source: 'S20', validTo: '2026-02-20', verify: true },
  ...(['AF', 'BY', 'MM', 'KH', 'CF', 'CN', 'CU', 'CD', 'ER', 'HT', 'IR', 'IQ', 'LB', 'LY', 'NI', 'KP', 'RU', 'SO', 'SS', 'SD', 'SY', 'VE', 'ZW'] as const).map(
    (code): ArmsEmbargoRow => ({ code, scope: 'full', authority: 'US', basis: '22 CFR 126.1 / EAR Country Group D:5 policy of denial', source: 'S50', verify: true }),
  ),
];
