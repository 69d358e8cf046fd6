import { columnsOf, readRow, shipmentRef } from '../src/batch/row-input';
import { loadList, SAMPLE_LIST_PATH } from '@screening/watchlists';
import { type Catalog, entryFor } from '../src/catalog';
import { screenSingle } from '../src/batch/screen-rows';

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

describe('screening a single-party row', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    const sample = entryFor(await loadList('sample', SAMPLE_LIST_PATH));
    catalog = { entries: new Map([['sample', sample]]) };
  });
  const screen = (cells: Partial<Record<string, string>>) => {
    const input = readRow(row(cells), cols);
    if (input.kind !== 'single') throw new Error(`expected a single row, got ${input.kind}`);
    return screenSingle(1, input, { catalog, defaultThreshold: 0.77, now: () => new Date('2026-11-29T00:00:00Z') }, {}, {});
  };

  it('when the name is a listed party, then it is a blocking list hit (A1) with the best match', () => {
    expect(screen({ name: 'Yevgeniy Viktorovich Prigozhin', type: 'person', country: 'RU' })).toMatchObject({ status: 'ok', decision: 'block', riskLevel: 'critical', flags: expect.arrayContaining(['A1']), bestMatch: { list: 'sample' } });
  });

  it('when an unlisted party sits in an embargoed country, then the embargo rule flags it (B1), not "clear"', () => {
    expect(screen({ name: 'Pars Pump Manufacturing Co', type: 'organization', country: 'IR' })).toMatchObject({ decision: 'block', flags: expect.arrayContaining(['B1']) });
  });

  it('when an ordinary party matches nothing in an ordinary country, then it is clear', () => {
    const out = screen({ name: 'Maria Garcia Lopez', type: 'person', country: 'ES' });
    expect(out).toMatchObject({ status: 'ok', decision: 'clear' });
    expect(out.bestMatch).toBeUndefined();
  });
});
