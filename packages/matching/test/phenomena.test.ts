import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { compare, normaliseNumbers, romanisations } from '../src';

const e = (name: string, type = 'unknown', aliases: string[] = []): EntityInput => EntityInputSchema.parse({ name, type, aliases }) as EntityInput;
const T = 0.77;
const P = 'person';
const O = 'organization';
const V = 'vessel';

// [class, query, query type, listed, listed type, listed aliases]
const matches: Array<[string, string, string, string, string, string[]?]> = [
  ['identical', 'K.L.M. Trading', O, 'K.L.M. Trading', O],
  ['identical', 'The Company', O, 'The Company', O],
  ['identical', 'Co Ltd', O, 'CO LTD', O],
  ['initialism', 'KLM Trading', O, 'K.L.M. TRADING', O],
  ['initialism', 'K L M Trading', O, 'K.L.M. TRADING', O],
  ['initialism', 'IRISL', O, 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES', O],
  ['initialism', 'I.R.G.C.', O, 'ISLAMIC REVOLUTIONARY GUARD CORPS', O, ['IRGC']],
  ['script_chinese', '李强', P, 'LI, Qiang', P],
  ['script_chinese', '欧阳修', P, 'OUYANG, Xiu', P],
  ['script_korean', '김정은', P, 'KIM, Jong Un', P],
  ['script_korean', '박근혜', P, 'PARK, Geun-hye', P],
  ['script_arabic', 'محمد حمزة زبيدي', P, 'MUHAMMAD HAMZA ZUBAIDI', P],
  ['script_arabic', 'طاهر جليل حبوش التكريتي', P, 'TAHIR JALIL HABBUSH AL-TIKRITI', P],
  ['script_greek', 'Αλέξης Τσίπρας', P, 'TSIPRAS, Alexis', P],
  ['script_georgian', 'მიხეილ სააკაშვილი', P, 'SAAKASHVILI, Mikheil', P],
  ['script_armenian', 'Նիկոլ Փաշինյան', P, 'PASHINYAN, Nikol', P],
  ['script_cyrillic', 'Евгений Пригожин', P, 'PRIGOZHIN, Yevgeniy Viktorovich', P],
  ['honorific', 'Dr. Ayman al-Zawahiri', P, 'AL-ZAWAHIRI, Ayman', P],
  ['honorific', 'General Qasem Soleimani', P, 'SOLEIMANI, Qasem', P],
  ['honorific', 'Sheikh Yusuf al-Qaradawi', P, 'AL-QARADAWI, Yusuf', P],
  ['number_word', 'Twenty-One Shipping', O, '21 SHIPPING', O],
  ['number_word', '2nd Street Trading', O, 'SECOND STREET TRADING', O],
  ['number_word', 'Sea Hawk 2', V, 'SEA HAWK II', V],
  ['number_word', 'Ocean Star No. 3', V, 'OCEAN STAR 3', V],
  ['vessel_prefix', 'M/V Aris Sea', V, 'ARIS SEA', V],
  ['vessel_prefix', 'MT Grace 1', V, 'GRACE 1', V],
  ['duplicate_token', 'Hugo Hugo Carvajal Barrios', P, 'CARVAJAL BARRIOS, Hugo Armando', P],
  ['glued_split', 'MikhailPetrov', P, 'PETROV, Mikhail', P],
  ['digit_letter', 'Dm1try Khoroshev', P, 'KHOROSHEV, Dmitry', P],
  ['digit_letter', 'R0sneft', O, 'ROSNEFT', O],
  // digits at a word's end for look-alike letters (5 s, 1 l, 0 o)
  ['digit_letter', 'Hama5', O, 'HAMAS', O],
  ['digit_letter', 'Hug0 Carvaja1 Barr1os', P, 'CARVAJAL BARRIOS, Hugo', P],
  ['digit_letter', 'Kadyr0v Ramzan', P, 'KADYROV, Ramzan', P],
  // a brand of syllables written apart, in three pieces
  ['glued_split', 'Sov Com Flot', O, 'SOVCOMFLOT', O],
  ['glued_split', 'Ros Neft Trading', O, 'ROSNEFT TRADING', O],
  // cut mid-word at a field width: inside the only distinctive word, or inside a form word after the name
  ['truncated_company', 'Limited Liability Company responsib', O, "Limited Liability Company responsibility 'Depository and corporate technologies'", O],
  ['truncated_company', "Joint Stock Company 'Vedenie compan", O, "Joint Stock Company 'Vedenie company registers'", O],
  ['truncated_company', 'Federal State Unitary Enterprise Du', O, 'Federal State Unitary Enterprise Dukhov Automatics Research Institute', O],
  // hyphenated syllables of a Thai family name against the name written as one word
  ['script_thai', 'ประยุทธ์ จันทร์โอชา', P, 'CHAN-O-CHA, Prayut', P],
  ['double_surname', 'Gabriel Garcia', P, 'GARCIA MARQUEZ, Gabriel', P],
  ['nasab', 'Abdullah Yusuf Ahmad', P, 'ABDULLAH YUSUF AHMAD AL-RAHMANI', P],
  ['numbered_name', 'Yu Jong 2', V, 'YUJONG-2', V],
];
const nonMatches: Array<[string, string, string, string, string, string[]?]> = [
  ['initialism', 'HMM', O, 'HIZBUL MUJAHIDEEN', O],
  ['initialism', 'KLM Trading', O, 'KLN TRADING', O],
  ['script_chinese', '王毅', P, 'WANG, Yu', P],
  ['script_korean', '김정은', P, 'KIM, Jong Il', P],
  ['script_arabic', 'قصي صدام حسين التكريتي', P, 'SADDAM HUSSEIN AL-TIKRITI', P],
  ['honorific', 'Dr. John Smith', P, 'SMITH, Jane', P],
  ['number_word', 'Twenty-One Shipping', O, '22 SHIPPING', O],
  ['numbered_name', 'Ocean Star 3', V, 'OCEAN STAR 5', V],
  // a real number at a word's end stays a number; a lone digit is not a letter
  ['digit_letter', 'Grace1', V, 'GRACE', V],
  ['digit_letter', 'Ocean Star 3', V, 'OCEAN STAR E', V],
  ['digit_letter', 'Hama5', O, 'HAMAD', O],
  // a syllable inside a short family name makes another name, however the query is written
  ['glued_split', 'VladimirPutin', P, 'PUTILIN, Vladimir', P],
  ['digit_letter', 'V1adimir Put1n', P, 'PUTILIN, Vladimir', P],
  ['glued_split', 'Sergey Lavrov', P, 'LAVRENOV, Sergey', P],
  ['glued_split', 'Sov Com Trans', O, 'SOVCOMFLOT', O],
  // a cut name against another company sharing its start; generic words alone never carry a match
  ['truncated_company', 'Federal State Unitary Enterprise Du', O, 'Federal State Unitary Enterprise Zababakhin All-Russia Research Institute of Technical Physics (VNIITF)', O],
  ['truncated_company', 'Limited Liability Company', O, 'Limited Liability Company responsibility of the Registrar Guarantee', O],
  ['truncated_company', 'Limited Liability Company responsib', O, 'Limited Liability Company Registrar Guarantee', O],
  ['numbered_name', 'SEA HAWK II', V, 'SEA HAWK', V],
  ['numbered_name', 'Grace 1', V, 'GRACE 2', V],
  ['vessel_prefix', 'MV Ocean Pearl', V, 'OCEAN STAR', V],
  ['duplicate_token', 'Ivan Ivan Petrov', P, 'PETROV, Igor', P],
  ['nasab', 'Qusay Saddam', P, 'SADDAM HUSSEIN AL-TIKRITI', P],
];

// every row with its alias list (jest would take a missing last argument for a done callback)
const full = (rows: typeof matches) => rows.map(([c, a, at, b, bt, al]) => [c, a, at, b, bt, al ?? []] as [string, string, string, string, string, string[]]);

describe('name phenomena (issue 10): unit tables per class', () => {
  test.each(full(matches))('%s: "%s" (%s) matches "%s" (%s)', (_cls, a, at, b, bt, aliases) => {
    const r = compare(e(a, at), e(b, bt, aliases), T);
    expect({ score: r.score, match: r.match }).toEqual({ score: r.score, match: true });
  });

  test.each(full(nonMatches))('%s: "%s" (%s) does not match "%s" (%s)', (_cls, a, at, b, bt, aliases) => {
    const r = compare(e(a, at), e(b, bt, aliases), T);
    expect({ score: r.score, match: r.match }).toEqual({ score: r.score, match: false });
  });

  test('a name made only of generic words scores its maximum against itself', () => {
    for (const n of ['K.L.M. Trading', 'General Trading LLC', 'Bank', 'Of The And', 'J.S.C.']) {
      expect(compare(e(n, O), e(n, O), T).explanation.features.name).toBe(1);
    }
  });

  test('an exact name outranks a one-letter variant of it', () => {
    const exact = compare(e('Hugo Armando Carvajal Barrios', P), e('CARVAJAL BARRIOS, Hugo Armando', P), T).score;
    const variant = compare(e('Hugo Armando Carvajal Barrios', P), e('CARVAJAL BARRIOS, Hugo Armanda', P), T).score;
    expect(exact).toBeGreaterThan(variant);
  });

  test('numbers are read in one form; persons keep their initials', () => {
    expect(normaliseNumbers(['twenty', 'one', 'shipping'], 'organization')).toEqual(['21', 'shipping']);
    expect(normaliseNumbers(['sea', 'hawk', 'ii'], 'vessel')).toEqual(['sea', 'hawk', '2']);
    expect(normaliseNumbers(['iv', 'petrov'], 'person')).toEqual(['iv', 'petrov']);
  });

  test('Han, Hangul and kana names have Latin renderings (surname readings, given names joined)', () => {
    expect(romanisations('李克强')).toEqual(['Li Keqiang']);
    expect(romanisations('单雄信')).toEqual(['Shan Xiongxin']);
    expect(romanisations('리병철')).toEqual(['Lee Byeongcheol', 'Ri Pyongchol', 'Lee Byung Chul']);
    expect(romanisations('やまだ たろう')).toEqual(['yamada taro']);
    expect(romanisations('Ivan Petrov')).toEqual([]);
  });
});
