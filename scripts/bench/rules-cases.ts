// pnpm bench:rules --cases — every scenario of docs/domain.md §5 and variants of the Mali pattern, screened through the pure
// rules (list evidence given as the worker would report it), as a table: rules expected vs fired, decision expected vs got.
import { assess, type PartyMatches } from '@screening/risk-rules';
import { type Decision, ScreeningRequestSchema } from '@screening/schemas';

type Input = (typeof ScreeningRequestSchema)['_zod']['input'];
export interface Case {
  name: string;
  request: Input;
  evidence?: PartyMatches[];
  expect: string[];
  decision: Decision;
}

const listed = (name: string, entityId: string) => ({ list: 'us_ofac_sdn', entityId, name, programs: ['RUSSIA-EO14024'] });
const hit = (index: number, name: string) => ({
  index,
  matches: [{ list: 'us_ofac_sdn', listVersion: 'v', entityId: 'us_ofac_sdn:1', name, matchedName: name, type: 'organization' as const, programs: ['RUSSIA-EO14024'], score: 0.99, match: true, band: 'strong' as const, explanation: { features: { name: 0.99 }, text: '' } }],
});

const MALI: Input = {
  reference: 'PO-2023-0415',
  transactionDate: '2023-04-15',
  parties: [
    { role: 'seller', name: 'Karadeniz Savunma Sanayi A.S.', type: 'organization', country: 'TR' },
    { role: 'buyer', name: 'Ministère de la Défense, République du Mali', type: 'organization', country: 'ML', isStateBody: true },
    { role: 'broker', name: 'Bamako Trans-Sahel SARL', type: 'organization', country: 'ML', incorporationDate: '2023-01-10' },
    { role: 'payer', name: 'Al Noor Star General Trading FZE', type: 'organization', country: 'AE' },
  ],
  goods: [{ hsCode: '930690', description: 'munitions', quantity: 50000, usualQuantity: 2000 }, { hsCode: '880622', description: 'unmanned aircraft' }],
  route: [{ country: 'TR', mode: 'charter_air' }, { country: 'ML', mode: 'charter_air' }],
  declaredDestination: 'ML',
  endUse: { endUser: 'Ministère de la Défense, République du Mali', certificate: { issuer: 'Ministère de la Défense', issuingCountry: 'ML', reference: 'EUC-2023-17', expiryDate: null, reexportClause: false } },
  payment: { payer: 'Al Noor Star General Trading FZE', payerCountry: 'AE', method: 'TT' },
};
const withMali = (over: Partial<Input>): Input => ({ ...MALI, ...over });
const maliParties = MALI.parties as NonNullable<Input['parties']>;

export const CASES: Case[] = [
  // §5.1 every party role: a listed forwarder blocks like a listed buyer
  {
    name: '§5.1 listed freight forwarder',
    request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'Pumpenwerk Nord GmbH', country: 'DE' }, { role: 'buyer', name: 'Eaux de Lyon SA', country: 'FR' }, { role: 'freight_forwarder', name: 'Listed Logistics LLC', country: 'AE' }], goods: [{ hsCode: '841370' }] },
    evidence: [hit(2, 'LISTED LOGISTICS LLC')],
    expect: ['A1'],
    decision: 'block',
  },
  // §5.2 ownership and addresses
  {
    name: '§5.2 owned 50 % in aggregate by listed persons',
    request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'Pumpenwerk Nord GmbH', country: 'DE' }, { role: 'buyer', name: 'Alpha Holding AG', country: 'CH', owners: [{ name: 'Oligarch One', share: 30 }, { name: 'Oligarch Two', share: 25 }] }], goods: [{ hsCode: '841370' }] },
    evidence: [{ index: 1, matches: [], owners: [{ owner: 'Oligarch One', share: 30, listed: listed('ONE', 'us_ofac_sdn:2'), path: ['Alpha', 'One'], via: 'declared' }, { owner: 'Oligarch Two', share: 25, listed: listed('TWO', 'us_ofac_sdn:3'), path: ['Alpha', 'Two'], via: 'declared' }] }],
    expect: ['A4'],
    decision: 'block',
  },
  {
    name: '§5.2 address shared with a listed shell company',
    request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'Chip Distribution GmbH', country: 'DE' }, { role: 'buyer', name: 'Bright Future Trading Ltd', country: 'HK', address: 'Room 1203, 12/F, 88 Queensway, Admiralty, Hong Kong' }], goods: [{ hsCode: '854231' }] },
    evidence: [{ index: 1, matches: [], addressHits: [{ listed: listed('SHELL CO', 'us_ofac_sdn:4'), address: 'Room 1203, 12/F, 88 Queensway, Admiralty, Hong Kong', addressEntry: false }] }],
    expect: ['A3', 'C1', 'B4'],
    decision: 'review',
  },
  // §5.3 geography in three tiers
  { name: '§5.3a Crimea address', request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'Pumpenwerk Nord GmbH', country: 'DE' }, { role: 'buyer', name: 'OOO Krymvoda', address: 'ul. Lenina 5, Simferopol' }], goods: [{ hsCode: '841370' }] }, expect: ['B1'], decision: 'block' },
  { name: '§5.3b Russian buyer of chips', request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'US Components Corp', country: 'US' }, { role: 'buyer', name: 'OOO Radiotekhnika', country: 'RU' }], goods: [{ hsCode: '854231' }] }, expect: ['B2', 'C1'], decision: 'block' },
  { name: '§5.3b Russian buyer of aircraft parts (EU Annex XI)', request: { transactionDate: '2022-06-01', exporterJurisdictions: ['EU'], parties: [{ role: 'seller', name: 'Aero Teile GmbH', country: 'DE' }, { role: 'buyer', name: 'OOO Aviazapchast', country: 'RU' }], goods: [{ hsCode: '880320', description: 'landing gear' }] }, expect: ['B2', 'C9'], decision: 'block' },
  {
    name: '§5.3c hub alone (Singapore transshipment, pumps)',
    request: { transactionDate: '2026-10-01', parties: [{ role: 'seller', name: 'Pumpenwerk Nord GmbH', country: 'DE' }, { role: 'buyer', name: 'Sydney Water Services Pty Ltd', country: 'AU' }], goods: [{ hsCode: '841370' }], route: [{ country: 'DE' }, { country: 'SG', transshipment: true }, { country: 'AU' }], declaredDestination: 'AU' },
    expect: [],
    decision: 'clear',
  },
  {
    name: '§5.3c Wagner country with dual-use goods',
    request: { transactionDate: '2025-03-01', parties: [{ role: 'seller', name: 'Optik GmbH', country: 'DE' }, { role: 'buyer', name: 'Ouaga Equipements SARL', country: 'BF' }], goods: [{ hsCode: '852589', description: 'thermal imaging cameras' }], declaredDestination: 'BF' },
    expect: ['B5'],
    decision: 'review',
  },
  // §5.4 goods tables drive severity
  {
    name: '§5.4 CHPL tier 1 to a new Armenian trader, no No-Russia clause',
    request: { transactionDate: '2024-05-01', parties: [{ role: 'exporter', name: 'Halbleiter Vertrieb GmbH', country: 'DE' }, { role: 'buyer', name: 'Ararat Electronics Trade LLC', country: 'AM', incorporationDate: '2022-05-10' }], goods: [{ hsCode: '854232' }], route: [{ country: 'DE' }, { country: 'AM' }], declaredDestination: 'AM', contract: { noRussiaClause: false } },
    expect: ['B4', 'C1', 'C3', 'D1', 'E1'],
    decision: 'review',
  },
  // §5.5 indirect-transfer structure
  {
    name: '§5.5 KanRus: invoice names Germany, goods move via Armenia, third-country payer',
    request: {
      transactionDate: '2023-03-01',
      parties: [{ role: 'seller', name: 'Avionics Supply Inc', country: 'US' }, { role: 'ultimate_consignee', name: 'Yerevan Freight Forwarding LLC', country: 'AM' }, { role: 'payer', name: 'Cyprus Holdings Ltd', country: 'CY' }],
      goods: [{ hsCode: '901420', description: 'avionics' }],
      route: [{ country: 'US' }, { country: 'AM' }],
      declaredDestination: 'DE',
      invoiceShipTo: 'DE',
      payment: { payer: 'Cyprus Holdings Ltd', payerCountry: 'CY' },
    },
    expect: ['B8', 'E1', 'F1', 'F3'],
    decision: 'review',
  },
  {
    name: '§5.5 crypto payment by several payers, end-use statement refused',
    request: { transactionDate: '2025-05-01', parties: [{ role: 'seller', name: 'Chip Distribution GmbH', country: 'DE' }, { role: 'buyer', name: 'Tashkent Tech LLC', country: 'UZ', firstOrder: true }], goods: [{ hsCode: '854231', value: 300000, currency: 'EUR' }], declaredDestination: 'UZ', endUse: { statementRefused: true }, payment: { method: 'USDT', payers: [{ name: 'Tashkent Tech LLC' }, { name: 'Silk Road Invest Ltd', country: 'HK' }] } },
    expect: ['D8', 'E10', 'F5', 'F6', 'C1'],
    decision: 'review',
  },
  // §5.6 arms embargoes differ by scope
  { name: '§5.6 arms to Libya (full UN embargo)', request: { transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'Arms Maker SpA', country: 'IT' }, { role: 'buyer', name: 'Tripoli Security Company', country: 'LY' }], goods: [{ hsCode: '930190' }], declaredDestination: 'LY' }, expect: ['B3', 'C2'], decision: 'block' },
  // Mali pattern and variants (§1.10, §5.5, §5.6: Mali has no arms embargo, B3 must not fire)
  { name: 'Mali: MoD, Turkish arms, UAE payer, charter', request: MALI, expect: ['C2', 'B5', 'E4', 'E5', 'E6', 'F1', 'F3', 'D1', 'B9'], decision: 'review' },
  {
    name: 'Mali variant: police end user',
    request: withMali({ parties: [maliParties[0]!, { role: 'buyer', name: 'Direction Générale de la Police Nationale', country: 'ML' }, maliParties[2]!, maliParties[3]!], endUse: { endUser: 'Police nationale du Mali' } }),
    expect: ['C2', 'B5', 'E4', 'E6', 'F1'],
    decision: 'review',
  },
  {
    name: 'Mali variant: goods declared as spare parts (8708, 8807)',
    request: withMali({ goods: [{ hsCode: '870899', description: 'spare parts' }, { hsCode: '880730', description: 'spare parts' }] }),
    expect: ['C2', 'C8', 'B5', 'E4', 'F1'],
    decision: 'review',
  },
  {
    name: 'Mali variant: transshipment via a neighbour (Senegal)',
    request: withMali({ route: [{ country: 'TR' }, { country: 'SN', port: 'Dakar', transshipment: true }, { country: 'ML' }], parties: [...maliParties, { role: 'intermediate_consignee', name: 'Dakar Transit SARL', country: 'SN' }] }),
    expect: ['C2', 'B5', 'E3', 'E4', 'F1'],
    decision: 'review',
  },
  {
    name: 'Mali variant: payer in Hong Kong',
    request: withMali({ parties: [maliParties[0]!, maliParties[1]!, maliParties[2]!, { role: 'payer', name: 'Golden Dragon Trading Ltd', country: 'HK' }], payment: { payer: 'Golden Dragon Trading Ltd', payerCountry: 'HK' } }),
    expect: ['C2', 'B4', 'B5', 'E4', 'F1', 'F3'],
    decision: 'review',
  },
  {
    name: 'Mali variant: generators for the national guard (not arms)',
    request: withMali({ goods: [{ hsCode: '850213', description: 'diesel generating sets' }], endUse: { endUser: 'Garde nationale du Mali' }, parties: [maliParties[0]!, { role: 'buyer', name: 'Sahel Import SARL', country: 'ML' }] , payment: undefined, route: [] }),
    expect: ['E4'],
    decision: 'review',
  },
  {
    name: 'Mali variant: broker linked to a listed party (A6)',
    request: MALI,
    evidence: [{ index: 2, matches: [], links: [{ relation: 'director', listed: listed('WAGNER FRONT', 'us_ofac_sdn:9'), path: ['Bamako Trans-Sahel', 'WAGNER FRONT'] }] }],
    expect: ['A6', 'E4', 'C2', 'B5'],
    decision: 'review',
  },
];

export interface CaseRow {
  case: string;
  expected: string;
  fired: string;
  missing: string;
  decision: string;
  ok: boolean;
}

export function runCases(screenedAt = '2026-12-02T09:00:00Z'): { rows: CaseRow[]; passed: number; total: number } {
  const rows = CASES.map((c) => {
    const a = assess(ScreeningRequestSchema.parse(c.request), c.evidence ?? [], { screenedAt });
    const fired = [...new Set(a.flags.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
    const missing = c.expect.filter((id) => !fired.includes(id));
    return {
      case: c.name,
      expected: c.expect.join(' ') || '(none)',
      fired: fired.map((id) => `${id}:${a.flags.filter((f) => f.ruleId === id).map((f) => f.severity[0]).join('')}`).join(' ') || '(none)',
      missing: missing.join(' ') || '-',
      decision: `${a.decision}${a.decision === c.decision ? '' : ` (expected ${c.decision})`}`,
      ok: missing.length === 0 && a.decision === c.decision && (c.expect.length > 0 || fired.length === 0),
    };
  });
  return { rows, passed: rows.filter((r) => r.ok).length, total: rows.length };
}
