import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { type CanonicalEntity, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, screen, skeletonSim } from '../src';

/**
 * Names in scripts romanised without (reliable) vowels or with epenthetic ones, against their Latin list spelling
 * (normalize/skeleton-match.ts). Examples are public persons, not the real-world bench pairs.
 */
const e = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'person' }) as EntityInput;
const T = 0.77;

// [class, query in its script, listed Latin name]
const matches: Array<[string, string, string]> = [
  ['script_hebrew', 'גולדה מאיר', 'MEIR, Golda'],
  ['script_hebrew', 'אביגדור ליברמן', 'LIEBERMAN, Avigdor'],
  ['script_hebrew', 'נפתלי בנט', 'BENNETT, Naftali'],
  ['script_hebrew', 'יאיר לפיד', 'LAPID, Yair'],
  ['script_arabic', 'خالد مشعل', 'MESHAAL, Khaled'],
  ['script_arabic', 'هبة الله اخوندزاده', 'HIBATULLAH AKHUNDZADA'],
  ['script_arabic', 'سراج الدين حقاني', 'SIRAJUDDIN HAQQANI'],
  ['script_persian', 'محمد جواد ظريف', 'ZARIF, Mohammad Javad'],
  // ayn and initial alef read as vowels (عيسى Isa), titles weigh nothing (شيخ), Persian suffixes joined (… زاده)
  ['script_arabic', 'عيسى عبد الكريم', 'ISA ABDUL KARIM'],
  ['script_arabic', 'شيخ عمر بكري', 'OMAR BAKRI'],
  // a one-word name romanised without vowels is no acronym (فيصل "fysl" is Faisal)
  ['script_arabic', 'فيصل', 'FAISAL'],
  ['script_persian', 'امان الله آخوند زاده', 'AMANULLAH AKHUNDZADA'],
  // two written words against one Latin word
  ['script_persian', 'گل آغا', 'GULAGHA'],
  ['script_japanese', 'ミハイル・ゴルバチョフ', 'GORBACHEV, Mikhail'],
  ['script_japanese', 'ジョージ・ブッシュ', 'BUSH, George'],
  ['script_japanese', 'ボリス・ジョンソン', 'JOHNSON, Boris'],
  ['script_japanese', 'バッシャール・アル＝アサド', 'AL-ASSAD, Bashar'],
  ['script_thai', 'ชวน หลีกภัย', 'LEEKPAI, Chuan'],
  ['script_thai', 'ประวิตร วงษ์สุวรรณ', 'WONGSUWAN, Prawit'],
  ['script_khmer', 'ហេង សំរិន', 'HENG, Samrin'],
  ['script_khmer', 'ស ខេង', 'SAR, Kheng'],
  // Korean given names also in the usual eo → u spelling, syllables apart (Moon Jae-in, Yoon Suk-yeol)
  ['script_korean', '정성택', 'JUNG, Sung-taek'],
  // Greek digraphs as ELOT 743 reads them (ου ou, ευ ev, initial μπ b)
  ['script_greek', 'Γιώργος Μπακογιάννης', 'BAKOYANNIS, Giorgos'],
  ['script_greek', 'Ευάγγελος Βενιζέλος', 'VENIZELOS, Evangelos'],
  ['script_greek', 'Δημήτρης Κουτσούμπας', 'KOUTSOUMPAS, Dimitris'],
];

// another person sharing a word: the skeleton must tell them apart
const nonMatches: Array<[string, string, string]> = [
  ['script_arabic', 'حسن روحاني', 'HUSSEIN, Rouhani'],
  ['script_japanese', 'ミハイル・ゴルバチョフ', 'GORBUNOV, Mikhail'],
  ['script_japanese', 'プーチン', 'PUTILIN'],
  ['script_thai', 'ชวน หลีกภัย', 'LEEKPAI, Chai'],
  ['script_hebrew', 'יאיר לפיד', 'LAPID, Yoram'],
];

const o = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'organization' }) as EntityInput;

describe('legal forms written in Han characters, kana or Hangul are legal forms', () => {
  test.each([
    ['株式会社カラシニコフ', 'KALASHNIKOV JSC'],
    ['スホーイ有限会社', 'SUKHOI LLC'],
    ['주식회사 대동', 'DAEDONG JSC'],
    ['Εταιρεία Περιορισμένης Ευθύνης Ολυμπος', 'OLYMPOS LLC'],
    ['公開 株式会社 ウラル', 'URAL JSC'],
  ])('"%s" matches "%s"', (q, l) => {
    expect(compare(o(q), o(l), T).match).toBe(true);
  });
});

describe('names written without vowels or with epenthetic ones meet their Latin spelling by consonant skeleton', () => {
  test.each(matches)('%s: "%s" matches "%s"', (_cls, q, l) => {
    expect(compare(e(q), e(l), T).match).toBe(true);
  });
  test.each(nonMatches)('%s: "%s" does not match "%s"', (_cls, q, l) => {
    expect(compare(e(q), e(l), T).match).toBe(false);
  });

  test.each([
    ['hsyn', 'hussein', 'arabic', true],
    ['hsn', 'hussein', 'arabic', false],
    ['mnn', 'manan', 'arabic', true],
    ['qsmy', 'gasmi', 'arabic', true],
    ['dhqn', 'dehghan', 'arabic', true],
    ['vnymyn', 'benjamin', 'hebrew', true],
    ['ytshk', 'yitzhak', 'hebrew', true],
    ['urajiimiru', 'vladimir', 'kana', true],
    ['puuchin', 'putin', 'kana', true],
    ['puuchin', 'putilin', 'kana', false],
    ['raburofu', 'lavrenov', 'kana', false],
  ] as const)('skeleton of "%s" against "%s" (%s): similar %s', (s, l, p, same) => {
    expect(skeletonSim(s, l, p) > 0).toBe(same);
  });
});

describe('an index finds listed Latin names for queries in these scripts (screen, as the API screens)', () => {
  const listed = ['MEIR, Golda', 'LIEBERMAN, Avigdor', 'LEEKPAI, Chuan', 'HENG, Samrin', 'GORBACHEV, Mikhail', 'MESHAAL, Khaled', 'LAPID, Yair', 'GOLD, Dore', 'BENNETT, Naftali']
    .map((name, i): CanonicalEntity => ListEntitySchema.parse({ id: `sample:t${i}`, source: 'sample', sourceId: String(i), type: 'person', name }));
  const index = buildIndex(listed, { source: 'sample', version: '1' });
  test.each([
    ['גולדה מאיר', 'sample:t0'],
    ['אביגדור ליברמן', 'sample:t1'],
    ['ชวน หลีกภัย', 'sample:t2'],
    ['ហេង សំរិន', 'sample:t3'],
    ['ミハイル・ゴルバチョフ', 'sample:t4'],
    ['خالد مشعل', 'sample:t5'],
    ['נפתלי בנט', 'sample:t8'],
  ])('"%s" finds %s', (name, id) => {
    const found = screen(EntityInputSchema.parse({ name, type: 'person' }) as EntityInput, index, { threshold: T, limit: 3 });
    expect(found[0]?.entity.id).toBe(id);
  });
});
