import { toAscii } from './ascii';
import { type Gloss, glossFrom } from './arabic-glossary';

/**
 * The generic vocabulary of Japanese organisation names, with the English words lists translate them by and the
 * Hepburn reading Latin lists use when they romanise instead of translate (三菱重工業 "Mitsubishi Jukogyo", 日本郵船
 * "Nippon Yusen", 川崎汽船 "Kawasaki Kisen"). A company listed as "A-Level Aerosystems" is written エーレベル航空システムズ
 * in Japanese: 航空 is a translation (aero-, aviation), システムズ a loanword (systems). No skeleton comparison can meet
 * a translation, and any-ascii reads kanji in Mandarin pinyin (航空 "hang kong", 製造 "zhi zao" — and "zao" is also
 * the Russian legal form ZAO). The words below are read as their English counterparts instead; kanji runs are cut
 * into them by longest match (normalize/prepare.ts), and the words of a run that are not here stay one word.
 *
 * Only generic words: kinds of organisation, sectors and trade words, the adjectives of organisation names, country
 * names as organisation names use them, and the katakana loanwords of the same vocabulary — never a word that is
 * itself a distinctive or personal name. Compiled from knowledge of these sources (not copied from them):
 * - JMdict/EDICT, the Electronic Dictionary Research and Development Group (J. W. Breen; CC BY-SA 4.0): the English
 *   senses (the sense organisation names use) and the katakana loanword (gairaigo) entries;
 * - the English company-name conventions of Japanese practice: the Ministry of Justice's Japanese Law Translation
 *   Standard Bilingual Dictionary (日本法令外国語訳 標準対訳辞書: 株式会社 stock company, 公社 public corporation, 法人
 *   corporation, 組合 association/union, 団体 organisation/association), the registered English names of Japanese
 *   companies (商業登記規則 allows a Latin trade name since 2002; 重工業 "Heavy Industries", 商事 "Corporation"/
 *   "Trading", 製作所 "Works"/"Manufacturing", 研究所 "Research Institute"/"Laboratory") and JETRO's English names
 *   of Japanese trade terms;
 * - for the Hepburn readings: Kenkyusha's New Japanese-English Dictionary, 5th ed. (2003), long vowels written
 *   short as company names write them (kōgyō → kogyo; normalize/scripts.ts shortens kana readings the same way);
 * - for the Japanese renderings of Russian and Korean organisation words in sanctions notices (学術生産団体 for
 *   научно-производственное объединение, scientific production association; 公開株式会社 for ОАО, cjk-legal-forms.ts):
 *   the Ministry of Foreign Affairs of Japan's published lists of designated parties (外務省 資産凍結等の措置の対象).
 *
 * Each row: forms (space-separated: kanji, old/new character forms, katakana), the Hepburn reading ('' for katakana
 * loanwords, which are read by their kana), the English (space-separated words the form stands for; a word's
 * alternatives joined by '/'), and what the word is: 'head' (a kind of organisation: makes a name of unknown type an
 * organisation's), 'stop' (a particle), or nothing.
 */
type Entry = [forms: string, reading: string, english: string, what?: 'head' | 'stop'];

const ENTRIES: Entry[] = [
  // kinds of organisation and their parts (JMdict; Standard Bilingual Dictionary)
  ['会社', 'kaisha', 'company/corporation', 'head'],
  ['公社', 'kosha', 'public/state corporation/company', 'head'],
  ['公団', 'kodan', 'public/state corporation/company', 'head'],
  ['企業', 'kigyo', 'enterprise/company/corporation', 'head'],
  ['商会', 'shokai', 'trading/company', 'head'],
  ['商事', 'shoji', 'trading/commercial company/corporation', 'head'],
  ['商社', 'shosha', 'trading company/corporation', 'head'],
  ['物産', 'bussan', 'trading/products', 'head'],
  ['集団', 'shudan', 'group', 'head'],
  ['企業集団', 'kigyoshudan', 'group', 'head'],
  ['団体', 'dantai', 'association/organization/group', 'head'],
  ['協会', 'kyokai', 'association/society', 'head'],
  ['組合', 'kumiai', 'association/union/cooperative', 'head'],
  ['連合', 'rengo', 'union/association/federation', 'head'],
  ['連合会', 'rengokai', 'federation/union/association', 'head'],
  ['財団', 'zaidan', 'foundation', 'head'],
  ['財団法人', 'zaidanhojin', 'foundation', 'head'],
  ['法人', 'hojin', 'corporation/company', 'head'],
  ['機構', 'kiko', 'organization/agency', 'head'],
  ['機関', 'kikan', 'agency/organization/institution', 'head'],
  ['組織', 'soshiki', 'organization', 'head'],
  ['委員会', 'iinkai', 'committee/commission', 'head'],
  ['評議会', 'hyogikai', 'council', 'head'],
  ['研究所', 'kenkyujo/kenkyusho', 'research institute/laboratory', 'head'],
  ['研究院', 'kenkyuin', 'research institute/academy', 'head'],
  ['研究', 'kenkyu', 'research', undefined],
  ['学院', 'gakuin', 'institute/academy/college', 'head'],
  ['大学', 'daigaku', 'university', 'head'],
  ['学会', 'gakkai', 'society/association', 'head'],
  ['製作所', 'seisakusho', 'works/manufacturing/plant', 'head'],
  ['工場', 'kojo', 'plant/factory/works', 'head'],
  ['工廠', 'kosho', 'arsenal/plant/works', 'head'],
  ['設計局', 'sekkeikyoku', 'design bureau', 'head'],
  ['局', 'kyoku', 'bureau/office/agency', 'head'],
  ['省', 'sho', 'ministry', 'head'],
  ['銀行', 'ginko', 'bank', 'head'],
  ['本社', 'honsha', 'headquarters/office', undefined],
  ['支店', 'shiten', 'branch', undefined],
  ['事務所', 'jimusho', 'office/bureau', 'head'],
  ['代表部', 'daihyobu', 'representative mission/office', 'head'],
  ['党', 'to', 'party', 'head'],
  ['軍', 'gun', 'army/forces', 'head'],
  ['部隊', 'butai', 'unit/forces', 'head'],
  ['庁', 'cho', 'agency/service/office', 'head'],
  ['総局', 'sokyoku', 'main/general directorate/administration', 'head'],
  ['司令部', 'shireibu', 'command/headquarters', 'head'],
  ['参謀本部', 'sanbohonbu', 'general staff', 'head'],
  ['人民軍', 'jinmingun', 'peoples army', 'head'],
  ['海軍', 'kaigun', 'navy/naval', 'head'],
  ['空軍', 'kugun', 'air force', 'head'],
  ['陸軍', 'rikugun', 'army/ground forces', 'head'],
  ['艦隊', 'kantai', 'fleet', 'head'],
  ['防衛隊', 'boeitai', 'guard/guards corps', 'head'],
  ['親衛隊', 'shin-eitai', 'guard/guards', 'head'],
  ['隊', 'tai', 'corps/unit/force', 'head'],
  ['旅団', 'ryodan', 'brigade', 'head'],
  ['大隊', 'daitai', 'battalion', 'head'],
  ['民兵', 'minpei', 'militia', 'head'],
  ['戦線', 'sensen', 'front', 'head'],
  ['運動', 'undo', 'movement', 'head'],
  ['政府', 'seifu', 'government', 'head'],
  ['国防省', 'kokubosho', 'ministry defence/defense', 'head'],
  ['協同組合', 'kyodokumiai', 'cooperative', 'head'],
  ['基金', 'kikin', 'fund/foundation', 'head'],
  ['造船所', 'zosensho', 'shipyard/shipbuilding', 'head'],
  ['製油所', 'seiyusho', 'refinery', 'head'],
  ['センター', '', 'center/centre', 'head'],
  ['グループ', '', 'group', 'head'],
  ['コンツェルン', '', 'concern/group', 'head'],
  ['カンパニー', '', 'company', 'head'],
  ['コーポレーション', '', 'corporation', 'head'],
  ['ホールディングス ホールディング', '', 'holdings/holding', 'head'],
  ['バンク', '', 'bank', 'head'],
  // sectors and trade words (JMdict; registered English names)
  ['工業', 'kogyo', 'industries/industrial/industry', undefined],
  ['重工業', 'jukogyo', 'heavy industries/industry', undefined],
  ['重工', 'juko', 'heavy industries/industry', undefined],
  ['産業', 'sangyo', 'industries/industrial/industry', undefined],
  ['鉱業', 'kogyo', 'mining', undefined],
  ['鉱山', 'kozan', 'mining/mine', undefined],
  ['開発', 'kaihatsu', 'development', undefined],
  ['貿易', 'boeki', 'trading/trade', undefined],
  ['商業', 'shogyo', 'commercial/commerce/trading', undefined],
  ['輸出入', 'yushutsunyu', 'import export', undefined],
  ['輸出', 'yushutsu', 'export/exports', undefined],
  ['輸入', 'yunyu', 'import/imports', undefined],
  ['海運', 'kaiun', 'shipping/maritime', undefined],
  ['汽船', 'kisen', 'steamship/shipping', undefined],
  ['郵船', 'yusen', 'shipping/line', undefined],
  ['船舶', 'senpaku', 'shipping/ships/vessels', undefined],
  ['造船', 'zosen', 'shipbuilding', undefined],
  ['運輸', 'unyu', 'transport/transportation', undefined],
  ['運送', 'unso', 'transport/transportation', undefined],
  ['物流', 'butsuryu', 'logistics', undefined],
  ['航空', 'koku', 'aviation/aero/air/airlines/aerospace', undefined],
  ['航空宇宙', 'kokuuchu', 'aerospace', undefined],
  ['宇宙', 'uchu', 'space', undefined],
  ['電子', 'denshi', 'electronics/electronic', undefined],
  ['電機', 'denki', 'electric/electrical', undefined],
  ['電気', 'denki', 'electric/electrical', undefined],
  ['電力', 'denryoku', 'power/electric', undefined],
  ['通信', 'tsushin', 'communications/telecommunications', undefined],
  ['技術', 'gijutsu', 'technology/technologies/technical', undefined],
  ['科学', 'kagaku', 'science/scientific', undefined],
  ['学術', 'gakujutsu', 'scientific/science/academic', undefined],
  ['科学技術', 'kagakugijutsu', 'science technology', undefined],
  ['生産', 'seisan', 'production', undefined],
  ['製造', 'seizo', 'manufacturing/production', undefined],
  ['機械', 'kikai', 'machinery/machine/machinebuilding', undefined],
  ['機械製造', 'kikaiseizo', 'machinebuilding/machine/machinery manufacturing/building', undefined],
  ['精密', 'seimitsu', 'precision', undefined],
  ['化学', 'kagaku', 'chemical/chemicals/chemistry', undefined],
  ['石油', 'sekiyu', 'oil/petroleum', undefined],
  ['石油化学', 'sekiyukagaku', 'petrochemical/petrochemicals', undefined],
  ['鉄鋼', 'tekko', 'steel', undefined],
  ['製鉄', 'seitetsu', 'steel/ironworks', undefined],
  ['金属', 'kinzoku', 'metals/metal', undefined],
  ['建設', 'kensetsu', 'construction', undefined],
  ['自動車', 'jidosha', 'motor/automobile/motors', undefined],
  ['兵器', 'heiki', 'weapons/arms', undefined],
  ['防衛', 'boei', 'defense/defence', undefined],
  ['軍需', 'gunju', 'munitions/military', undefined],
  ['無人', 'mujin', 'unmanned', undefined],
  ['設計', 'sekkei', 'design', undefined],
  ['金融', 'kinyu', 'finance/financial', undefined],
  ['投資', 'toshi', 'investment/investments', undefined],
  ['証券', 'shoken', 'securities', undefined],
  ['保険', 'hoken', 'insurance', undefined],
  ['信託', 'shintaku', 'trust', undefined],
  ['不動産', 'fudosan', 'real estate/realty', undefined],
  ['製薬', 'seiyaku', 'pharmaceutical/pharmaceuticals', undefined],
  ['医薬', 'iyaku', 'pharmaceutical/pharmaceuticals', undefined],
  ['エネルギー', 'enerugi', 'energy', undefined],
  ['資源', 'shigen', 'resources', undefined],
  ['連邦', 'renpo', 'federal/federation', undefined],
  ['保安', 'hoan', 'security', undefined],
  ['治安', 'chian', 'security', undefined],
  ['情報', 'joho', 'intelligence/information', undefined],
  ['国防', 'kokubo', 'defence/defense', undefined],
  ['国家', 'kokka', 'state/national', undefined],
  ['統一', 'toitsu', 'united/unified', undefined],
  ['合同', 'godo', 'joint/united', undefined],
  ['革命', 'kakumei', 'revolutionary/revolution', undefined],
  ['解放', 'kaiho', 'liberation', undefined],
  ['対外', 'taigai', 'foreign/external', undefined],
  ['経済', 'keizai', 'economic/economy', undefined],
  ['原子力', 'genshiryoku', 'atomic energy/nuclear', undefined],
  ['航空機', 'kokuki', 'aircraft', undefined],
  ['鉄道', 'tetsudo', 'railways/railway', undefined],
  ['港湾', 'kowan', 'port/ports', undefined],
  ['石炭', 'sekitan', 'coal', undefined],
  ['燃料', 'nenryo', 'fuel', undefined],
  ['武器', 'buki', 'arms/weapons', undefined],
  ['弾薬', 'danyaku', 'ammunition', undefined],
  ['光学', 'kogaku', 'optics/optical', undefined],
  ['計器', 'keiki', 'instruments/instrument', undefined],
  ['輸送', 'yuso', 'transport/transportation', undefined],
  ['両替', 'ryogae', 'exchange', undefined],
  ['慈善', 'jizen', 'charity/charitable', undefined],
  ['人道', 'jindo', 'humanitarian', undefined],
  ['国際', 'kokusai', 'international', undefined],
  ['総合', 'sogo', 'general/integrated', undefined],
  ['中央', 'chuo', 'central', undefined],
  ['国営', 'kokuei', 'state/national', undefined],
  ['国立', 'kokuritsu', 'national/state', undefined],
  ['合弁', 'goben', 'joint venture', undefined],
  ['労働', 'rodo', 'workers/labour/labor', undefined],
  ['人民', 'jinmin', 'people/peoples', undefined],
  ['民主主義', 'minshushugi', 'democratic', undefined],
  ['共和国', 'kyowakoku', 'republic', undefined],
  // countries as organisation names use them (JMdict)
  ['日本', 'nippon/nihon', 'japan/japanese', undefined],
  ['朝鮮', 'chosen', 'korea/korean', undefined],
  ['韓国', 'kankoku', 'korea/korean', undefined],
  ['中国', 'chugoku', 'china/chinese', undefined],
  ['東洋', 'toyo', 'oriental', undefined],
  ['ロシア', '', 'russia/russian', undefined],
  ['イラン', '', 'iran/iranian', undefined],
  ['シリア', '', 'syria/syrian', undefined],
  ['ベラルーシ', '', 'belarus/belarusian', undefined],
  ['ウクライナ', '', 'ukraine/ukrainian', undefined],
  ['イラク', '', 'iraq/iraqi', undefined],
  ['アメリカ', '', 'america/american', undefined],
  ['イスラム', '', 'islamic/islam', undefined],
  ['アラブ', '', 'arab/arabian', undefined],
  // katakana loanwords of the same vocabulary (JMdict gairaigo entries; spelt per the Cabinet notification 外来語の表記, 1991)
  ['システム', '', 'systems/system', undefined],
  ['システムズ', '', 'systems', undefined],
  ['テクノロジー テクノロジーズ', '', 'technology/technologies', undefined],
  ['エンジニアリング', '', 'engineering', undefined],
  ['エレクトロニクス', '', 'electronics', undefined],
  ['インターナショナル', '', 'international', undefined],
  ['トレーディング', '', 'trading', undefined],
  ['インダストリー インダストリーズ', '', 'industries/industry', undefined],
  ['サービス サービシズ', '', 'services/service', undefined],
  ['ソリューション ソリューションズ', '', 'solutions', undefined],
  ['シッピング', '', 'shipping', undefined],
  ['ロジスティクス', '', 'logistics', undefined],
  ['ネットワーク', '', 'network', undefined],
  ['エナジー', '', 'energy', undefined],
  ['オイル', '', 'oil', undefined],
  ['ガス', '', 'gas', undefined],
  ['ペトロリアム', '', 'petroleum', undefined],
  ['マリン', '', 'marine', undefined],
  ['グローバル', '', 'global', undefined],
  ['インベストメント インベストメンツ', '', 'investment/investments', undefined],
  ['エンタープライズ エンタープライゼズ', '', 'enterprises/enterprise', undefined],
  ['プロダクツ', '', 'products', undefined],
  ['マシナリー', '', 'machinery', undefined],
  ['ファクトリー', '', 'factory/plant', undefined],
  ['プラント', '', 'plant', undefined],
  ['ミサイル ミサイルズ', '', 'missiles/missile', undefined],
  ['ユナイテッド', '', 'united', undefined],
  ['ナショナル', '', 'national', undefined],
  ['ケミカル ケミカルズ', '', 'chemical/chemicals', undefined],
  ['スチール', '', 'steel', undefined],
  ['マイニング', '', 'mining', undefined],
  ['トランスポート', '', 'transport', undefined],
  ['ファイナンス', '', 'finance', undefined],
  ['キャピタル', '', 'capital', undefined],
  ['パートナーズ', '', 'partners', undefined],
  ['ラボラトリー ラボラトリーズ', '', 'laboratory/laboratories', 'head'],
  ['インスティテュート', '', 'institute', 'head'],
  ['アカデミー', '', 'academy', 'head'],
  ['エアロスペース', '', 'aerospace', undefined],
  ['アビエーション', '', 'aviation', undefined],
  ['エアライン エアラインズ', '', 'airlines/airline', undefined],
  ['ディフェンス', '', 'defence/defense', undefined],
  ['セキュリティ セキュリティー', '', 'security', undefined],
  // particles (JMdict)
  ['の', '', 'of', 'stop'],
  ['アンド', '', 'and', 'stop'],
  ['別称', 'betsusho', 'aka', 'stop'],
  ['別名', 'betsumei', 'aka', 'stop'],
];

/** A glossary word found in a Japanese name: its English words and its reading in Latin. */
export interface JapaneseWord {
  gloss: Gloss;
  /** the Latin surface compared by skeleton (the Hepburn reading; for a katakana loanword, its kana) */
  reading: string;
  /** the other Hepburn readings of the word (日本 nihon/nippon) */
  readings: string[];
}

const TABLE = new Map<string, JapaneseWord>();
let longest = 1;
for (const [forms, reading, english, what] of ENTRIES) {
  const gloss = glossFrom(english, what);
  const readings = reading ? reading.split('/') : [];
  for (const f of forms.split(' ')) {
    if (TABLE.has(f)) throw new Error(`japanese-glossary: ${f} twice`);
    TABLE.set(f, { gloss, reading: readings[0] ?? '', readings });
    longest = Math.max(longest, f.length);
  }
}

const KANJI = /[\u3400-\u9fff\uf900-\ufaff\u3005]/;
const KATAKANA = /[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HIRAGANA = /[\u3041-\u309f]/;

/** The script class of a character of a Japanese name: kanji K, katakana A, hiragana H, other (Latin, digits, marks) O, separator S. */
function classOf(c: string): 'K' | 'A' | 'H' | 'O' | 'S' {
  if (KANJI.test(c)) return 'K';
  if (KATAKANA.test(c)) return 'A';
  if (HIRAGANA.test(c)) return 'H';
  if (/[\s・·=＝、，,。（）()「」『』【】［］\[\]〔〕“”"'‘’/／\-－‐]/.test(c)) return 'S';
  return 'O';
}

/** One word of a Japanese name: its text, and its glossary entry when it is a generic word. */
export interface JapaneseSegment {
  text: string;
  word?: JapaneseWord;
}

/**
 * A Japanese name cut into words: at separators (spaces, ・, 、, brackets), where the script changes (kanji, katakana,
 * hiragana, Latin: エーレベル航空システムズCST is エーレベル | 航空 | システムズ | CST), and inside a kanji run at the
 * glossary's words by longest match from the left (学術生産団体 → 学術 | 生産 | 団体; the characters between two
 * glossary words stay one word). A katakana or hiragana run is a glossary word only as a whole (a loanword inside a
 * longer katakana run may be part of another word: マリン in アクアマリン). Separators are left out.
 */
export function japaneseSegments(name: string): JapaneseSegment[] {
  const runs: Array<{ cls: string; text: string }> = [];
  for (const c of name) {
    const k = classOf(c);
    // the long-vowel mark and the iteration marks belong to the run before them
    const cls = c === 'ー' || c === '々' ? (runs[runs.length - 1]?.cls ?? k) : k;
    const last = runs[runs.length - 1];
    if (last && last.cls === cls && cls !== 'S') last.text += c;
    else runs.push({ cls, text: c });
  }
  const out: JapaneseSegment[] = [];
  for (const r of runs) {
    if (r.cls === 'S' || !r.text) continue;
    if (r.cls !== 'K') {
      const word = TABLE.get(r.text);
      if (word) {
        out.push({ text: r.text, word });
        continue;
      }
      // a katakana run ending in a loanword that names a kind of organisation (ソニーグループ, …ホールディングス):
      // that word apart, when two kana at least stand before it
      const head = r.cls === 'A' ? headSuffix(r.text) : undefined;
      if (head) {
        out.push({ text: r.text.slice(0, -head.length) }, { text: head, word: TABLE.get(head)! });
        continue;
      }
      out.push({ text: r.text });
      continue;
    }
    let rest = '';
    for (let i = 0; i < r.text.length; ) {
      let hit: JapaneseWord | undefined;
      let len = 0;
      for (let l = Math.min(longest, r.text.length - i); l >= 1 && !hit; l--) {
        const w = TABLE.get(r.text.slice(i, i + l));
        // a one-character word (局, 省, 党, 軍) only at the end of a run or before another glossary word: inside a
        // run it is more often a character of a distinctive word (党 in a name, 省 in a place)
        if (w && (l > 1 || i + 1 === r.text.length || startsWord(r.text, i + 1))) {
          hit = w;
          len = l;
        }
      }
      if (!hit) {
        rest += r.text[i];
        i++;
        continue;
      }
      if (rest) out.push({ text: rest });
      rest = '';
      out.push({ text: r.text.slice(i, i + len), word: hit });
      i += len;
    }
    if (rest) out.push({ text: rest });
  }
  return out;
}

/**
 * Kanji written only in Japanese: the shinjitai of the Tōyō/Jōyō kanji lists (当用漢字字体表 1949, 常用漢字表 2010) that
 * differ both from the traditional form (康熙字典体: 發, 礦, 團, 氣, 產) and from the PRC's simplified one (简化字总表
 * 1986: 发, 矿, 团, 气, 产). A name in Han characters alone that holds one, or a Japanese company form (会社: Chinese
 * writes 公司, Korean hanja 會社), is Japanese.
 */
const SHINJITAI = /[発鉱団気労営図広売楽薬戦実沢県駅円単両辺総拠検権歳済黒恵蔵駆悪圧栄塩応価拡覚関帰険験払歩毎訳様頼覧竜涙歴鉄転軽経続読銭浜桜斎亜児従渋徳郷証産対]|会社/;
const KANA_ANY = /[\u3040-\u30ff]/;
const HAN_ANY = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether a name without kana is written in Japanese kanji (SHINJITAI). */
export function isJapaneseHan(name: string): boolean {
  return !KANA_ANY.test(name) && HAN_ANY.test(name) && SHINJITAI.test(name);
}

/** Whether a glossary word of two characters or more starts at position i of a kanji run. */
function startsWord(run: string, i: number): boolean {
  for (let l = Math.min(longest, run.length - i); l >= 2; l--) if (TABLE.has(run.slice(i, i + l))) return true;
  return false;
}

/**
 * The Latin letters as their names are written in katakana (JMdict's entries for the letter names; the spellings of
 * initialisms in Japanese company names: エヌ・ティ・ティ NTT, ケイディディアイ KDDI, ジェイアール JR), with and
 * without the long-vowel mark (ティ, ディ short as initialisms write them; シ, ビ, ジ, ピ alone are syllables of words:
 * シティ city is no "CT").
 */
const LETTER_NAMES: Record<string, string> = {
  A: 'エー エイ', B: 'ビー', C: 'シー', D: 'ディー ディ デー', E: 'イー', F: 'エフ', G: 'ジー', H: 'エイチ エッチ', I: 'アイ',
  J: 'ジェー ジェイ', K: 'ケー ケイ', L: 'エル', M: 'エム', N: 'エヌ', O: 'オー', P: 'ピー', Q: 'キュー', R: 'アール', S: 'エス',
  T: 'ティー ティ テー', U: 'ユー', V: 'ブイ ヴィー', W: 'ダブリュー ダブリュ', X: 'エックス', Y: 'ワイ', Z: 'ゼット ズィー',
};
const LETTERS = new Map<string, string>();
for (const [l, names] of Object.entries(LETTER_NAMES)) for (const n of names.split(' ')) LETTERS.set(n, l);

/**
 * A katakana word that is wholly a sequence of letter names, spelt in Latin ("エヌピーオー" → "NPO", "エー" → "A"),
 * or undefined. The longest letter name first at each position, backtracking when the rest does not spell.
 */
export function katakanaLetters(word: string): string | undefined {
  if (!word || word.length > 40) return undefined;
  // (positions from which the rest spells nothing: each tried once)
  const failed = new Set<number>();
  const go = (i: number): string | undefined => {
    if (i === word.length) return '';
    if (failed.has(i)) return undefined;
    for (let l = Math.min(5, word.length - i); l >= 1; l--) {
      const letter = LETTERS.get(word.slice(i, i + l));
      if (!letter) continue;
      const rest = go(i + l);
      if (rest !== undefined) return letter + rest;
    }
    failed.add(i);
    return undefined;
  };
  return go(0);
}

/** Katakana loanwords of four kana or more that name a kind of organisation, longest first (headSuffix). */
const HEAD_LOANWORDS = [...TABLE.entries()]
  .filter(([f, w]) => w.gloss.what === 'head' && f.length >= 4 && [...f].every((c) => KATAKANA.test(c) || c === 'ー'))
  .map(([f]) => f)
  .sort((a, b) => b.length - a.length);

function headSuffix(run: string): string | undefined {
  return HEAD_LOANWORDS.find((h) => run.length >= h.length + 2 && run.endsWith(h));
}

/** The glossary entry of a word of a Japanese name as written (kanji, kana). */
export function japaneseWord(text: string): JapaneseWord | undefined {
  return TABLE.get(text);
}

/** The Latin reading of a kanji word that is not in the glossary: any-ascii's syllables joined as one word. */
export function kanjiFallback(text: string): string {
  return toAscii(text).replace(/ /g, '');
}
