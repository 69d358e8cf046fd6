import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, hypocorismKeys, isHypocorism, nameKey, screen } from '../src';

/** Short forms of given names (normalize/nicknames.ts): one table test per language block, and what stays apart. */
const p = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'person' }) as EntityInput;
const T = 0.77;

describe('a given name and its hypocorism are the same given name, at a penalty', () => {
  test.each([
    ['english', 'Bobby Kennedy', 'KENNEDY, Robert'],
    ['english', 'Ted Kennedy', 'KENNEDY, Edward'],
    ['english', 'Beth Harmon', 'HARMON, Elizabeth'],
    ['russian', 'Vanya Smirnov', 'SMIRNOV, Ivan'],
    ['russian', 'Natasha Romanova', 'ROMANOVA, Natalya'],
    ['russian', 'Slava Volodin', 'VOLODIN, Vyacheslav'],
    ['spanish_portuguese', 'Quique Garcia', 'GARCIA, Enrique'],
    ['spanish_portuguese', 'Memo Ochoa', 'OCHOA, Guillermo'],
    ['german', 'Fritz Lang', 'LANG, Friedrich'],
    ['italian', 'Beppe Grillo', 'GRILLO, Giuseppe'],
    ['arabic', 'Hamada Hilal', 'HILAL, Muhammad'],
  ])('%s: "%s" matches "%s"', (_block, q, l) => {
    expect(compare(p(q), p(l), T).match).toBe(true);
  });

  test.each([
    ['a short form of another name', 'Bobby Kennedy', 'KENNEDY, Edward'],
    ['another surname', 'Vanya Smirnov', 'PETROV, Ivan'],
    ['a short form of another name', 'Paco Lopez', 'LOPEZ, Jose'],
  ])('%s: "%s" does not match "%s"', (_why, q, l) => {
    expect(compare(p(q), p(l), T).match).toBe(false);
  });

  test('the penalty: a nickname scores below the exact given name', () => {
    expect(compare(p('Bobby Kennedy'), p('KENNEDY, Robert'), T).score).toBeLessThan(compare(p('Robert Kennedy'), p('KENNEDY, Robert'), T).score);
  });

  test('two short forms of one name meet, spelling variants of the full name too', () => {
    expect(isHypocorism(nameKey('bill'), nameKey('will'))).toBe(true);
    expect(compare(p('Sasha Ivanov'), p('IVANOV, Oleksandr'), T).match).toBe(true);
    expect(hypocorismKeys().length).toBeGreaterThan(300);
  });
});

describe('a hypocorism through screen(): the retrieval looks up the names a short form stands for', () => {
  // persons listed on OFAC SDN (2023-01, /work/shared/watchlists; patronymics left out) among namesakes: each surname carried by many listed
  // persons, so that the surname alone weighs little and only the given name can bring the listed person into the
  // candidates (without the lookup, a short form no listed word resembles was half-counted and the name was cut)
  const pairs: Array<[string, string]> = [
    ['Kolya Patrushev', 'PATRUSHEV, Nikolai'],
    ['Seryozha Shoigu', 'SHOIGU, Sergei'],
    ['Sasha Lukashenka', 'LUKASHENKA, Aliaksandr'],
    ['Dima Medvedev', 'MEDVEDEV, Dmitry'],
  ];
  const given = ['Ivan', 'Petr', 'Oleg', 'Igor', 'Boris', 'Anton', 'Pavel', 'Roman', 'Denis', 'Artem', 'Maxim', 'Ilya', 'Kirill', 'Yuri', 'Fedor', 'Gleb', 'Lev', 'Mark', 'Stepan', 'Timur'];
  let n = 0;
  const listed = (name: string): CanonicalEntity => ListEntitySchema.parse({ id: `sample:h${n}`, source: 'sample', sourceId: String(n++), type: 'person', name });
  const targets = pairs.map(([, l]) => listed(l));
  const namesakes = pairs.flatMap(([, l]) => given.map((g) => listed(`${l.split(',')[0]}, ${g}`)));
  const index = buildIndex([...targets, ...namesakes], { source: 'sample', version: '1' });

  test.each(pairs.map((pr, i) => [...pr, i] as const))('"%s" finds "%s"', (q, l, i) => {
    expect(compare(p(q), p(l), T, index.stats).match).toBe(true);
    const hit = screen(p(q), index, { threshold: T, limit: 10 }).find((m) => m.entity.id === targets[i]!.id);
    expect({ name: l, match: hit?.match ?? false }).toEqual({ name: l, match: true });
  });
});
