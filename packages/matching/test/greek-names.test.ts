import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { compare } from '../src';
import { greekGlossOf } from '../src/normalize/greek-glossary';
import { prepareName } from '../src/normalize/prepare';

/**
 * Greek organisation names against English and transliterated names (normalize/greek-glossary.ts): the generic words
 * read as their English counterparts, each keeping its romanised surface for lists that transliterate.
 */
const org = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'organization' }) as EntityInput;
const T = 0.77;

describe('Greek generic organisation words', () => {
  test.each<[string, string, string]>([
    ['omilos', 'group', 'Όμιλος, nominative'],
    ['omilou', 'group', 'Ομίλου, genitive'],
    ['navtiliaki', 'shipping', 'Ναυτιλιακή, αυ read av (ELOT 743)'],
    ['trapeza', 'bank', 'Τράπεζα'],
    ['etaireia', 'company', 'Εταιρεία'],
    ['etairia', 'company', 'Εταιρία, the other spelling'],
  ])('%s → %s (%s)', (ascii, english) => {
    expect(greekGlossOf(ascii)?.gloss.words[0]).toContain(english);
  });
  test('a person’s name is not glossed', () => {
    expect(prepareName('Νίκος Τράπεζας', 'person').gloss).toBeUndefined();
  });
});

describe('Greek organisation names against English and transliterated names', () => {
  test.each<[string, string, string]>([
    ['Όμιλος JSC Kalashnikov', 'Kalashnikov Concern JSC', 'Όμιλος group/concern'],
    ['Όμιλος Καλάσνικοφ', 'Concern Kalashnikov', 'the name in Greek letters too'],
    ['Ναυτιλιακή Εταιρεία Αιγαίου', 'Naftiliaki Etaireia Aigaiou', 'a transliterating list keeps the generic words'],
    ['Ναυτιλιακή Εταιρεία Inter', 'Inter Shipping Company', 'Ναυτιλιακή Εταιρεία shipping company'],
    ['Ναυτιλιακή Εταιρεία Inter Α.Ε.', 'Inter Shipping Company S.A.', 'Α.Ε. (Ανώνυμη Εταιρεία) is S.A.'],
    ['ΝΑΥΤΙΛΙΑΚΗ ΕΤΑΙΡΕΙΑ INTER', 'Inter Shipping Company', 'capitals'],
    ['Ελληνική Τράπεζα Inter', 'Hellenic Bank Inter', 'Ελληνική hellenic, Τράπεζα bank'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(true);
  });
  test.each<[string, string, string]>([
    ['Όμιλος Καλάσνικοφ', 'Concern Almaz-Antey', 'another distinctive word'],
    ['Ναυτιλιακή Εταιρεία Inter', 'Inter Tobacco LLC', 'another sector word and the generic words alone'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(false);
  });
});
