import { type CanonicalEntity, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, patronymicKey, screen } from '../src';
import { eastSlavicKey } from '../src/normalize/east-slavic';

/** Belarusian, Ukrainian and Russian forms of one name (normalize/east-slavic.ts); examples are not the bench pairs. */
const person = (name: string) => EntityInputSchema.parse({ name, type: 'person' });

describe('East Slavic forms', () => {
  test.each([
    ['Belarusian Mikalai for Nikolai', 'mikalaevich', 'nikolaevich'],
    ['Belarusian female -euna, Russian -yevna', 'mikalaeuna', 'nikolayevna'],
    ['Belarusian Ryhor for Grigoriy', 'ryhoravich', 'grigoryevich'],
    ['Łacinka -yč without its háček', 'ivanovyc', 'ivanovich'],
    ['Belarusian Kanstantsin for Konstantin', 'kanstantsinavich', 'konstantinovich'],
  ])('when the patronymics differ by %s (%s / %s), then they share a key', (_what, a, b) => {
    expect(patronymicKey(a)).toBeDefined();
    expect(patronymicKey(a)).toBe(patronymicKey(b));
  });

  test('when two patronymics come from different fathers, then their keys differ', () => {
    expect(patronymicKey('mikalaevich')).not.toBe(patronymicKey('mikhailovich'));
  });

  test.each([
    ['ў after a vowel and akanye', 'sakalou', 'sokolov'],
    ['ў in the stem, -enka for -enko', 'paulenka', 'pavlenko'],
    ['yakanye and -eu', 'biareshcheu', 'bereshchev'],
    ['dzekanye', 'dziadzko', 'dyadko'],
  ])('when a surname shows %s (%s / %s), then the forms share a key', (_what, a, b) => {
    expect(eastSlavicKey(a)).toBeDefined();
    expect(eastSlavicKey(a)).toBe(eastSlavicKey(b));
  });

  test.each([
    ['a word without an East Slavic surname ending', 'baris'],
    ['a short word', 'ivko'],
  ])('when the word is %s, then it has no key', (_what, w) => {
    expect(eastSlavicKey(w)).toBeUndefined();
  });

  test('when two surnames differ in a consonant, then their keys differ', () => {
    expect(eastSlavicKey('sakalou')).not.toBe(eastSlavicKey('sokolik'));
    expect(eastSlavicKey('pavlenko')).not.toBe(eastSlavicKey('pavlechko'));
  });

  test.each([
    ['Aliaksandr Mikalaevich Sakalou', 'Aleksandr Nikolaevich Sokolov'],
    ['Tatsiana Piatrouna Paulenka', 'Tatyana Petrovna Pavlenko'],
  ])('when "%s" is the Belarusian form of "%s", then it matches', (a, b) => {
    expect(compare(person(a), person(b), 0.77).match).toBe(true);
  });

  test('when the father differs, then the same given name and surname with another patronymic is not a full-score match', () => {
    const same = compare(person('Aliaksandr Mikalaevich Sakalou'), person('Aleksandr Nikolaevich Sokolov'), 0.77).score;
    const other = compare(person('Aliaksandr Mikhailavich Sakalou'), person('Aleksandr Nikolaevich Sokolov'), 0.77).score;
    expect(other).toBeLessThan(same);
  });
});

describe('East Slavic surname forms through screen(): the retrieval looks up the surname key', () => {
  // Belarusian forms two or more edits from the Russian (ў for v, akanye, -enka): the typo lookups miss them, so a
  // query in the Russian form found the listed Belarusian name only through its given name (examples as above)
  const pairs: Array<[string, string]> = [
    ['Ivan Sokolov', 'SAKALOU, Ivan'],
    ['Petr Pavlenko', 'PAULENKA, Piotr'],
    ['Oleg Dyadko', 'DZIADZKA, Aleh'],
  ];
  const given = ['Ivan', 'Petr', 'Oleg', 'Igor', 'Boris', 'Anton', 'Pavel', 'Roman', 'Denis', 'Artem', 'Maxim', 'Ilya'];
  let n = 0;
  const listed = (name: string): CanonicalEntity => ListEntitySchema.parse({ id: `sample:e${n}`, source: 'sample', sourceId: String(n++), type: 'person', name });
  const targets = pairs.map(([, l]) => listed(l));
  // namesakes by given name (the given name alone weighs little), and surnames one letter from the Russian form (so
  // the query surname finds a listed word and is counted as seen, not as a misspelling)
  const others = [
    ...given.flatMap((g) => ['KOVALENKO', 'MARCHENKO', 'SHEVCHUK'].map((s) => listed(`${s}, ${g}`))),
    ...['SOKOLOVA, Maria', 'PAVLENKOV, Yuri', 'DYADKOV, Lev'].map(listed),
  ];
  const index = buildIndex([...targets, ...others], { source: 'sample', version: '1' });
  test.each(pairs.map((pr, i) => [...pr, i] as const))('"%s" finds "%s"', (q, l, i) => {
    expect(compare(person(q), person(l), 0.77, index.stats).match).toBe(true);
    const hit = screen(person(q), index, { threshold: 0.77, limit: 10 }).find((m) => m.entity.id === targets[i]!.id);
    expect({ name: l, match: hit?.match ?? false }).toEqual({ name: l, match: true });
  });
});
