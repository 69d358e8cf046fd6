import type { Dated } from './dated';

/** Table 2c: transshipment / diversion hubs for Russia- and Iran-bound goods (B4, B6, F2). Tier C is never used alone. */
export interface HubRow extends Dated {
  code: string;
  tier: 'A' | 'B' | 'C';
}

const A = (code: string): HubRow => ({ code, tier: 'A', source: 'S3 (FinCEN/BIS alert FIN-2022-Alert003)', validFrom: '2022-06-28' });
const B = (code: string, source: string): HubRow => ({ code, tier: 'B', source, validFrom: '2022-06-28' });

export const HUBS: readonly HubRow[] = [
  ...['AM', 'BR', 'CN', 'GE', 'IN', 'IL', 'KZ', 'KG', 'MX', 'NI', 'RS', 'SG', 'ZA', 'TW', 'TJ', 'TR', 'AE', 'UZ'].map(A),
  B('HK', 'S6, S33, S35, S49'),
  B('CY', 'S6, S35'),
  B('MY', 'S33'),
  B('ID', 'S33'),
  { code: 'TH', tier: 'C', source: 'EU 20th package (secondary)', verify: true },
  { code: 'BG', tier: 'C', source: 'S7, S34' },
  { code: 'MT', tier: 'C', source: 'S34' },
  { code: 'ES', tier: 'C', source: 'S34' },
];
