import { ADJUST, compareFeatures, type Target } from '../src';

const base: Target = { type: 'person', names: [{ name: 'x', weak: false }], countries: [], dobs: [], identifiers: [], addresses: [], cities: [], addressWords: [] };
const t = (o: Partial<Target>): Target => ({ ...base, ...o });

describe('secondary attributes', () => {
  test.each([
    ['the same full date', '1960-04-01', ['1960-04-01'], 'exact', ADJUST.dobExact],
    ['a year against a full date', '1960', ['1960-04-01'], 'year', ADJUST.dobYear],
    ['the same year, another day', '1960-04-02', ['1960-04-01'], 'near', ADJUST.dobNear],
    ['a year apart', '1961-04-01', ['1960-04-01'], 'near', ADJUST.dobNear],
    ['decades apart', '1985-04-01', ['1960-04-01'], 'conflict', ADJUST.dobConflict],
    ['one of several listed dates', '1962', ['1960', '1962'], 'year', ADJUST.dobYear],
  ])('when dates of birth are %s, then the verdict is the expected one', (_w, q, l, verdict, adj) => {
    const f = compareFeatures(t({ dobs: [q] }), t({ dobs: l }));
    expect(f.features.dateOfBirth).toBe(verdict);
    expect(f.adjust).toBeCloseTo(adj);
    expect(f.reasons).toHaveLength(1);
  });

  test('when either side has no date of birth, then nothing moves', () => {
    expect(compareFeatures(t({ dobs: ['1960'] }), t({})).adjust).toBe(0);
  });

  test.each([
    [['VE'], ['VE', 'CO'], 'match', ADJUST.countryMatch],
    [['RU'], ['VE'], 'mismatch', ADJUST.countryMismatch],
  ])('when countries %j meet listed %j, then the verdict is %s', (q, l, verdict, adj) => {
    const f = compareFeatures(t({ countries: q }), t({ countries: l }));
    expect(f.features.country).toBe(verdict);
    expect(f.adjust).toBeCloseTo(adj);
  });

  test.each([
    ['person', 'organization', ADJUST.typeMismatch],
    ['organization', 'vessel', ADJUST.typeMismatch],
    ['unknown', 'organization', 0],
    ['person', 'person', 0],
  ] as const)('when a %s query meets a listed %s, then the type adjustment is %d', (q, l, adj) => {
    expect(compareFeatures(t({ type: q }), t({ type: l })).adjust).toBeCloseTo(adj);
  });

  test('when the query address names a listed city, then the score rises a little and says why', () => {
    const f = compareFeatures(t({ addresses: ['12 tverskaya st moscow'] }), t({ cities: ['moscow'] }));
    expect(f.features.address).toBe('match');
    expect(f.adjust).toBeCloseTo(ADJUST.addressCity);
  });

  test('when the address names no listed city, then nothing moves (addresses change)', () => {
    expect(compareFeatures(t({ addresses: ['dubai'] }), t({ cities: ['moscow'] })).adjust).toBe(0);
  });

  test('when genders differ, then the score is lowered and the reason says so', () => {
    const f = compareFeatures(t({ gender: 'female' }), t({ gender: 'male' }));
    expect(f.adjust).toBeCloseTo(ADJUST.genderMismatch);
    expect(f.reasons[0]).toMatch(/gender female differs/);
  });

  test('when a strong identifier is equal (formatting aside), then it is decisive', () => {
    const f = compareFeatures(t({ identifiers: [{ type: 'imo', value: 'IMO 9187629' }] }), t({ identifiers: [{ type: 'imo', value: 'imo9187629' }] }));
    expect(f.decisive).toBe(true);
    expect(f.features.identifier).toBe('match');
  });

  test('when registration numbers of the same type differ, then the score is lowered', () => {
    const f = compareFeatures(t({ identifiers: [{ type: 'inn', value: '7701234567' }] }), t({ identifiers: [{ type: 'inn', value: '7800000000' }] }));
    expect(f.decisive).toBe(false);
    expect(f.features.identifier).toBe('conflict');
    expect(f.adjust).toBeCloseTo(ADJUST.idConflict);
  });

  test('when passports of different countries carry the same number, then they neither match nor conflict', () => {
    const f = compareFeatures(
      t({ identifiers: [{ type: 'passport', value: 'A123', country: 'RU' }] }),
      t({ identifiers: [{ type: 'passport', value: 'A123', country: 'UA' }] }),
    );
    expect(f.decisive).toBe(false);
    expect(f.features.identifier).toBeUndefined();
  });
});
