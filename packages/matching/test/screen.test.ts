import { type CanonicalEntity, type EntityInput, EntityInputSchema, type ListEntity, ListEntitySchema } from '@screening/schemas';
import { ALGORITHM, buildIndex, compare, screen } from '../src';

let n = 0;
const listed = (e: Partial<ListEntity> & { name: string }): CanonicalEntity => {
  n++;
  return ListEntitySchema.parse({ id: `sample:${n}`, source: 'sample', sourceId: String(n), type: 'person', ...e });
};
const q = (e: Record<string, unknown>): EntityInput => EntityInputSchema.parse(e) as EntityInput;

const entities = [
  listed({ name: 'CARVAJAL BARRIOS, Hugo Armando', datesOfBirth: ['1960-04-01'], countries: ['VE'] }),
  listed({ name: 'PRIGOZHIN, Yevgeniy Viktorovich', aliases: [{ name: 'PRIGOZHIN, Evgeny', quality: 'strong' }, { name: 'CHEF', quality: 'weak' }] }),
  listed({ name: 'NOBLE SHIPPING COMPANY LIMITED', type: 'organization', countries: ['CY'] }),
  listed({ name: 'ASAN SHIPPING ENTERPRISE LIMITED', type: 'organization' }),
  listed({ name: 'TRANS-FLOT JSC', type: 'organization', identifiers: [{ type: 'inn', value: '7701234567' }] }),
  listed({ name: 'ARIS SEA', type: 'vessel', vessel: { imo: '9187629' } }),
  listed({ name: 'SOLEIMANI, Qasem' }),
  ...Array.from({ length: 40 }, (_, i) => listed({ name: `GENERAL TRADING COMPANY NUMBER${i} LIMITED`, type: 'organization' })),
];
const index = buildIndex(entities, { source: 'sample', version: 'v1' });
const opts = { threshold: 0.8, limit: 10 };

describe('screening against an index', () => {
  test('when the query is a listed person in natural order, then that entity is the top match with an explanation', () => {
    const [top] = screen(q({ name: 'Hugo Armando Carvajal Barrios', type: 'person' }), index, opts);
    expect(top?.entity.id).toBe(entities[0]!.id);
    expect(top?.match).toBe(true);
    expect(top?.explanation.features.name).toBe(1);
    expect(top?.explanation.text).toMatch(/"Hugo Armando Carvajal Barrios" ~ "CARVAJAL BARRIOS, Hugo Armando"/);
    expect(top?.explanation.features.algorithm).toBe(ALGORITHM);
  });

  test('when a name alone matches perfectly, then the score is not 1: agreeing attributes can still rank it higher', () => {
    const nameOnly = screen(q({ name: 'Hugo Armando Carvajal Barrios' }), index, opts)[0]!.score;
    const withDob = screen(q({ name: 'Hugo Armando Carvajal Barrios', dateOfBirth: '1960-04-01', country: 'VE' }), index, opts)[0]!.score;
    expect(nameOnly).toBeLessThan(1);
    expect(withDob).toBeGreaterThan(nameOnly);
  });

  test('when the date of birth contradicts the listed one, then an exact name is no longer a match', () => {
    expect(screen(q({ name: 'Hugo Armando Carvajal Barrios', dateOfBirth: '1985-02-03' }), index, opts)).toEqual([]);
  });

  test('when a name is written in Cyrillic with a typo-free patronymic, then it finds the romanised entry', () => {
    const [top] = screen(q({ name: 'Пригожин Евгений Викторович', type: 'person' }), index, opts);
    expect(top?.entity.id).toBe(entities[1]!.id);
  });

  test('when a name is written in Arabic script, then consonant skeletons rank the romanised entry first', () => {
    const [top] = screen(q({ name: 'قاسم سليماني' }), index, { threshold: 0.3, limit: 3 });
    expect(top?.entity.name).toBe('SOLEIMANI, Qasem');
  });

  test('when a name has typos in two words, then it is still found', () => {
    const [top] = screen(q({ name: 'Hugo Armamdo Carvajla Barrios' }), index, opts);
    expect(top?.entity.id).toBe(entities[0]!.id);
  });

  test('when the query only equals a weak alias, then it scores below a strong name', () => {
    const weak = screen(q({ name: 'Chef' }), index, { threshold: 0.1, limit: 5 }).find((m) => m.entity.id === entities[1]!.id);
    const strong = screen(q({ name: 'Evgeny Prigozhin' }), index, opts)[0];
    expect(weak?.explanation.text).toMatch(/weak alias/);
    expect(weak!.score).toBeLessThan(strong!.score);
  });

  test('when a company differs in its only distinctive word, then it is not a match', () => {
    expect(screen(q({ name: 'ANSHARUT SHIPPING ENTERPRISE LIMITED', type: 'organization' }), index, opts)).toEqual([]);
  });

  test('when a company differs only in its legal form, then it is a match', () => {
    const [top] = screen(q({ name: 'АО «Транс-Флот»', type: 'organization' }), index, opts);
    expect(top?.entity.id).toBe(entities[4]!.id);
  });

  test('when an identifier equals a listed one, then the entity is found whatever the name', () => {
    const [top] = screen(q({ name: 'Some Ship', type: 'vessel', identifiers: [{ type: 'imo', value: 'IMO 9187629' }] }), index, opts);
    expect(top?.entity.id).toBe(entities[5]!.id);
    expect(top?.explanation.features.identifier).toBe('match');
  });

  test('when a registration number conflicts, then the score is lowered and explained', () => {
    const plain = screen(q({ name: 'Trans-Flot JSC', type: 'organization' }), index, opts)[0]!;
    const other = screen(q({ name: 'Trans-Flot JSC', type: 'organization', identifiers: [{ type: 'inn', value: '7800000000' }] }), index, { threshold: 0.3, limit: 5 })[0]!;
    expect(other.score).toBeLessThan(plain.score - 0.2);
    expect(other.explanation.reasons?.join(' ')).toMatch(/INN 7800000000 differs/);
  });

  test('when a person is screened against an organisation of the same name, then the type conflict keeps it out', () => {
    const strict = screen(q({ name: 'Noble Shipping Company Limited', type: 'person' }), index, opts);
    expect(strict).toEqual([]);
    const loose = screen(q({ name: 'Noble Shipping Company Limited', type: 'person' }), index, { threshold: 0.3, limit: 5 });
    expect(loose[0]?.explanation.features.type).toBe('mismatch');
  });

  test('when many names share generic words, then limit and threshold bound the answer', () => {
    const res = screen(q({ name: 'General Trading Company Limited' }), index, { threshold: 0.1, limit: 3 });
    expect(res).toHaveLength(3);
    expect(res[0]!.score).toBeLessThan(0.5);
    expect(res.every((m, i) => i === 0 || m.score <= res[i - 1]!.score)).toBe(true);
  });

  test('when two listed names differ only in a number, then the other number is no match', () => {
    const res = screen(q({ name: 'General Trading Company Number7 Limited' }), index, { threshold: 0.5, limit: 10 });
    expect(res.map((m) => m.entity.name)).toEqual(['GENERAL TRADING COMPANY NUMBER7 LIMITED']);
  });

  test.each([
    'Hugo Carvajal', 'Yevgeny Prigozhin', 'Noble Shipping', 'Asan Shipping Enterprise Ltd', 'Trans Flot', 'General Trading Company',
  ])('when "%s" is screened, then retrieval returns what exhaustive scoring returns', (name) => {
    const o = { threshold: 0.5, limit: 100 };
    const ids = (r: ReturnType<typeof screen>) => r.map((m) => `${m.entity.id} ${m.score}`);
    expect(ids(screen(q({ name }), index, o))).toEqual(ids(screen(q({ name }), index, { ...o, exhaustive: true })));
  });
});

describe('comparing two entities', () => {
  test('when two entities are compared, then the answer has the CompareResponse shape', () => {
    const r = compare(q({ name: 'Hugo Armando Carvajal Barrios', type: 'person' }), q({ name: 'CARVAJAL BARRIOS, Hugo Armando', type: 'person' }), 0.8);
    expect(r).toEqual({ score: expect.any(Number), match: true, band: 'potential', matchedOn: 'name', threshold: 0.8, explanation: expect.any(Object), algorithm: ALGORITHM });
  });

  test('when a relative shares surname and patronymic but not the given name, then it is not a match', () => {
    const r = compare(q({ name: 'Dzmitriy Yurievich Antipov', type: 'person' }), q({ name: 'ANTIPOV, Igor Yurievich', type: 'person' }), 0.8);
    expect(r.match).toBe(false);
  });

  test('when list statistics are given, then a common word weighs less than a rare one', () => {
    const common = compare(q({ name: 'Noble Trading' }), q({ name: 'NOBLE SHIPPING' }), 0.8, index.stats).score;
    const rare = compare(q({ name: 'Noble Trading' }), q({ name: 'ASAN TRADING' }), 0.8, index.stats).score;
    expect(common).toBeGreaterThan(rare);
  });
});
