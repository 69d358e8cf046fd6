/**
 * Common names need corroboration (score/common-names.ts, README "Scoring"): a name made only of very common words,
 * screened with a date of birth or a country that the listed record does not corroborate, is a review-band candidate,
 * not a match; a corroborating attribute keeps the match, and a name-only query is answered on the name.
 */
import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { compare, commonMatch, isCommonName, NAME_POPULATIONS, weighName, align } from '../src';

const T = 0.77;
const e = (name: string, type: 'person' | 'organization', extra: Record<string, unknown> = {}): EntityInput =>
  EntityInputSchema.parse({ name, type, ...extra }) as EntityInput;
const person = (name: string, extra: Record<string, unknown> = {}) => e(name, 'person', extra);
const withAttrs = (name: string) => person(name, { country: 'US', dateOfBirth: '1971-05-02' });

describe('name-frequency table', () => {
  test('every population has surnames and given names, and the table stays small', () => {
    for (const p of NAME_POPULATIONS) {
      expect(p.surnames.length).toBeGreaterThan(10);
      expect(p.given.length).toBeGreaterThan(10);
    }
    const total = NAME_POPULATIONS.reduce((n, p) => n + p.surnames.length + p.given.length, 0);
    expect(total).toBeLessThan(5000);
  });

  test.each([
    ['James'], ['Lee'], ['Smith'], ['Mohammed'], ['Muhammad'], ['Mohamad'], ['Ivanov'], ['Iwanow'], ['Nguyen'], ['Kim'], ['Garcia'],
    ['Müller'], ['Rahimi'], ['Ebrahimi'], ['Yilmaz'], ['Wang'], ['Kumar'], ['Sato'],
  ])('when the word is %s, then it is a common name (spelling variants fold to the same key)', (w) => {
    expect(isCommonName(w)).toBe(true);
  });

  test.each([['Prigozhin'], ['Deripaska'], ['Kadyrov'], ['Bout'], ['Nasrallah'], ['Zawahiri'], ['Tindaya'], ['J'], ['']])(
    'when the word is "%s", then it is not a common name',
    (w) => {
      expect(isCommonName(w)).toBe(false);
    },
  );
});

describe('which matches rest only on common words', () => {
  const verdict = (a: string, b: string, type: 'person' | 'organization' = 'person') => {
    const q = weighName(a, type, undefined)!;
    const c = weighName(b, type, undefined)!;
    return commonMatch(align(q, c, type === 'person'), q, type === 'person', undefined);
  };
  test.each([
    ['James Lee', 'James Lee'],
    ['Amir Ebrahimi', 'AMIR RAHIMI'],
    ['Michael Johnson', 'WILLIAM MICHAEL JOHNSON'],
    ['Mohammad Ahmadi', 'M.R. Ahmadi'],
    ['Robert Wilson', 'BOB WILSON'],
  ])('when "%s" meets "%s", then every matched word is common', (a, b) => {
    expect(verdict(a, b)).toBeDefined();
  });
  test.each([
    ['Viktor Bout', 'Viktor Bout'],
    ['Yevgeny Prigozhin', 'PRIGOZHIN, Yevgeniy Viktorovich'],
    ['Ocean Star 3', 'OCEAN STAR 3'],
  ])('when "%s" meets "%s", then a distinctive word (or a number) matched', (a, b) => {
    expect(verdict(a, b, a.startsWith('Ocean') ? 'organization' : 'person')).toBeUndefined();
  });
  test('when a query of four common words matches, then it is not a crowd any more', () => {
    expect(verdict('Maria Carmen Garcia Lopez', 'GARCIA LOPEZ, Maria Carmen')).toBeUndefined();
  });
});

describe('common names need corroboration', () => {
  test('when "James Lee" with a date of birth and country meets a listed James Lee with neither, then it is a review candidate', () => {
    const r = compare(withAttrs('James Lee'), person('James Lee'), T);
    expect(r.match).toBe(false);
    expect(r.band).toBe('review');
    expect(r.score).toBeLessThan(T);
    expect(r.score).toBeGreaterThanOrEqual(T - 0.02);
    expect(r.explanation.text).toContain('common names');
    expect(r.explanation.features.commonName).toBe('uncorroborated');
  });

  test.each([
    ['an equal date of birth', { dateOfBirth: '1971-05-02' }],
    ['the same year of birth', { dateOfBirth: '1971' }],
  ])('when the listed James Lee has %s, then it stays a match', (_what, extra) => {
    const r = compare(withAttrs('James Lee'), person('James Lee', extra), T);
    expect(r.match).toBe(true);
    expect(r.explanation.features.commonName).toBeUndefined();
  });

  test.each([
    ['James Lee', 'US', 'James Lee', '1971-05-02'],
    ['Aleksey Ivanov', 'RU', 'Alexy Ivanov', '1980-02-03'],
  ])('when "%s" of %s meets a listed "%s" of the same country only, then it is a match but never strong (namesakes live there)', (a, c, b, dob) => {
    const r = compare(person(a, { country: c, dateOfBirth: dob }), person(b, { countries: [c] }), T);
    expect(r.match).toBe(true);
    expect(r.band).toBe('potential');
    expect(r.explanation.features.commonName).toBe('common-in-country');
  });

  test('when the shared country is one where the name is rare, then it corroborates (strong)', () => {
    const r = compare(person('James Lee', { country: 'RU', dateOfBirth: '1971-05-02' }), person('James Lee', { countries: ['RU'] }), T);
    expect(r.match).toBe(true);
    expect(r.band).toBe('strong');
  });

  test('when an identifier equals the listed one, then it decides whatever the name', () => {
    const id = { identifiers: [{ type: 'passport', value: 'X1234567' }] };
    const r = compare(person('James Lee', { country: 'US', ...id }), person('James Lee', id), T);
    expect(r.match).toBe(true);
  });

  test('when the query gives only a name, then a common name is answered on the name (name screening)', () => {
    const r = compare(person('James Lee'), person('James Lee'), T);
    expect(r.match).toBe(true);
  });

  test.each([
    ['Michael Johnson', 'WILLIAM MICHAEL JOHNSON'],
    ['John Thompson', 'John Raymond Thompson'],
    ['Amir Ebrahimi', 'AMIR RAHIMI'],
    ['Robert Anderson', 'Robert Anderson'],
    ['Javier Martinez', 'FRANCISCO XAVIER MARTINEZ'],
  ])('when "%s" (with date and country) meets a listed "%s" without attributes, then it is not a match', (a, b) => {
    const r = compare(withAttrs(a), person(b), T);
    expect(r.match).toBe(false);
  });

  test('when a distinctive name meets its listed namesake without attributes, then it stays a match', () => {
    expect(compare(withAttrs('Viktor Bout'), person('Viktor Bout'), T).match).toBe(true);
    expect(compare(withAttrs('Yevgeny Prigozhin'), person('PRIGOZHIN, Yevgeniy Viktorovich'), T).match).toBe(true);
  });

  test('when the date of birth contradicts, then the common name is not even a review candidate', () => {
    const r = compare(withAttrs('James Lee'), person('James Lee', { dateOfBirth: '1950-01-01' }), T);
    expect(r.match).toBe(false);
    expect(r.band).toBeUndefined();
  });

  test.each([
    ['Precision Industrial Inc.', 'Precision Industries, Inc.'],
    ['Advanced Machinery Co., Ltd.', 'ADVANCED MACHINERY COMPANY LIMITED'],
  ])('when "%s" (a trade description, NAICS words) meets a listed "%s" with no country, then it is not a match', (a, b) => {
    expect(compare(e(a, 'organization', { country: 'KR' }), e(b, 'organization'), T).match).toBe(false);
  });

  test('when a company name holds a coined word, then the trade words around it do not make it common', () => {
    expect(compare(e('Tindaya Precision Industrial Inc.', 'organization', { country: 'KR' }), e('TINDAYA PRECISION INDUSTRIAL INC', 'organization'), T).match).toBe(true);
  });

  test('when a company name is made of generic business words only, then it needs corroboration too', () => {
    const q = e('Global Trading Services LLC', 'organization', { country: 'AE' });
    expect(compare(q, e('Global Trading Services LLC', 'organization'), T).match).toBe(false);
    // generic words are common in every country: sharing one keeps the match, but never a strong one
    const r = compare(q, e('Global Trading Services LLC', 'organization', { countries: ['AE'] }), T);
    expect(r.match).toBe(true);
    expect(r.band).toBe('potential');
  });
});

describe('a common surname and initials (score/common-names.ts initialsOnly)', () => {
  test.each([
    // [query, listed, query attributes]
    ['Mohammad Ahmadi', 'M.R. Ahmadi', { country: 'IR' }],
    ['Mohammad Ahmadi', 'M. AHMADI', {}],
    ['John Smith', 'J. SMITH', {}],
    ['Ali Hassan', 'A. HASSAN', { country: 'IQ', dateOfBirth: '1970-01-01' }],
    ['Aleksey Ivanov', 'IVANOV, A.', { country: 'RU' }],
    // common full names besides the initial are no better evidence than a common surname alone
    ['Mohammad Reza Rahimi', 'M. Reza RAHIMI', {}],
  ])('when "%s" meets a listed "%s", then the listed name confirms only a common surname and letters: review, not a match', (a, b, attrs) => {
    const r = compare(person(a, attrs), person(b, 'country' in attrs ? { countries: [attrs.country] } : {}), T);
    expect(r.match).toBe(false);
    expect(r.band).toBe('review');
    expect(r.explanation.features.commonName).toBe('initials-only');
  });

  test.each([
    // a distinctive surname confirms the listed party beside its initial
    ['Viktor Bout', 'V. BOUT', {}],
    ['Yevgeny Prigozhin', 'PRIGOZHIN, Y.V.', {}],
    // the query writes the initial itself: it asks about any J. Smith
    ['J. Smith', 'John SMITH', {}],
  ])('when "%s" meets a listed "%s", then it stays a match', (a, b, attrs) => {
    expect(compare(person(a, attrs), person(b), T).match).toBe(true);
  });

  test('when the listed record corroborates the party (an equal date of birth), then it stays a match', () => {
    const r = compare(person('Mohammad Ahmadi', { country: 'IR', dateOfBirth: '1965-03-01' }), person('M.R. Ahmadi', { countries: ['IR'], dateOfBirth: '1965-03-01' }), T);
    expect(r.match).toBe(true);
  });
});
