import { toAscii } from './ascii';
import { legalFormsWithSurface } from './legal-forms';

/**
 * The generic vocabulary of organisation names in Arabic script (Arabic, Persian/Dari, Pashto, Urdu), with the
 * English words lists translate them by. An organisation listed as "ARMED ISLAMIC GROUP" has the original-script
 * name الجماعة الاسلامية المسلحة: a translation, not a romanisation, that no skeleton comparison can meet. Its
 * generic words are read as their English counterparts (and compared as a bag: Arabic puts the head noun first and
 * adjectives after it); its distinctive words (حقاني, حنيفة) stay romanised and are compared by skeleton.
 *
 * Only generic words are here — kinds of organisation, business words, the adjectives of armed and religious group
 * names, country and region names as organisation names use them, particles — never a word that is itself a
 * personal or distinctive name. Sources (the English is the dictionary's first sense in the sense organisation
 * names use, cross-checked against the bilingual names of UN Security Council list entries where one exists):
 * - Arabic: H. Wehr, A Dictionary of Modern Written Arabic, ed. J. M. Cowan, 4th ed. (1979); UNTERM, the United
 *   Nations terminology database (Arabic/English official names of bodies and organisations).
 * - Persian/Dari: F. Steingass, A Comprehensive Persian-English Dictionary (1892); S. Haim, The Larger
 *   Persian-English Dictionary (1936) for the modern business words (شرکت, بانک, صرافی).
 * - Pashto: H. G. Raverty, A Dictionary of the Puk'hto, Pus'hto, or Language of the Afghans, 2nd ed. (1867): د "of",
 *   او "and"; Urdu: J. T. Platts, A Dictionary of Urdu, Classical Hindi and English (1884): تحریک, لشکر, جماعت.
 *
 * Each row: Arabic-script forms (space-separated: spellings, genders, Arabic and Persian letter variants), the English
 * (space-separated words a form stands for; a word's alternatives joined by '/'), and what the word is:
 * 'head' (a kind of organisation: makes a name of unknown type an organisation's), 'stop' (a particle or a locative
 * noun that weighs like a stop word), 'legal' (a legal form, compared as Latin legal forms are), or nothing.
 */
type Entry = [forms: string, english: string, what?: 'head' | 'stop' | 'legal'];

const ENTRIES: Entry[] = [
  // kinds of organisation (Wehr; Steingass; Platts)
  ['جماعة جماعه جماعت', 'group/jamaat', 'head'],
  ['مجموعة مجموعه', 'group', 'head'],
  ['گروه گروہ', 'group', 'head'],
  ['حركة حركه حرکت جنبش تحریک تحريك', 'movement', 'head'],
  ['جبهة جبهه', 'front', 'head'],
  ['تنظيم تنظیم', 'organization/organisation', 'head'],
  ['منظمة منظمه سازمان', 'organization/organisation', 'head'],
  ['شبكة شبكه شبکه شبکة', 'network', 'head'],
  ['جيش جیش لشکر لشكر', 'army', 'head'],
  ['حزب', 'party', 'head'],
  ['لواء', 'brigade', 'head'],
  ['كتائب کتائب', 'brigades/battalions', 'head'],
  ['كتيبة کتیبه', 'battalion/brigade', 'head'],
  ['سرايا', 'companies/brigades', 'head'],
  ['فيلق سپاه سپاہ', 'corps', 'head'],
  ['جمعية جمعيه جمعیت', 'society/association', 'head'],
  ['اتحاد', 'union', 'head'],
  ['مؤسسة مؤسسه موسسة موسسه', 'foundation/establishment/institution', 'head'],
  ['بنیاد', 'foundation', 'head'],
  ['هيئة هیئت', 'commission/authority/organization', 'head'],
  ['مجلس', 'council', 'head'],
  ['مركز مرکز', 'center/centre', 'head'],
  ['شركة شركه شرکت', 'company', 'head'],
  ['کمپنی كمبني', 'company', 'head'],
  ['مكتب مکتب دفتر', 'office/bureau', 'head'],
  ['صرافة صرافه صرافی صرافي', 'money exchange/exchanger', 'head'],
  ['بنك بنک بانک', 'bank', 'head'],
  ['مصرف', 'bank', 'head'],
  ['دولة دوله', 'state', 'head'],
  ['امارة امارت', 'emirate', 'head'],
  ['قرارگاه', 'headquarters', 'head'],
  ['وزارة وزارت', 'ministry', 'head'],
  // business words (Wehr; Haim)
  ['تجارة تجاره تجارت', 'trading/trade', undefined],
  ['تجارية تجاريه بازرگانی', 'trading/commercial', undefined],
  ['صناعات صنایع', 'industries', undefined],
  ['نفط نفت', 'oil', undefined],
  ['بترول', 'petroleum', undefined],
  ['استثمار استثمارات سرمایه‌گذاری', 'investment/investments', undefined],
  ['خدمات', 'services', undefined],
  ['نقل', 'transport', undefined],
  ['كشتيراني کشتیرانی', 'shipping', undefined],
  ['بحرية بحريه', 'maritime/marine/naval', undefined],
  ['طيران هواپیمایی', 'airlines/aviation', undefined],
  ['خطوط', 'lines', undefined],
  ['هندسة مهندسی', 'engineering', undefined],
  ['مقاولات ساختمانی', 'construction/contracting', undefined],
  ['تنمية توسعه', 'development', undefined],
  ['عامة عامه', 'general', undefined],
  ['دولية دوليه بين‌المللی', 'international', undefined],
  ['عالمية عالميه', 'international/global/world', undefined],
  ['وطنية وطنيه ملی ملي', 'national', undefined],
  ['مركزية مركزي مرکزی', 'central', undefined],
  ['متحدة متحده', 'united', undefined],
  ['خيرية خيريه', 'charitable/charity', undefined],
  ['اغاثة اغاثه', 'relief', undefined],
  ['حواله حوالة', 'hawala', undefined],
  ['لمتد لمیتد لیمیتد', 'ltd', 'legal'],
  // the adjectives and nouns of armed and religious group names (Wehr; UNTERM)
  ['اسلامية اسلاميه اسلامي اسلامی', 'islamic', undefined],
  ['اسلام', 'islam', undefined],
  ['مسلمين مسلمین مسلمون', 'muslims', undefined],
  ['مسلحة مسلحه', 'armed', undefined],
  ['مقاتلة مقاتله', 'fighting/combatant', undefined],
  ['مجاهدين مجاهدین', 'mujahidin/mujahideen', undefined],
  ['مهاجرين مهاجرین', 'emigrants/muhajirin', undefined],
  ['انصار', 'supporters/ansar', undefined],
  ['ثوري ثورية انقلاب انقلابی', 'revolutionary/revolution', undefined],
  ['حرس پاسداران', 'guards/guard', undefined],
  ['شعب شعبية', 'people/popular', undefined],
  ['اهل', 'people', undefined],
  ['تحرير', 'liberation', undefined],
  ['مقاومة مقاومه', 'resistance', undefined],
  ['دعوة دعوه', 'call/dawa', undefined],
  ['انسانية انسانيه', 'humanitarian', undefined],
  ['اعمار', 'reconstruction', undefined],
  ['احياء', 'revival', undefined],
  ['تراث', 'heritage', undefined],
  ['جمهورية جمهوري جمهوری', 'republic', undefined],
  // countries and regions as organisation names use them (Wehr; UNTERM country names); a nisba adjective ends in ي,
  // which a country name ending in an unwritten alef also shows after romanisation (ليبيا, ليبي "lyby"): both Englishes
  ['شام', 'levant/sham', undefined],
  ['عرب', 'arabian/arab/arabs', undefined],
  ['عربية عربيه عربي', 'arab/arabian', undefined],
  ['جزيرة جزيره', 'peninsula/island', undefined],
  ['مغرب', 'maghreb/morocco', undefined],
  ['مغربية مغربيه مغربي', 'moroccan/maghreb/morocco', undefined],
  ['مصري مصرية', 'egyptian/egypt', undefined],
  ['ليبية ليبيه ليبي', 'libyan/libya', undefined],
  ['تونسية تونسيه تونسي', 'tunisian/tunisia', undefined],
  ['عراقية عراقي', 'iraqi/iraq', undefined],
  ['سورية سوري', 'syrian/syria', undefined],
  ['يمنية يمني', 'yemeni/yemen', undefined],
  ['افغانستان', 'afghanistan', undefined],
  ['فلسطين', 'palestine', undefined],
  ['لبنان', 'lebanon', undefined],
  ['غرب', 'west/western', undefined],
  ['شرق', 'east/eastern', undefined],
  ['افريقيا افريقية', 'africa', undefined],
  ['خليج', 'gulf', undefined],
  // particles and locative nouns (Wehr; Raverty; Steingass)
  ['في فی در', 'in', 'stop'],
  ['و او', 'and', 'stop'],
  ['من از', 'of/from', 'stop'],
  ['د', 'of', 'stop'],
  ['بلاد', 'country/lands', 'stop'],
];

/** A glossary word as prepared: its English words (alternatives per word), what it is. */
export interface Gloss {
  words: string[][];
  what?: 'head' | 'stop' | 'legal';
}

/** A glossary row's English ("trading/trade services": words, alternatives per word) as a Gloss. */
export function glossFrom(english: string, what: Gloss['what'] | undefined): Gloss {
  return { words: english.split(' ').map((w) => w.split('/')), ...(what ? { what } : {}) };
}

/** Romanisation of an Arabic-script word as prepare.ts romanises names (ayn and a word-initial alef as a). */
export function arabicAscii(word: string): string {
  return toAscii(word.replace(/\u0639/g, 'a').replace(/^[\u0627\u0623\u0625\u0622](?!\u0644)/, 'a')).replace(/ /g, '');
}

/** Clitics written on a word: the article and the prepositions/conjunction before it, with the particle each adds. */
const CLITICS: Array<[string, string | undefined]> = [
  ['ال', undefined], ['لل', 'for'], ['وال', 'and'], ['بال', 'in'], ['و', 'and'], ['ل', 'for'], ['ب', 'in'],
];

const TABLE = new Map<string, { gloss: Gloss; particle?: string }>();
for (const [forms, english, what] of ENTRIES) {
  const gloss = glossFrom(english, what);
  for (const f of forms.split(' ')) {
    const plain = arabicAscii(f.replace(/\u200c/g, ''));
    if (!TABLE.has(plain)) TABLE.set(plain, { gloss });
    // clitics only on words of three letters or more (a particle takes none)
    if ([...f].length < 3) continue;
    for (const [c, particle] of CLITICS) {
      const k = arabicAscii(c + f.replace(/\u200c/g, ''));
      if (!TABLE.has(k)) TABLE.set(k, { gloss, ...(particle ? { particle } : {}) });
    }
  }
}
// "for the people of" (لأهل): the article's alef written as hamza seat after li-
TABLE.set(arabicAscii('لاهل'), { gloss: { words: [['people']] }, particle: 'for' });

/** The glossary entry of a romanised Arabic-script word, if it is a generic organisation word. */
export function glossOf(ascii: string): { gloss: Gloss; particle?: string } | undefined {
  return TABLE.get(ascii);
}

/** The comparison key of a Latin legal form word ("ltd" → its legal-form class), as Latin names prepare it. */
export function legalKey(word: string): string {
  const t = legalFormsWithSurface([word], true).tokens;
  return t.length === 1 ? t[0]! : word;
}
