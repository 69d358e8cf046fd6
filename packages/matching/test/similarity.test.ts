import { align, credit, editDistance, INITIAL_SIM, jaroWinkler, Kind, prepareName, tokenSim, tokenWeight, type WeightedName } from '../src';

const N = Kind.Normal;

function weighed(name: string, type: 'person' | 'organization' = 'person'): WeightedName {
  const p = prepareName(name, type);
  return { ...p, weights: p.keys.map((k, i) => tokenWeight(k, p.ascii[i]!, p.kinds[i]!, undefined)) };
}

describe('token similarity', () => {
  test.each([
    ['kitten', 'sitting', 1, 2],
    ['dubinyak', 'dbuinyak', 1, 1],
    ['abc', 'abc', 1, 0],
    ['abcdef', 'ghijkl', 2, 3],
  ])('when the edit distance of "%s" and "%s" is bounded by %i, then it is %i', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });

  test('when Jaro-Winkler compares equal, disjoint and close words, then it orders them', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });

  test.each([
    ['typo', 'lidia', N, 'lidiv', N, (s: number) => s >= 0.9],
    ['transposition', 'dubiniak', N, 'dbuiniak', N, (s: number) => s >= 0.9],
    ['another given name', 'igor', N, 'ivan', N, (s: number) => s === 0],
    ['a one-letter change in a short name', 'omar', N, 'amar', N, (s: number) => s === 0.9],
    ['different short words', 'kim', N, 'kum', N, (s: number) => s === 0],
    ['an initial and its name', 'h', Kind.Initial, 'hugo', N, (s: number) => s === INITIAL_SIM],
    ['an initial and another name', 'h', Kind.Initial, 'armando', N, (s: number) => s === 0],
    ['two different legal forms', '#llc', Kind.Legal, '#jsc', Kind.Legal, (s: number) => s === 0],
    ['two different numbers', '11420', Kind.Number, '11421', Kind.Number, (s: number) => s === 0],
  ])('when comparing %s, then the similarity is as expected', (_what, a, ka, b, kb, ok) => {
    expect(ok(tokenSim(a, ka, b, kb))).toBe(true);
  });

  test('when an initial is compared, then its surface letter counts, not the folded key', () => {
    // "Khalid" keys to "halid"; the initial K. still stands for it
    expect(tokenSim('k', Kind.Initial, 'halid', N, 'k', 'khalid')).toBe(INITIAL_SIM);
  });

  test('when similarity falls, then credit falls with it and an exact word earns full credit', () => {
    expect(credit(1)).toBe(1);
    expect(credit(0.95)).toBeGreaterThan(credit(0.88));
    expect(credit(0.88)).toBeLessThan(1);
  });
});

describe('name alignment', () => {
  test('when the query is the listed name in another order, then the score is 1', () => {
    expect(align(weighed('Hugo Armando Carvajal Barrios'), weighed('CARVAJAL BARRIOS, Hugo Armando'), true).score).toBe(1);
  });

  test('when a middle name is left out, then the score drops a little; when the surname is left out, much more', () => {
    const full = weighed('SHAYESTEH, Bahram Ali');
    const noMiddle = align(weighed('Bahram Shayesteh'), full, true).score;
    const noSurname = align(weighed('Bahram Ali'), full, true).score;
    expect(noMiddle).toBeGreaterThan(0.85);
    expect(noSurname).toBeLessThan(noMiddle - 0.15);
  });

  describe('a query with a part the listed name lacks (align.ts QUERY_MIDDLE_LAMBDA)', () => {
    const sc = (a: string, b: string, type: 'person' | 'organization' = 'person') => align(weighed(a, type), weighed(b, type), type === 'person').score;
    test.each([
      // [query with an extra middle name, listed name]
      ['Kalev Mutondo Mutoid', 'MUTOID, Kalev'],
      ['Juan Carlos Garcia', 'GARCIA, Juan'],
      ['Bahram Ali Shayesteh', 'SHAYESTEH, Bahram'],
      ['Ivan Ivanovich Petrov', 'PETROV, Ivan'],
      ['Hugo A. Carvajal', 'CARVAJAL, Hugo'],
    ])('when "%s" carries a middle name that "%s" lacks, then it costs as a listed given name left out does', (a, b) => {
      const extra = sc(a, b);
      // the same omission on the listed side: the listed name carries the middle name, the query lacks it
      const words = a.split(' ');
      const mirrored = sc(`${words[0]} ${words[words.length - 1]}`, `${words[words.length - 1]!.toUpperCase()}, ${words.slice(0, -1).join(' ')}`);
      expect(extra).toBeGreaterThan(0.85);
      expect(Math.abs(extra - mirrored)).toBeLessThan(0.05);
    });

    test.each([
      // an extra word at an end of the name: a surname (either order) or a first given name of another person
      ['Kalev Mutoid Mutondo', 'Kalev Mutoid'],
      ['Bahram Shayesteh Karimi', 'Bahram Shayesteh'],
      // the query marks the extra word as its surname
      ['MUTONDO, Kalev Mutoid', 'Kalev Mutoid'],
    ])('when "%s" carries a surname-like part that "%s" lacks, then it costs in full', (a, b) => {
      expect(sc(a, b)).toBeLessThan(0.82);
      expect(sc(a, b)).toBeLessThan(sc('Kalev Mutondo Mutoid', 'Kalev Mutoid') - 0.08);
    });

    test('an extra middle name costs less than a mismatched word (another given name in its place)', () => {
      expect(sc('Kalev Mutondo Mutoid', 'Kalev Mutoid')).toBeGreaterThan(sc('Mutondo Mutoid', 'Kalev Mutoid') + 0.1);
      expect(sc('Kalev Mutondo Mutoid', 'Kalev Mutoid')).toBeGreaterThan(sc('Kalev Mutondo Mutoid', 'Kalev Aivar Mutoid') + 0.05);
    });

    test('when a company name carries an extra distinctive word, then it costs in full', () => {
      expect(sc('Golden Lotus Falcon Trading', 'GOLDEN FALCON TRADING', 'organization')).toBeLessThan(sc('Kalev Mutondo Mutoid', 'Kalev Mutoid') - 0.05);
    });
  });

  test('when given names are initials, then they pair with the names they stand for', () => {
    const a = align(weighed('H. A. Carvajal Barrios'), weighed('CARVAJAL BARRIOS, Hugo Armando'), true);
    expect(a.pairs.map((p) => `${p.q}-${p.c}`)).toEqual(expect.arrayContaining(['h-hugo', 'a-armando']));
    expect(a.score).toBeGreaterThan(0.85);
  });

  test('when only the listed name has an initial, then the query word it stands for is barely confirmed', () => {
    const queryInitial = align(weighed('A. Ahmed'), weighed('AHMED, Assiri'), true).score;
    const listedInitial = align(weighed('Assiri Ahmed'), weighed('AHMED, A.'), true).score;
    expect(queryInitial).toBeGreaterThan(0.9);
    expect(listedInitial).toBeLessThan(0.85);
  });

  test('when a word is written as two, then the merged form still aligns', () => {
    const a = align(weighed('JSCARGUMENT', 'organization'), weighed('JSC ARGUMENT', 'organization'), false);
    expect(a.score).toBeGreaterThan(0.9);
    expect(a.extraQuery).toEqual([]);
  });

  test('when each side holds a distinctive word the other lacks, then it is scored as another party', () => {
    const swap = align(weighed('Mizban Kenar'), weighed('KENAR, Ufuk'), true).score;
    const omission = align(weighed('Ufuk Kenar'), weighed('KENAR, Ufuk Mehmet'), true).score;
    expect(swap).toBeLessThan(0.6);
    expect(omission).toBeGreaterThan(0.85);
  });

  test('when only generic business words are shared, then the score stays low', () => {
    const a = align(weighed('Global Trading Company Limited', 'organization'), weighed('HAQQANI TRADING COMPANY', 'organization'), false);
    expect(a.score).toBeLessThan(0.6);
  });

  test('when only stop words or legal forms are shared, then the score is 0', () => {
    expect(align(weighed('Alpha of the LLC', 'organization'), weighed('Beta of the LLC', 'organization'), false).score).toBe(0);
  });
});
