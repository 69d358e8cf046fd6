import type { Dated } from './dated';

/** Table 2d: countries where Wagner Group / Africa Corps operate(d) (B5, E4). Risk-elevating geography, never an embargo. */
export interface PmcRow extends Dated {
  code: string;
  presence: string;
  confidence: 'high' | 'medium' | 'low';
}

export const PMC_PRESENCE: readonly PmcRow[] = [
  { code: 'ML', presence: 'Wagner from Dec 2021; Africa Corps after Wagner announced its exit in Jun 2025', confidence: 'high', source: 'S22, S24', validFrom: '2021-12-01' },
  { code: 'CF', presence: 'Wagner since ~2018, Africa Corps/Wagner continuing', confidence: 'high', source: 'S24', validFrom: '2018-01-01' },
  { code: 'LY', presence: 'Wagner, then Africa Corps; logistics hub for the Sahel', confidence: 'high', source: 'S24', validFrom: '2019-09-01' },
  { code: 'BF', presence: 'Africa Corps contingent from late Jan 2024', confidence: 'high', source: 'S24 (OSW)', validFrom: '2024-01-24' },
  { code: 'NE', presence: 'Africa Corps instructors from Apr 2024', confidence: 'high', source: 'S24', validFrom: '2024-04-12' },
  { code: 'SD', presence: 'Wagner-linked gold/arms activity; Africa Corps per Ukrainian intelligence', confidence: 'medium', source: 'S24', validFrom: '2017-11-01' },
  { code: 'GQ', presence: '~200 Russian "instructors" reported Nov 2024', confidence: 'medium', source: 'S24', validFrom: '2024-11-01' },
  { code: 'TD', presence: 'named only by Ukrainian military intelligence (Jul 2025)', confidence: 'low', source: 'S24', validFrom: '2025-07-01', verify: true },
  { code: 'TG', presence: 'named only by Ukrainian military intelligence (Jul 2025)', confidence: 'low', source: 'S24', validFrom: '2025-07-01', verify: true },
  { code: 'MZ', presence: 'historical Wagner deployment (2019–2020)', confidence: 'low', source: 'S24', validFrom: '2019-09-01', validTo: '2020-12-31' },
  { code: 'MG', presence: 'historical Wagner deployment (2018–2019)', confidence: 'low', source: 'S24', validFrom: '2018-03-01', validTo: '2019-12-31' },
  { code: 'SY', presence: 'historical Wagner deployment', confidence: 'medium', source: 'S24', validFrom: '2015-09-30', validTo: '2024-12-08' },
];
