import { EntityInputSchema } from '@screening/schemas';
import { buildIndex, compare, screen } from '../src';
import { listedAcronym } from '../src/index-build';
import { nameKey } from '../src/normalize/name-key';
import { orgWordKey } from '../src/normalize/org-words';

/** Organisation wording (normalize/org-words.ts), initialisms that spell a legal form, listed acronyms in parentheses. */
const org = (name: string) => EntityInputSchema.parse({ name, type: 'organization' });
const T = 0.77;

describe('organisation wording', () => {
  test.each([
    ['plural', 'industries', 'industry'],
    ['adjective', 'industrial', 'industry'],
    ['abbreviation', 'ind', 'industry'],
    ['British spelling', 'organisation', 'organization'],
    ['translation of завод', 'zavod', 'plant'],
    ['translation of бюро', 'office', 'bureau'],
    ['compass adjective', 'southern', 'south'],
  ])('when a generic word is written as its %s (%s), then it keys as %s', (_what, w, key) => {
    expect(orgWordKey(w, w)).toBe(orgWordKey(key, nameKey(key)));
    expect(orgWordKey(w, w)).not.toBe(w);
  });

  test('when a word is no generic word, then its key is left as it was', () => {
    expect(orgWordKey('gachsaran', 'gaksaran')).toBe('gaksaran');
  });

  test.each([
    ['Karun Oil & Gas Production Company', 'KARUN OIL AND GAS COMPANY'],
    ['Northern Fars Gas Company', 'NORTH FARS GAS CO.'],
    ['Tabriz Ind Co', 'TABRIZ INDUSTRIAL COMPANY'],
    ['JSC Design Office Vympel', 'Vympel Design Bureau JSC'],
    ['Volzhsky Pipe Plant', 'VOLZHSKY PIPE WORKS'],
    ['Iranian Aviation Organisation', 'Iranian Aviation Authority'],
    ['Sunrise Group of Companies Limited', 'Sunrise Group of Company Limited'],
  ])('when "%s" words the listed "%s" otherwise, then it matches', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(true);
  });

  test.each([
    ['South Fars Gas Company', 'NORTH FARS GAS COMPANY'],
    ['Tabriz Tractor Plant', 'TABRIZ MACHINE WORKS'],
    ['Kavir Oil Company', 'Karun Oil Company'],
  ])('when "%s" differs from "%s" in a distinctive word, then it does not match', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(false);
  });
});

describe('initialisms that spell a legal form', () => {
  test.each([
    ['NDC', 'NORTH DRILLING COMPANY'],
    ['NIOC', 'National Iranian Oil Company'],
  ])('when "%s" is the initials of "%s" with its legal form, then it matches', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(true);
  });

  test('when the letters are not the initials, then it does not match', () => {
    expect(compare(org('NDL'), org('NORTH DRILLING COMPANY'), T).match).toBe(false);
  });

  test('when a query name has the initials of a listed initialism only with its legal form, then it does not match (any X Y Company would)', () => {
    expect(compare(org('North Drilling Company'), org('NDC'), T).match).toBe(false);
  });
});

describe('a listed acronym in parentheses', () => {
  test.each([
    ['NSPK', true],
    ['IRGC-SSJO', true],
    ['LLC', false],
    ['HK', false],
    ['JSC SSC RIAR', false],
    ['formerly Alpha', false],
  ])('when the parentheses hold "%s", then it is a name of its own: %s', (inner, yes) => {
    expect(listedAcronym(inner)).toBe(yes);
  });

  test('when a query gives the acronym the list puts in parentheses, then screening finds the listed entity', () => {
    const rec = (i: number, name: string) =>
      ({
        id: `t:${i}`, source: 'us_ofac_sdn', sourceId: String(i), type: 'organization', name,
        aliases: [], programs: [], countries: [], nationalities: [], datesOfBirth: [], placesOfBirth: [], identifiers: [], addresses: [], links: [], categories: [],
      }) as unknown as Parameters<typeof buildIndex>[0][number];
    // other listed firms, so that the list's rarity weights are those of a list, not of one entry
    const others = Array.from({ length: 60 }, (_, i) => rec(i + 2, `JSC ${['Alpha', 'Beta', 'Gamma', 'Delta', 'Omega', 'Sigma'][i % 6]} ${['Plant', 'Bank', 'Systems', 'Trading', 'Shipping'][i % 5]} ${i}`));
    const index = buildIndex([rec(1, 'JSC NATIONAL CARD PAYMENT SYSTEM (NSPK)'), ...others], { source: 'us_ofac_sdn', version: 't' });
    expect(screen(org('NSPK JSC'), index, { threshold: T, limit: 1 })[0]?.match).toBe(true);
    expect(screen(org('NSK JSC'), index, { threshold: T, limit: 1 })[0]?.match ?? false).toBe(false);
  });
});
