import { columnsOf, readRow, shipmentRef } from '../src/batch/row-input';
import { singleOutcome } from '../src/batch/outcome';

const header = ['Reference', 'Role', 'Name', 'Type', 'Country', 'Date_of_Birth', 'Identifiers', 'Aliases', 'HS_Codes', 'Destination', 'extra'];
const cols = columnsOf(header);
const row = (cells: Partial<Record<string, string>>) => JSON.stringify(header.map((h) => cells[h.toLowerCase()] ?? ''));

describe('reading a stored CSV row', () => {
  it('when the row has no reference, then it is a single entity with typed, validated fields', () => {
    const r = readRow(row({ name: ' Acme GmbH ', type: 'Company', country: 'Germany', identifiers: 'lei:5299001;registration:HRB 1', aliases: 'Acme; ACME Pumps' }), cols);
    expect(r).toEqual({
      kind: 'single',
      entity: expect.objectContaining({
        name: 'Acme GmbH',
        type: 'organization',
        country: 'DE',
        countries: ['DE'],
        aliases: ['Acme', 'ACME Pumps'],
        identifiers: [{ type: 'lei', value: '5299001' }, { type: 'registration', value: 'HRB 1' }],
      }),
    });
  });

  it('when the row has a reference and a role, then it is a shipment party with goods and destination', () => {
    const raw = row({ reference: 'PO-7', role: 'Ultimate Consignee', name: 'Bolt LLC', hs_codes: '8471.30;850440', destination: 'AE' });
    expect(shipmentRef(raw, cols)).toBe('PO-7');
    expect(readRow(raw, cols)).toMatchObject({ kind: 'party', reference: 'PO-7', party: { role: 'ultimate_consignee', name: 'Bolt LLC' }, goods: [{ hsCode: '8471.30' }, { hsCode: '850440' }], destination: 'AE' });
  });

  it.each([
    [{ name: '' }, /^name: empty/],
    [{ name: 'X', type: 'robot' }, /^type: "robot"/],
    [{ name: 'X', country: 'Narnia' }, /^country: "Narnia" is not a known country/],
    [{ name: 'X', date_of_birth: 'yesterday' }, /^date_of_birth: /],
    [{ name: 'X', identifiers: 'imo 9187629' }, /^identifiers: "imo 9187629" is not type:value/],
    [{ name: 'X', reference: 'PO-1', role: 'wizard' }, /^role: /],
    [{ name: 'X', reference: 'PO-1', role: 'buyer', hs_codes: 'guns' }, /^hs_codes: /],
  ])('when a cell is bad (%j), then the row is an error naming the column', (cells, reason) => {
    const r = readRow(row(cells), cols);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.reason).toMatch(reason);
  });

  it('when the API stored the row as unreadable, then its reason is kept and it belongs to no shipment', () => {
    const raw = JSON.stringify({ e: 'ragged row: 3 columns where the header has 11', c: ['PO-1', 'buyer', 'X'] });
    expect(readRow(raw, cols)).toEqual({ kind: 'error', reason: 'ragged row: 3 columns where the header has 11' });
    expect(shipmentRef(raw, cols)).toBeUndefined();
    expect(readRow(null, cols)).toMatchObject({ kind: 'error' });
  });
});

describe('the outcome of a single-party row', () => {
  const m = (list: string, score: number, match: boolean) => ({ list, listVersion: 'v', entityId: `${list}:1`, name: 'N', matchedName: 'N', type: 'person' as const, programs: [], score, match, explanation: { features: {}, text: '' } });
  it('when a match is at or above the threshold, then it is a blocking list hit (A1 sanctions, A2 export list)', () => {
    expect(singleOutcome([m('us_ofac_sdn', 0.95, true), m('us_bis_dpl', 0.9, true)])).toMatchObject({ decision: 'block', riskLevel: 'critical', flags: ['A1', 'A2'], bestMatch: { list: 'us_ofac_sdn', score: 0.95 } });
  });
  it('when nothing matches, then it is clear', () => {
    expect(singleOutcome([])).toEqual({ status: 'ok', decision: 'clear', riskLevel: 'none', flags: [] });
  });
});
