import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { compare, hypocorismKeys, isHypocorism, nameKey } from '../src';

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
