import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, screen, skeletonSim } from '../src';
import { abjadSpanSim, latinSpanForms } from '../src/score/abjad-spans';

/**
 * Arabic-script names (Arabic, Persian, Urdu, Pashto letters) against their Latin romanisations: compounds and
 * articles a Latin list writes apart (score/abjad-spans.ts), glued words, and the romanisation conventions of
 * normalize/skeleton-match.ts. Rows are public persons or name forms; each says which convention it exercises.
 */
const e = (name: string, type: 'person' | 'organization' = 'person'): EntityInput => EntityInputSchema.parse({ name, type }) as EntityInput;
const T = 0.77;

// [query in Arabic script, listed Latin name, what it exercises]
const matches: Array<[string, string, string]> = [
  ['صلاح الدين الأيوبي', 'SALAH AL-DIN AL-AYYUBI', 'theophoric compound … الدين written as three Latin words (ALA-LC al-)'],
  ['نور الدين زنكي', 'NUR AL-DIN ZANGI', 'the same, another name'],
  ['نورالدين زنكي', 'NOUREDDINE ZANGI', '… الدين glued in the script, French -eddine in Latin'],
  ['ابو اليزيد', 'ABOU EL YAZID', 'kunya Abu with the article apart (French el)'],
  ['عبدالله بن الحسين', 'ABDULLAH BIN AL-HUSSEIN', 'عبدالله written as one word'],
  ['محمدعبد الرحمن', 'MOHAMMED ABDUL RAHMAN', 'space left out after the non-joining د'],
  ['محمد منان آغا', 'MOHAMMAD MANAN AGHA', 'two script words are not glued against one Latin word when each has its own'],
  ['علي السعدي', 'ALI ESSAADI', 'assimilated article es- (sun letter)'],
  ['فيصل الحسيني', 'FAYCAL HUSSEINI', 'French ç for ص lost in ASCII (Fayçal)'],
  ['علي خامنئي', 'ALI CHAMENEI', 'German ch for خ (Chamenei)'],
  ['خالد', 'CHALID', 'German ch for خ'],
  ['فتحي الشقاقي', 'FATHI SHIQAQI', 'Latin th as ت + ح'],
  ['مظهر حسين', 'MAZHAR HUSSAIN', 'Latin zh as ظ + ه (Urdu Mazhar)'],
  ['ادهم خليل', 'ADHAM KHALIL', 'Latin dh as د + ه'],
];

const different: Array<[string, string, string]> = [
  ['فيصل القاسم', 'FAYCAL AL-KASSAB', 'another family name'],
  ['سيف الدين', 'SAIF DAWUD', 'half a compound is not the name'],
  ['عمر علي', 'OMAR ALIESSA', 'a word of the span belongs to another script word'],
];

describe('Arabic-script names against Latin romanisations', () => {
  test.each(matches)('%s ~ %s (%s)', (a, b) => {
    expect(compare(e(a), e(b), T).match).toBe(true);
  });
  test.each(different)('%s ≁ %s (%s)', (a, b) => {
    expect(compare(e(a), e(b), T).match).toBe(false);
  });
  test('an organisation: taa marbuta read t in the construct state (عصبة الأنصار ʿUṣbat al-Anṣār)', () => {
    expect(compare(e('عصبة الأنصار', 'organization'), e('USBAT AL-ANSAR', 'organization'), T).match).toBe(true);
  });
  test('a romanised script word is no Latin legal form (الاتحاد "lthd" is not Ltd.)', () => {
    expect(compare(e('الاتحاد الاسلامي', 'organization'), e('AL-ITIHAAD AL-ISLAMIYA', 'organization'), T).match).toBe(true);
  });
});

describe('Latin spans read as one Arabic-script word', () => {
  test.each<[string[], string[]]>([
    [['saif', 'al', 'din'], ['saifaldin', 'saifdin']],
    [['nor', 'eldin'], ['noreldin', 'nordin']],
    [['salah', 'eddine'], ['salaheddine']],
  ])('%j → %j', (tokens, forms) => {
    expect(latinSpanForms(tokens)).toEqual(forms);
  });
  test.each<[string, string[], boolean]>([
    ['syfuddin', ['saif', 'al', 'din'], true],
    ['abwlyzyd', ['abou', 'el', 'yazid'], true],
    ['nwruddin', ['nor', 'eldin'], true],
    ['syfuddin', ['saif', 'dawud'], false],
  ])('%s ~ %j: %s', (script, tokens, same) => {
    expect(abjadSpanSim(script, tokens) >= 0.92).toBe(same);
  });
  test.each<[string, string, boolean]>([
    ['fysl', 'faycal', true],
    ['khld', 'chalid', true],
    ['asbt', 'usbat', true],
    ['asbh', 'usbat', true],
    ['slh', 'sakr', false],
  ])('skeleton %s ~ %s: %s', (script, latin, same) => {
    expect(skeletonSim(script, latin, 'arabic') > 0).toBe(same);
  });
});

describe('screen() finds what compare() matches (retrieval of Arabic-script queries)', () => {
  const listed = [
    'SALAH AL-DIN AL-AYYUBI', 'NUR AL-DIN ZANGI', 'ABDULLAH BIN AL-HUSSEIN', 'FAYCAL HUSSEINI', 'MOHAMMAD MANAN AGHA',
    // decoys sharing words
    'SALAH HASSAN', 'NUR MUHAMMAD', 'ABDULLAH HUSSEIN AL-DIN', 'MANAN KHAN', 'FAISAL AL-AYYUBI',
  ].map((name, i): CanonicalEntity => ListEntitySchema.parse({ id: `sample:a${i}`, source: 'sample', sourceId: String(i), type: 'person', name }));
  const index = buildIndex(listed, { source: 'sample', version: '1' });
  test.each([
    ['صلاح الدين الأيوبي', 'sample:a0'],
    ['نورالدين زنكي', 'sample:a1'],
    ['عبدالله بن الحسين', 'sample:a2'],
    ['فيصل الحسيني', 'sample:a3'],
  ])('"%s" finds %s', (name, id) => {
    const found = screen(e(name), index, { threshold: T, limit: 3 });
    expect(found[0]?.entity.id).toBe(id);
    expect(found[0]?.match).toBe(true);
  });
});

/**
 * Organisations whose Arabic-script name translates the English one (normalize/arabic-glossary.ts). Rows are
 * bilingual names of the kind the UN Security Council list gives (original-script name and English name of one
 * entry) and ordinary business names; the negatives share generic words only.
 */
describe('organisation names translated word by word (glossary of generic words)', () => {
  const o = (name: string) => e(name, 'organization');
  test.each<[string, string, string]>([
    ['الجبهة الشعبية لتحرير فلسطين', 'POPULAR FRONT FOR THE LIBERATION OF PALESTINE', 'Arabic: front, popular, for; distinctive words by skeleton'],
    ['حركة المقاومة الاسلامية', 'ISLAMIC RESISTANCE MOVEMENT', 'Arabic: movement, islamic (noun before adjective)'],
    ['شبكه حقانی', 'HAQQANI NETWORK', 'Persian/Dari: network (شبکه with Persian kaf and final he)'],
    ['صرافی روشان', 'ROSHAN MONEY EXCHANGE', 'Dari: صرافی money exchange'],
    ['مكتب النور للصرافة', 'AL NOOR MONEY EXCHANGE OFFICE', 'Arabic: office, لل + exchange'],
    ['شركة الامل للتجارة العامة', 'AL AMAL GENERAL TRADING COMPANY', 'Arabic: company (a legal form), trading, general'],
    ['بانک ملی ایران', 'BANK MELLI IRAN', 'Persian: a transliterated English name still meets the romanised words'],
    ['بانک ملی ایران', 'NATIONAL BANK OF IRAN', 'Persian: the translated English name'],
    ['القاعدة في العراق', 'AL-QAIDA IN IRAQ', 'the particle في in'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(compare(o(a), o(b), T).match).toBe(true);
  });
  test.each<[string, string, string]>([
    ['الجماعة الاسلامية المسلحة', 'ISLAMIC ARMY OF ADEN', 'shares only islamic'],
    ['الجماعة الاسلامية المغربية المقاتلة', 'TUNISIAN COMBATANT GROUP', 'shares combatant group; the countries differ'],
    ['الجماعة الإسلامية', 'ARMED ISLAMIC GROUP', 'another group of the same generic words'],
    ['شركة الامل للتجارة العامة', 'AL NOOR GENERAL TRADING COMPANY', 'the distinctive word differs'],
    ['بنك الرافدين', 'BANK MELLI IRAN', 'shares bank only'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(compare(o(a), o(b), T).match).toBe(false);
  });
  test('a person\'s name is never translated (جمال is Jamal, not a word for beauty)', () => {
    expect(compare(e('جمال الشعب'), e('JAMAL AL-SHAAB'), T).match).toBe(true);
  });
  test('screen() retrieves a translated organisation name, and a Latin query finds a listed Arabic-script name', () => {
    const listed = ['ARMED ISLAMIC GROUP', 'ISLAMIC ARMY OF ADEN', 'HAQQANI NETWORK', 'ROSHAN MONEY EXCHANGE', 'الجماعة الاسلامية المقاتلة الليبية', 'TUNISIAN COMBATANT GROUP']
      .map((name, i): CanonicalEntity => ListEntitySchema.parse({ id: `sample:o${i}`, source: 'sample', sourceId: String(i), type: 'organization', name }));
    const index = buildIndex(listed, { source: 'sample', version: '1' });
    const top = (name: string) => screen(o(name), index, { threshold: T, limit: 3 })[0];
    expect(top('الجماعة الاسلامية المسلحة')?.entity.id).toBe('sample:o0');
    expect(top('شبکه حقانی')?.entity.id).toBe('sample:o2');
    expect(top('صرافی روشان')?.entity.id).toBe('sample:o3');
    expect(top('LIBYAN ISLAMIC FIGHTING GROUP')?.entity.id).toBe('sample:o4');
  });
});
