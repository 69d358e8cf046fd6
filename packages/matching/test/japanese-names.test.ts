import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, screen, skeletonSim } from '../src';
import { isJapaneseHan, japaneseSegments, katakanaLetters } from '../src/normalize/japanese-glossary';
import { prepareName } from '../src/normalize/prepare';

/**
 * Japanese organisation names against their English and Hepburn forms (normalize/japanese-glossary.ts): kanji words
 * read by meaning (a sourced glossary, longest match), katakana loanwords compared word by word by their consonant
 * skeleton (normalize/skeleton-match.ts, kana profile). Rows are public companies and listed organisations; each says
 * which convention it exercises.
 */
const org = (name: string): EntityInput => EntityInputSchema.parse({ name, type: 'organization' }) as EntityInput;
const T = 0.77;

describe('a Japanese name cut into words', () => {
  test.each<[string, string[], string]>([
    ['学術生産団体イジュマシュ', ['学術', '生産', '団体', 'イジュマシュ'], 'a kanji run cut at the glossary words by longest match'],
    ['エーレベル航空システムズCST', ['エーレベル', '航空', 'システムズ', 'CST'], 'the script changes are word boundaries'],
    ['ザラ・アエロ・グループ', ['ザラ', 'アエロ', 'グループ'], 'the middle dot separates words'],
    ['三菱重工業', ['三菱', '重工業'], 'the longest glossary word wins (重工業, not 重工 + 業)'],
    ['東京電力', ['東京', '電力'], 'characters outside the glossary stay one word'],
    ['ソニーグループ', ['ソニー', 'グループ'], 'a katakana run ending in a loanword naming a kind of organisation'],
    ['アクアマリン', ['アクアマリン'], 'a sector loanword inside a longer katakana run stays part of it (マリン)'],
    ['党', ['党'], 'a one-character word alone'],
    ['政党名', ['政党名'], 'a one-character word inside a run of other characters is not cut out'],
  ])('%s → %j (%s)', (name, words) => {
    expect(japaneseSegments(name).map((s) => s.text)).toEqual(words);
  });
});

describe('initialisms spelt by the letters’ names in katakana', () => {
  test.each<[string, string | undefined, string]>([
    ['エヌピーオー', 'NPO', 'NPO, the Russian scientific production association'],
    ['ケイディディアイ', 'KDDI', 'short ディ'],
    ['ジェイエスシー', 'JSC', 'a legal form spelt out'],
    ['エー', 'A', 'one letter (エー・レベル)'],
    ['シティ', undefined, 'city: シ alone is a syllable, not C'],
    ['エース', undefined, 'ace: ス is no letter name'],
    ['ドコモ', undefined, 'a word'],
  ])('%s → %s (%s)', (kana, latin) => {
    expect(katakanaLetters(kana)).toBe(latin);
  });
  test.each<[string, string, string]>([
    ['エヌ・ティ・ティ・ドコモ', 'NTT Docomo Inc', 'letters a word each, joined as an initialism'],
    ['エヌピーオー・イジュマシュ', 'NPO Izhmash', 'letters in one word'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(true);
  });
});

describe('Japanese generic words read by meaning', () => {
  test.each<[string, string[], string]>([
    ['学術生産団体イジュマシュ', ['gakujutsu', 'seisan', 'dantai', 'ijumashu'], 'Hepburn readings as the surfaces'],
    ['ミツビシ重工業', ['mitsubishi', 'jukogyo', 'jukogyo'], 'two English words (heavy industries) of one Japanese word'],
  ])('%s reads %j (%s)', (name, surfaces) => {
    expect(prepareName(name, 'organization').ascii).toEqual(surfaces);
  });
  test('製造 is no Latin legal form (pinyin "zhi zao" would read ZAO)', () => {
    expect(prepareName('イジェフスク機械製造工場', 'organization').keys.some((k) => k.startsWith('#'))).toBe(false);
  });
  test('a person’s name is not glossed', () => {
    expect(prepareName('ヤマダ タロウ', 'person').gloss).toBeUndefined();
  });
  test('a name of unknown type with a word naming a kind of organisation is read as an organisation’s (株式会社 one legal form)', () => {
    const u = (name: string) => EntityInputSchema.parse({ name, type: 'unknown' }) as EntityInput;
    expect(compare(u('株式会社学術生産団体イジュマシュ'), u('Scientific Production Association Izhmash Joint Stock Company'), T).match).toBe(true);
  });
  test.each<[string, boolean, string]>([
    ['朝鮮鉱業開発貿易会社', true, 'shinjitai 鉱, 発 and the company word 会社'],
    ['日本製鉄', true, 'shinjitai 鉄'],
    ['中国石油天然气集团公司', false, 'simplified Chinese'],
    ['中國石油天然氣集團公司', false, 'traditional Chinese'],
    ['三星電子株式會社', false, 'Korean hanja (會社)'],
    ['トヨタ自動車', false, 'kana: Japanese by its kana already'],
  ])('%s is Japanese kanji: %s (%s)', (name, yes) => {
    expect(isJapaneseHan(name)).toBe(yes);
  });
});

describe('Japanese organisation names against English and Hepburn names', () => {
  test.each<[string, string, string]>([
    ['株式会社学術生産団体イジュマシュ', 'Scientific Production Association Izhmash Joint Stock Company', 'Russian NPO as rendered in Japanese notices'],
    ['公開株式会社 イジェフスク機械製造工場', "Izhevskiy Mashinostroitel'nyi Zavod OAO", '機械製造 machine-building ~ the transliterated Russian adjective'],
    ['エーレベル航空システムズ', 'A-Level Aerosystems', '航空 aero + システムズ systems written solid in English'],
    ['ザラ・アエロ・グループ無人システム', 'ZALA AERO GROUP Unmanned Systems', '無人 unmanned; a singular loanword for a plural'],
    ['朝鮮鉱業開発貿易会社', 'Korea Mining Development Trading Corporation', 'kanji only (KOMID): every word translated'],
    ['ミツビシ重工業株式会社', 'Mitsubishi Jukogyo Kabushiki Kaisha', 'a Hepburn rendering of the generic words'],
    ['日本郵船株式会社', 'Nippon Yusen Kabushiki Kaisha', 'Hepburn 日本 Nippon, 郵船 Yusen'],
    ['カワサキ汽船株式会社', 'Kawasaki Kisen Kaisha Ltd', 'Hepburn kaisha as a legal form'],
    ['トヨタ自動車株式会社', 'Toyota Motor Corporation', '自動車 motor'],
    ['ソニーグループ株式会社', 'Sony Group Corporation', 'グループ written solid with the name'],
    ['ミツビシ重工業株式会社', 'Mitsubishi Heavy Industries Ltd', '重工業 heavy industries'],
    ['ロシア連邦保安庁', 'Federal Security Service', '連邦 federal, 保安 security, 庁 service; the country word left out'],
    ['ロシア連邦中央銀行', 'Central Bank of the Russian Federation', '中央 central, 銀行 bank'],
    ['イラン・イスラム共和国革命防衛隊', 'Islamic Revolutionary Guard Corps', '防衛隊 guard corps; a country word left out'],
    ['ロスアトム国営原子力企業', 'Rosatom State Atomic Energy Corporation', '原子力 atomic energy, 企業 corporation'],
    ['統一造船会社', 'United Shipbuilding Corporation', 'kanji only (the shinjitai 会社)'],
    ['タクティカル・ミサイル株式会社', 'Tactical Missiles Corporation JSC', 'a singular loanword for an English plural'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(true);
  });
  test.each<[string, string, string]>([
    ['トヨタ自動車株式会社', 'Honda Motor Co Ltd', 'another distinctive word, same sector'],
    ['日本郵船株式会社', 'Nippon Steel Corporation', 'another sector word is another company'],
    ['株式会社学術生産団体イジュマシュ', 'Scientific Production Association Almaz Joint Stock Company', 'only the generic words agree'],
    ['朝鮮鉱業開発貿易会社', 'Korea Ryonbong General Corporation', 'only the country and the kind of organisation agree'],
    ['ザラ・アエロ・グループ', 'Aero Group LLC', 'the distinctive loanword differs'],
    ['ロシア連邦保安庁', 'Federal Protective Service of the Russian Federation', '保安 security is not protective'],
    ['統一造船会社', 'United Aircraft Corporation', 'another sector word'],
    ['ロスアトム国営原子力企業', 'Rostec State Corporation', 'another distinctive word'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(compare(org(a), org(b), T).match).toBe(false);
  });
});

describe('katakana loanwords against English words by consonant skeleton', () => {
  test.each<[string, string, string]>([
    ['shisutemu', 'system', 'epenthetic vowels; y between consonants is a vowel'],
    ['shisutemuzu', 'systems', 'English plural s as ズ'],
    ['tekunorojii', 'technology', 'ch read k (ク); long vowel ー'],
    ['kooporeeshon', 'corporation', '-tion as ション'],
    ['soryuushonzu', 'solutions', '-tion as ション, plural ズ'],
    ['reberu', 'level', 'l/r and v/b'],
    ['ijumashu', 'izhmash', 'zh as ジュ, final epenthetic u'],
    ['kontsuerun', 'concern', 'German Konzern: ツェ'],
  ])('%s ~ %s (%s)', (kana, latin) => {
    expect(skeletonSim(kana, latin, 'kana')).toBeGreaterThanOrEqual(0.9);
  });
  test.each<[string, string, string]>([
    ['shisutemu', 'stem', 'a consonant left out of a short word'],
    ['tekunorojii', 'theology', 'another word sharing consonants'],
    ['reberu', 'ribbon', 'another final consonant'],
    ['suzuki', 'sasaki', 'z and s are two Japanese sounds: ズ reads s only as a final plural'],
  ])('%s ≁ %s (%s)', (kana, latin) => {
    expect(skeletonSim(kana, latin, 'kana')).toBe(0);
  });
});

describe('Japanese organisation names through screen() (the index retrieval, not only compare())', () => {
  // (a small list: its rarity weights are not a real list's, so only names whose words are all rare here)
  const latin = [
    'Korea Mining Development Trading Corporation', 'Scientific Production Association Izhmash Joint Stock Company',
    'Federal Security Service', 'Islamic Revolutionary Guard Corps', 'United Shipbuilding Corporation', 'A-Level Aerosystems',
    // distractors sharing generic words
    'Korea Ryonbong General Corporation', 'Scientific Production Association Almaz JSC', 'Federal Protective Service',
    'Islamic Republic of Iran Shipping Lines', 'United Aircraft Corporation', 'Aero Systems Engineering',
  ];
  const entities = latin.map((name, i): CanonicalEntity => ListEntitySchema.parse({ id: `sample:j${i}`, source: 'sample', sourceId: String(i), type: 'organization', name }));
  const index = buildIndex(entities, { source: 'sample', version: '1' });
  test.each<[string, number]>([
    ['朝鮮鉱業開発貿易会社', 0],
    ['株式会社学術生産団体イジュマシュ', 1],
    ['ロシア連邦保安庁', 2],
    ['統一造船会社', 4],
    ['エーレベル航空システムズ', 5],
  ])('%s finds the listed English name first', (q, i) => {
    const [top] = screen(org(q), index, { threshold: T, limit: 3 });
    expect({ id: top?.entity.id, match: top?.match }).toEqual({ id: entities[i]!.id, match: true });
  });
  test('a listed Japanese name is found by its English name', () => {
    const ja = ListEntitySchema.parse({ id: 'sample:jp', source: 'sample', sourceId: 'jp', type: 'organization', name: '朝鮮鉱業開発貿易会社' });
    const ix = buildIndex([ja, ...entities.slice(6)], { source: 'sample', version: '1' });
    const [top] = screen(org('Korea Mining Development Trading Corporation'), ix, { threshold: T, limit: 3 });
    expect({ id: top?.entity.id, match: top?.match }).toEqual({ id: 'sample:jp', match: true });
  });
});
