import { AppError } from '@screening/runtime';
import { MatchRequestSchema, ScreeningRequestSchema } from '@screening/schemas';
import { loadList, SAMPLE_LIST_PATH } from '@screening/watchlists';
import { columnsOf, readRow, type RowInput } from '../src/batch/row-input';
import { screenShipment, screenSingle } from '../src/batch/screen-rows';
import { type Catalog, entryFor } from '../src/catalog';
import { runMatch, runScreening, runScreeningYielding } from '../src/screening';

const long = (n: number) => Array.from({ length: n }, (_, i) => `w${i.toString(36)}ord`).join(' ');
const now = () => new Date('2026-11-29T00:00:00Z');

describe('work limits of a request', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = { entries: new Map([['sample', entryFor(await loadList('sample', SAMPLE_LIST_PATH))]]) };
  });
  const ctx = () => ({ catalog, defaultThreshold: 0.77, now });

  function problem(fn: () => unknown): AppError {
    try {
      fn();
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
    throw new Error('no problem was raised');
  }

  it('when a match query has a name over the word limit, then it is the 422 work-limit problem naming the alias', () => {
    const err = problem(() => runMatch(MatchRequestSchema.parse({ entity: { name: 'Evgeny Prigozhin', aliases: ['Chef', long(60)] } }), ctx()));
    expect(err).toMatchObject({ code: 'work-limit', status: 422 });
    expect(err.extras.errors).toEqual([expect.objectContaining({ pointer: '/entity/aliases/1', field: 'entity.aliases.1' })]);
  });

  it('when a shipment party is over the limit, then the field is that party (and its owners are bounded too)', () => {
    const req = ScreeningRequestSchema.parse({ parties: [{ role: 'buyer', name: 'Acme' }, { role: 'seller', name: 'Bolt', owners: [{ name: 'Ok Owner' }, { name: long(50) }] }] });
    const err = problem(() => runScreening('s', req, ctx()));
    expect(err.extras.errors?.[0]).toMatchObject({ pointer: '/parties/1/owners/1/name' });
  });

  it('when a shipment is screened with yields, then it pauses between parties and gives the same result', async () => {
    const req = ScreeningRequestSchema.parse({ parties: [{ role: 'buyer', name: 'Evgeny Prigozhin' }, { role: 'seller', name: 'Bolt' }, { role: 'consignee', name: 'Cat' }] });
    let pauses = 0;
    const yielded = await runScreeningYielding('s', req, ctx(), async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(yielded).toEqual(runScreening('s', req, ctx()));
  });

  it('when a batch row is over the limit, then that row is an error and the other rows are screened', async () => {
    const header = ['reference', 'role', 'name'];
    const cols = columnsOf(header);
    const input = (cells: string[]) => readRow(JSON.stringify(cells), cols) as RowInput;
    const single = input(['', '', long(45)]);
    expect(single.kind).toBe('single');
    const bad = screenSingle(1, single as Extract<RowInput, { kind: 'single' }>, ctx(), {}, {});
    expect(bad).toMatchObject({ status: 'error', reason: expect.stringMatching(/name has more than 40 words/) });
    const good = screenSingle(2, input(['', '', 'Evgeny Prigozhin']) as Extract<RowInput, { kind: 'single' }>, ctx(), {}, {});
    expect(good).toMatchObject({ status: 'ok', bestMatch: expect.objectContaining({ list: 'sample' }) });
    const shipment = await screenShipment('b-3', 'PO-1', [{ row: 3, input: input(['PO-1', 'buyer', 'Acme']) }, { row: 4, input: input(['PO-1', 'seller', long(41)]) }], ctx(), {}, {});
    expect(shipment.map(([row, o]) => [row, o.status])).toEqual([[3, 'error'], [4, 'error']]);
    expect(shipment[1]![1].reason).toMatch(/parties\.1\.name has more than 40 words/);
  });
});
