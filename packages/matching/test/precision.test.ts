/**
 * Precision rules of the name engine (README "Scoring"): each describe block is one documented rule, with the
 * false positives it removes and the true variants it must keep.
 */
import { type CanonicalEntity, type EntityInput, EntityInputSchema, type ListEntity, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, DEFAULT_BANDS, Kind, sameOnset, sameWord, screen, tokenSim } from '../src';

const N = Kind.Normal;
const e = (name: string, type: 'person' | 'organization' | 'unknown' = 'unknown', extra: Record<string, unknown> = {}): EntityInput =>
  EntityInputSchema.parse({ name, type, ...extra }) as EntityInput;
const score = (a: string, b: string, type: 'person' | 'organization' | 'unknown' = 'unknown') => compare(e(a, type), e(b, type), 0.77).score;

let n = 0;
const listed = (x: Partial<ListEntity> & { name: string }): CanonicalEntity => {
  n++;
  return ListEntitySchema.parse({ id: `sample:p${n}`, source: 'sample', sourceId: String(n), type: 'organization', ...x });
};

describe('short words and acronyms', () => {
  test.each([
    ['a doubled letter of an acronym', 'hm', 'hmm', 'hm'],
    ['a consonant that appears', 'ja', 'jaya', 'jaa'],
  ])('when two short words differ by %s, then they are different words', (_what, key, a, b) => {
    expect(sameWord(key, N, key, N, a, b)).toBe(false);
    expect(tokenSim(key, N, key, N, a, b)).toBe(0);
  });

  test.each([
    ['khan', 'han', 'han'],
    ['nour', 'nur', 'nur'],
    ['deeb', 'dib', 'dib'],
    ['lee', 'li', 'li'],
    ['abou', 'abu', 'abu'],
    ['aly', 'ali', 'ali'],
  ])('when "%s" and "%s" are transliteration variants of a short word, then they stay the same word', (a, b, key) => {
    expect(sameWord(key, N, key, N, a, b)).toBe(true);
  });

  test('when a shipping line "HMM Co., Ltd." meets the listed acronym "HM", then it scores nothing', () => {
    expect(score('HMM Co., Ltd.', 'HM', 'organization')).toBe(0);
  });

  test('when a listed acronym is one word of a longer query name, then it does not match', () => {
    expect(score('HM Logistics Co., Ltd.', 'HM', 'organization')).toBe(0);
  });

  test('when the query is the acronym itself (dotted or with a legal form), then it matches', () => {
    expect(score('H.M.', 'HM', 'organization')).toBeGreaterThanOrEqual(0.77);
    expect(score('HM Ltd', 'HM', 'organization')).toBeGreaterThanOrEqual(0.77);
  });

  test('when screened against an index holding the acronym alias, then "HMM Co., Ltd." finds nothing and "HM" finds it', () => {
    const hm = listed({ name: 'HIZBUL MUJAHIDEEN', aliases: [{ name: 'HM', quality: 'strong' }] });
    const index = buildIndex([hm, listed({ name: 'NOBLE SHIPPING COMPANY LIMITED' })], { source: 'sample', version: 'v1' });
    const opts = { threshold: 0.77, limit: 5, bands: DEFAULT_BANDS };
    expect(screen(e('HMM Co., Ltd.', 'organization'), index, opts)).toEqual([]);
    expect(screen(e('HM', 'organization'), index, opts)[0]?.entity.id).toBe(hm.id);
  });
});

describe('first letters of another phonetic class', () => {
  test.each([
    ['harry', 'larry', false],
    ['hashemi', 'ghasemi', false],
    ['ping', 'ling', false],
    ['fernandez', 'hernandez', false],
    ['ghasemi', 'qasemi', true],
    ['kadhafi', 'gadhafi', true],
    ['janukovych', 'yanukovych', true],
    ['herman', 'german', true],
  ])('when "%s" and "%s" are compared, then they begin in one class: %s', (a, b, same) => {
    expect(sameOnset(a, b)).toBe(same);
  });

  const people = [
    listed({ name: 'Larry DAVIS', type: 'person' }),
    listed({ name: 'Harry SMITH', type: 'person' }),
    listed({ name: 'BANK MARKAZI JOMHOURI ISLAMI IRAN' }),
    listed({ name: 'YANUKOVYCH, Viktor', type: 'person' }),
    listed({ name: 'Janukovych Holding' }),
  ];
  const index = buildIndex(people, { source: 'sample', version: 'v1' });
  const opts = { threshold: 0.77, limit: 5, bands: DEFAULT_BANDS };

  test('when the query word is a name the list knows (Harry), then a listed name of another first sound (Larry) is another person', () => {
    expect(screen(e('Harry Davis', 'person'), index, opts).map((m) => m.entity.id)).not.toContain(people[0]!.id);
    expect(screen(e('Larry Davis', 'person'), index, opts)[0]?.entity.id).toBe(people[0]!.id);
  });

  test('when the query word is unknown to the list, then a first-letter misspelling still matches (Larkazi for Markazi)', () => {
    expect(screen(e('Bank Larkazi Jomhouri Islami Iran', 'organization'), index, opts)[0]?.entity.id).toBe(people[2]!.id);
  });

  test('when a known word is another romanisation of the same first sound (J/Y), then it still matches', () => {
    expect(screen(e('Viktor Janukovych', 'person'), index, opts)[0]?.entity.id).toBe(people[3]!.id);
  });

  test('when two names are compared without an index, then nothing attests a word and the filter stays off', () => {
    expect(tokenSim('hari', N, 'lari', N, 'harry', 'larry')).toBe(tokenSim('hari', N, 'lari', N, 'harry', 'larry', false));
    expect(tokenSim('hari', N, 'lari', N, 'harry', 'larry', true)).toBe(0);
  });
});

describe('a contradicting country', () => {
  test('when an exact person name comes with a country the listed entity does not hold, then it is a near match (review), not a match', () => {
    const luo = listed({ name: 'Luo Jie', type: 'person', countries: ['CN', 'HK'] });
    const index = buildIndex([luo], { source: 'sample', version: 'v1' });
    const opts = { threshold: 0.77, limit: 5, bands: DEFAULT_BANDS };
    const [other] = screen(e('Luo Jie', 'person', { country: 'TW' }), index, opts);
    expect(other).toMatchObject({ match: false, band: 'review' });
    const [same] = screen(e('Luo Jie', 'person', { country: 'CN' }), index, opts);
    expect(same).toMatchObject({ match: true });
  });
});

test('when a country is given in a withdrawn ISO code (RH, Rhodesia), then it is compared as its successor (ZW), not as a contradiction', () => {
  const zisco = listed({ name: 'ZISCOSTEEL', countries: ['ZW'] });
  const index = buildIndex([zisco], { source: 'sample', version: 'v1' });
  const [top] = screen(e('Ziscosteel', 'organization', { country: 'RH' }), index, { threshold: 0.77, limit: 5, bands: DEFAULT_BANDS });
  expect(top).toMatchObject({ match: true, explanation: expect.objectContaining({ features: expect.objectContaining({ country: 'match' }) }) });
});

describe('derived initialisms', () => {
  test('when a two-letter name meets a two-word listed name with those initials, then it is no match (HP is not Hunter Perry)', () => {
    expect(score('HP Inc.', 'Hunter Perry', 'organization')).toBeLessThan(0.65);
  });

  test('when a three-letter initialism meets the name it spells, then it still matches (KLM, IRISL)', () => {
    expect(score('KLM', 'Koninklijke Luchtvaart Maatschappij', 'organization')).toBeGreaterThanOrEqual(0.77);
    expect(score('IRISL', 'Islamic Republic of Iran Shipping Lines', 'organization')).toBeGreaterThanOrEqual(0.77);
  });
});

describe('words alike only in a first part (token-sim.ts sharedFirstPartOnly)', () => {
  test.each([
    // one word glued to another: the shorter is only the first part of the longer
    ['trans', 'transoil'],
    ['sino', 'sinopec'],
    ['kim', 'kimura'],
    ['hassan', 'hassanein'],
    ['ivan', 'ivanova'],
    // endings after a shared first part that share almost nothing
    ['sinotrans', 'sinohts'],
    ['petrochem', 'petrosur'],
  ])('when "%s" meets "%s", then they are different words', (a, b) => {
    expect(tokenSim(a, N, b, N)).toBe(0);
  });

  test.each([
    ['hussein', 'husain'],
    ['abdelrahman', 'abdulrahman'],
    ['gaddafi', 'gadhafi'],
    ['mohammed', 'mohamed'],
    ['alexandr', 'alexandros'],
    ['ivanov', 'ivanova'],
    ['aleksandr', 'alexander'],
  ])('when "%s" meets "%s" (spelling variants), then they stay similar', (a, b) => {
    expect(tokenSim(a, N, b, N)).toBeGreaterThan(0);
  });

  test.each([
    ['Trans Trans JSC', 'OOO TRANSOIL'],
    ['Sinotrans Limited', 'SinoHTS'],
    ['Kim Trading Co', 'KIMURA TRADING CO'],
  ])('when "%s" meets the listed "%s", then it does not match', (a, b) => {
    expect(score(a, b, 'organization')).toBeLessThan(0.65);
  });
});
