import type { Dated } from './dated';

/** BIS Affiliates Rule (50 % of Entity List / MEU owners) by period (A5). */
export interface AffiliatesRow extends Dated {
  status: 'in-force' | 'suspended';
  note: string;
}

export const AFFILIATES_RULE: readonly AffiliatesRow[] = [
  { status: 'in-force', note: 'interim final rule effective 29 Sep 2025', source: 'S18', validFrom: '2025-09-29', validTo: '2025-11-09' },
  { status: 'suspended', note: 'suspended by final rule 10 Nov 2025 – 9 Nov 2026', source: 'S18', validFrom: '2025-11-10', validTo: '2026-11-09' },
  { status: 'in-force', note: 'scheduled to return 10 Nov 2026 unless extended', source: 'S18', validFrom: '2026-11-10', verify: true },
];
