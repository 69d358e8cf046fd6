import type { Dated } from './dated';
import type { TradeRegion } from './regions';

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

/**
 * Major container and air-cargo transshipment hubs in Table 2c countries, with the trade regions (regions.ts) whose traffic
 * they usually relay. A transshipment there between two of those regions is a normal route (B6 stays silent; B4 stays info
 * unless the goods are sensitive); a hub that relays neither end's traffic is a detour. Hubs in countries outside Table 2c
 * (Port Said, Algeciras, Tanger Med, Rotterdam, Piraeus, Salalah, Busan…) never make B6 fire, so they need no row.
 */
export interface TransshipmentHubRow extends Dated {
  code: string;
  /** ports and airports, as route legs name them (free text or UN/LOCODE) */
  ports: string[];
  serves: TradeRegion[];
}

const RMT = 'UNCTAD Review of Maritime Transport 2024, ch. on port traffic and transshipment hubs; docs/domain.md §1.3 B6';
const AIR = 'IATA/ACI World Airport Traffic rankings (cargo), 2024; docs/domain.md §1.3 B6';
const ASIA_EUROPE: TradeRegion[] = ['SEA', 'EAS', 'SAS', 'OCE', 'MEA', 'EUR', 'NAF', 'EAF', 'WAF', 'SAM', 'NAM'];

export const TRANSSHIPMENT_HUBS: readonly TransshipmentHubRow[] = [
  { code: 'SG', ports: ['Singapore', 'SGSIN', 'Changi'], serves: ASIA_EUROPE, source: `${RMT}; ${AIR}` },
  { code: 'MY', ports: ['Tanjung Pelepas', 'MYTPP', 'Port Klang', 'MYPKG', 'Penang'], serves: ASIA_EUROPE, source: RMT },
  { code: 'HK', ports: ['Hong Kong', 'HKHKG', 'Chek Lap Kok'], serves: ['EAS', 'SEA', 'OCE', 'NAM', 'CAM', 'SAM', 'EUR', 'SAS', 'MEA'], source: `${RMT}; ${AIR}` },
  { code: 'CN', ports: ['Shanghai', 'CNSHA', 'Ningbo', 'CNNGB', 'Shenzhen', 'Yantian', 'Qingdao', 'Xiamen'], serves: ['EAS', 'SEA', 'OCE', 'NAM', 'CAM', 'SAM'], source: RMT },
  { code: 'TW', ports: ['Kaohsiung', 'TWKHH', 'Taipei Taoyuan'], serves: ['EAS', 'SEA', 'OCE', 'NAM', 'CAM'], source: `${RMT}; ${AIR}` },
  { code: 'AE', ports: ['Jebel Ali', 'AEJEA', 'Dubai', 'Dubai World Central', 'Khalifa', 'Abu Dhabi'], serves: ['MEA', 'SAS', 'SEA', 'EAS', 'EUR', 'NAF', 'EAF', 'WAF'], source: `${RMT}; ${AIR}` },
  { code: 'TR', ports: ['Istanbul', 'Ambarli', 'Mersin', 'Gemlik', 'Izmir'], serves: ['EUR', 'MEA', 'NAF', 'EAF', 'WAF', 'SAS'], source: `${RMT}; ${AIR}` },
  { code: 'IN', ports: ['Mundra', 'Nhava Sheva', 'Vizhinjam'], serves: ['SAS', 'MEA', 'EAF'], source: RMT },
  { code: 'ZA', ports: ['Durban', 'Cape Town', 'Ngqura'], serves: ['EAF', 'WAF', 'SAM', 'SAS', 'OCE', 'EUR'], source: RMT },
  { code: 'GE', ports: ['Poti', 'Batumi'], serves: ['CAS', 'EUR', 'MEA'], source: RMT },
  { code: 'MX', ports: ['Manzanillo', 'Lazaro Cardenas'], serves: ['CAM', 'NAM', 'SAM', 'EAS'], source: RMT },
  { code: 'CY', ports: ['Limassol'], serves: ['MEA', 'EUR'], source: RMT },
  { code: 'IL', ports: ['Haifa'], serves: ['MEA', 'EUR'], source: RMT },
];
