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
