import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, screen } from '../src';

/**
 * Script names of short words (two or three consonants: Hun, Sen, Katz, Dan, Bob) through screen(), i.e. through the
 * index's retrieval, not only through compare(): the coarse consonant key has too few groups to look them up by, so
 * short words are filed under their exact consonant classes (skeleton-match.ts latinShortKeys / scriptShortKeys).
 * The list holds the Latin name among distractors sharing their coarse keys. Examples are public persons, not the
 * real-world bench pairs.
 */
const T = 0.77;
const person = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'person' }) as EntityInput;

// [class, query in its script, listed Latin name]
const pairs: Array<[string, string, string]> = [
  ['script_hebrew', 'דן חלוץ', 'HALUTZ, Dan'],
  ['script_hebrew', 'בני גנץ', 'GANTZ, Benny'],
  ['script_hebrew', 'ישראל כץ', 'KATZ, Israel'],
  ['script_hebrew', 'עמיר פרץ', 'PERETZ, Amir'],
  ['script_hebrew', 'דוד בן גוריון', 'BEN-GURION, David'],
  ['script_khmer', 'ហ៊ុន ម៉ានី', 'HUN, Many'],
  ['script_khmer', 'សាយ ឈុំ', 'SAY, Chhum'],
  ['script_khmer', 'ស ខេង', 'SAR, Kheng'],
  ['script_thai', 'ชาติชาย ชุณหะวัณ', 'CHOONHAVAN, Chatichai'],
  ['script_thai', 'สุรยุทธ์ จุลานนท์', 'CHULANONT, Surayud'],
  // hyphenated syllables of a family name against the name written as one word
  ['script_thai', 'บรรหาร ศิลปอาชา', 'SILPA-ARCHA, Banharn'],
  ['script_japanese', 'ボブ・ディラン', 'DYLAN, Bob'],
  ['script_japanese', 'ジョン・ケリー', 'KERRY, John'],
  // ン for the velar nasal of "ng"
  ['script_japanese', 'キム・ジョンイル', 'KIM, Jong Il'],
];

// other persons sharing a word or most consonants: found or not, ranked below the listed name
// (not "KERR, Jon" for ジョン・ケリー: consonant skeletons do not tell Kerr from Kerry, the kana vowels would)
const distractors = [
  'HAN, Sun', 'HON, Sen', 'HUNT, Manny', 'KATZ, Isaac', 'GANZ, Bernard', 'PEREZ, Amira', 'DILLON, Bob', 'KERRIGAN, John', 'KIM, Jong Un',
  'SAYED, Chum', 'SAAR, Kang', 'CHAN, Chai', 'CHULA, Surin', 'SILVA, Archer', 'HALUT, Dean', 'GURION, Daud', 'BENNY, Gans',
];
// filler: many short Latin names, so that short keys meet crowded buckets as in a real list
const syll = ['han', 'hun', 'son', 'san', 'sen', 'dan', 'den', 'kat', 'kim', 'lee', 'bob', 'ben', 'tan', 'tin', 'man', 'min', 'sam', 'sim', 'ali', 'omar'];
const filler = syll.flatMap((a) => syll.map((b) => `${a.toUpperCase()}${b === a ? 'A' : ''}, ${b[0]!.toUpperCase()}${b.slice(1)}o`));

let n = 0;
const listed = (name: string): CanonicalEntity => ListEntitySchema.parse({ id: `sample:s${n}`, source: 'sample', sourceId: String(n++), type: 'person', name });
const entities = [...pairs.map(([, , l]) => listed(l)), ...distractors.map(listed), ...filler.map(listed)];
const index = buildIndex(entities, { source: 'sample', version: '1' });

describe('short script words through screen() over a list holding the Latin name', () => {
  test.each(pairs.map((p, i) => [...p, i] as const))('%s: "%s" finds "%s"', (_cls, q, l, i) => {
    // compare() first: the retrieval must find what the comparison accepts
    expect(compare(person(q), person(l), T).match).toBe(true);
    const found = screen(person(q), index, { threshold: T, limit: 10 });
    const hit = found.find((m) => m.entity.id === entities[i]!.id);
    expect({ name: l, match: hit?.match ?? false }).toEqual({ name: l, match: true });
    // and it ranks first: no distractor matches better
    expect(found[0]?.entity.id).toBe(entities[i]!.id);
  });
});

describe('split, glued and cut names through screen()', () => {
  const orgs = ['SOVCOMFLOT', 'SOVCOMBANK', 'ALQAIDA', "Limited Liability Company responsibility 'Depository and corporate technologies'", 'HAMAS', 'PUTILIN, Vladimir']
    .map((name, i): CanonicalEntity => ListEntitySchema.parse({ id: `sample:o${i}`, source: 'sample', sourceId: String(i), type: i === 5 ? 'person' : 'organization', name }));
  const oi = buildIndex(orgs, { source: 'sample', version: '1' });
  const q = (name: string, type = 'organization') => EntityInputSchema.parse({ name, type }) as EntityInput;
  test.each([
    ['Sov Com Flot', 'sample:o0'],
    ['Al Qaida', 'sample:o2'],
    ['Limited Liability Company responsib', 'sample:o3'],
    ['Hama5', 'sample:o4'],
  ])('"%s" finds %s', (name, id) => {
    const [top] = screen(q(name), oi, { threshold: T, limit: 3 });
    expect({ id: top?.entity.id, match: top?.match }).toEqual({ id, match: true });
  });
  test('a glued query with a near surname is no match ("VladimirPutin" is not PUTILIN)', () => {
    expect(screen(q('VladimirPutin', 'person'), oi, { threshold: T, limit: 3 }).filter((m) => m.match)).toEqual([]);
  });
  test('generic legal-form words alone carry no match', () => {
    expect(screen(q('Limited Liability Company'), oi, { threshold: T, limit: 3 }).filter((m) => m.match)).toEqual([]);
  });
});
