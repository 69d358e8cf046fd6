import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, commaSurname, compare, DEFAULT_WORK_LIMITS, reorderComma, screen, WorkBudget, WorkLimitError } from '../src';

const q = (e: Record<string, unknown>): EntityInput => EntityInputSchema.parse(e) as EntityInput;
const words = (w: string, n: number) => Array.from({ length: n }, () => w).join(' ');

// a list where one given name is very common (as "Mohammed" is on real lists)
const entities: CanonicalEntity[] = Array.from({ length: 3000 }, (_, i) =>
  ListEntitySchema.parse({ id: `l:${i}`, source: 'sample', sourceId: String(i), type: 'person', name: `MOHAMMED ${['ALI', 'HASAN', 'OMAR', 'YUSUF'][i % 4]} Q${i.toString(36)}X` }),
);
const index = buildIndex(entities, { source: 'sample', version: 'v1' });
const opts = { threshold: 0.7, limit: 5 };

function limitOf(fn: () => unknown): WorkLimitError {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkLimitError) return err;
    throw err;
  }
  throw new Error('no work limit was hit');
}

describe('work budget of a query', () => {
  it('when a real-looking name is screened, then it stays far inside the budget', () => {
    const budget = new WorkBudget();
    const top = screen(q({ name: 'Mohammed Omar Q2X', type: 'person' }), index, { ...opts, budget });
    expect(top[0]?.entity.id).toBe('l:2');
    expect(budget.ops).toBeGreaterThan(0);
    expect(budget.ops).toBeLessThan(DEFAULT_WORK_LIMITS.maxQueryOps / 10);
  });

  it('when one common word is repeated in 50 aliases, then the query stops with a work limit instead of scoring every listed name', () => {
    const name = words('mohammed', 40);
    const err = limitOf(() => screen(q({ name, aliases: Array.from({ length: 50 }, () => name) }), index, opts));
    expect(['candidates', 'query-operations']).toContain(err.limit);
    expect(err.field).toMatch(/^(name|aliases\.\d+)$/);
  });

  it('when the budget ran out in the middle of a retrieval, then the next query gets the same answer as before (no leftover state)', () => {
    const before = screen(q({ name: 'Mohammed Hasan Q1X' }), index, opts);
    limitOf(() => screen(q({ name: words('mohammed ali', 20) }), index, { ...opts, budget: new WorkBudget({ ...DEFAULT_WORK_LIMITS, maxQueryOps: 500 }) }));
    expect(screen(q({ name: 'Mohammed Hasan Q1X' }), index, opts)).toEqual(before);
  });

  it('when a name has more words than allowed, then the limit names that name', () => {
    const err = limitOf(() => screen(q({ name: 'Ali Hasan', aliases: ['x', 'y', words('abc', DEFAULT_WORK_LIMITS.maxNameTokens + 1)] }), index, opts));
    expect(err).toMatchObject({ limit: 'name-tokens', field: 'aliases.2' });
  });

  it('when a budget is shared, then its scope prefixes the field and its request total spans the queries', () => {
    const probe = new WorkBudget();
    screen(q({ name: 'Mohammed Ali Q0X' }), index, { ...opts, budget: probe });
    // room for three and a half such queries
    const budget = new WorkBudget({ ...DEFAULT_WORK_LIMITS, maxOps: Math.round(probe.ops * 3.5) });
    budget.begin('parties.0');
    screen(q({ name: 'Mohammed Ali Q0X' }), index, { ...opts, budget });
    const first = budget.ops;
    budget.begin('parties.1');
    expect(budget.queryOps).toBe(0);
    const err = limitOf(() => {
      for (let i = 2; ; i++) {
        budget.begin(`parties.${i}`);
        screen(q({ name: `Mohammed Ali Q${i.toString(36)}X` }), index, { ...opts, budget });
      }
    });
    expect(first).toBeGreaterThan(0);
    expect(err.limit).toBe('operations');
    expect(err.field).toMatch(/^parties\.\d+\.name$/);
  });

  it('when two entities with many long aliases are compared, then the comparison is bounded too', () => {
    const many = Array.from({ length: 50 }, (_, i) => `${words('mohammed ali', 19)} n${i}`);
    const err = limitOf(() => compare(q({ name: 'a b', aliases: many }), q({ name: 'c d', aliases: many }), 0.8));
    expect(err.limit).toBe('query-operations');
    expect(err.field).toMatch(/^a\.(name|aliases\.\d+)$/);
  });
});

describe('SURNAME-comma reordering (string operations, linear)', () => {
  it.each([
    ['PUTIN, Vladimir', 'Vladimir PUTIN', 'PUTIN'],
    ['PUTIN, Vladimir,', 'Vladimir PUTIN', 'PUTIN'],
    ['  CARVAJAL BARRIOS ,  Hugo Armando , ', 'Hugo Armando CARVAJAL BARRIOS ', 'CARVAJAL BARRIOS '],
    ['A, B, C', 'A, B, C', undefined],
    [', Vladimir', ', Vladimir', undefined],
    ['PUTIN,', 'PUTIN,', undefined],
    [`a,b${' '.repeat(5000)},,`, `a,b${' '.repeat(5000)},,`, undefined],
  ])('when the name is %#, then it reads as expected', (name, reordered, surname) => {
    expect(reorderComma(name)).toBe(reordered);
    expect(commaSurname(name)).toBe(surname);
  });
});
