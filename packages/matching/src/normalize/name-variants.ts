import { EAST_SLAVIC_FAMILIES } from './east-slavic';
import { nameKey } from './name-key';

/**
 * Spelling families of common given names whose romanisations differ by more than the generic folding of
 * name-key.ts (vowels, dropped letters). Each family maps to its first member. General name knowledge, not
 * tuned to any list entry.
 */
const FAMILIES: string[][] = [
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'muhammed', 'mohamad', 'muhamad', 'muhamed', 'mohd', 'mehmet', 'mahomed', 'mouhamed'],
  ['ahmad', 'ahmed', 'ahmet', 'akhmed', 'achmed'],
  ['husayn', 'hussein', 'hossein', 'husain', 'hussain', 'hosein', 'husein', 'hosain', 'hossain', 'huseyn', 'huseyin', 'hussien', 'houssein'],
  ['hasan', 'hassan', 'hasen', 'hassen'],
  ['abdullah', 'abdallah', 'abdulla', 'abdalla', 'abdellah'],
  ['yusuf', 'yousef', 'youssef', 'yusef', 'yousuf', 'yusif', 'yousif', 'jusuf', 'youcef'],
  ['usama', 'osama', 'oussama', 'ousama', 'usamah'],
  ['umar', 'omar', 'omer', 'omar'],
  ['uthman', 'othman', 'osman', 'usman', 'othmane'],
  ['mahmud', 'mahmoud', 'mahmood'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha', 'mostapha'],
  ['mahdi', 'mehdi'],
  ['said', 'saeed', 'saied', 'saaid'],
  ['sayyid', 'sayed', 'sayyed', 'seyed', 'seyyed', 'syed'],
  ['ibrahim', 'ebrahim', 'ibraheem', 'brahim'],
  ['ismail', 'esmail', 'ismael', 'ismayil'],
  ['yahya', 'yahia', 'yehia', 'yahiya'],
  ['jamal', 'gamal', 'djamel', 'jamel'],
  ['qasim', 'kassem', 'qassem', 'kasim', 'qasem', 'kasem'],
  ['khalid', 'khaled'],
  ['salih', 'saleh'],
  ['nasir', 'nasser', 'naser', 'nassir'],
  ['hamid', 'hamed'],
  ['reza', 'ridha', 'rida', 'riza', 'redha'],
  ['rahman', 'rehman'],
  ['sulayman', 'suleiman', 'sulaiman', 'soleiman', 'suleyman', 'sleiman'],
  ['zakariya', 'zakaria', 'zakariyya', 'zakariah'],
  ['abu', 'abou'],
  ['aleksandr', 'alexander', 'aleksander', 'alexandr', 'oleksandr', 'alexandre'],
  ['yevgeniy', 'evgeny', 'evgenii', 'jewgeni', 'yevgeny', 'evgeniy', 'eugene'],
  ['sergey', 'sergei', 'serhiy', 'serhii'],
  ['dmitriy', 'dmitry', 'dmitrii', 'dmytro', 'dzmitry', 'dzmitriy'],
  ['mikhail', 'mykhailo', 'michail'],
  ['yuriy', 'yury', 'yurii', 'iurii', 'juri'],
  ['aleksey', 'alexey', 'aleksei', 'alexei', 'oleksiy', 'oleksii'],
  ['andrey', 'andrei', 'andriy', 'andrii'],
  ['vladimir', 'volodymyr', 'uladzimir', 'wladimir'],
  // Korean surnames as South and North Korea and older practice spell them (Statistics Korea 2015 census spellings;
  // the DPRK's Ri/Pak/Choe), the same surnames as scripts.ts KOREAN_SURNAMES
  ['lee', 'ri', 'rhee', 'yi'],
  ['park', 'pak', 'bak'],
  ['choi', 'choe', 'chwe'],
  ['jung', 'chung', 'jong', 'joung'],
  ['yoon', 'yun'],
  ['lim', 'rim'],
  ['shin', 'sin'],
  // Greek passport spellings of Γεώργιος / Γιώργος (ELOT 743) and the English form
  ['georgios', 'giorgos', 'yiorgos', 'yorgos', 'georgious'],
];

const CANON = new Map<string, string>();
for (const fam of FAMILIES) {
  const canon = nameKey(fam[0]!);
  for (const v of fam) CANON.set(nameKey(v), canon);
}
// Belarusian and Ukrainian national forms join the Russian name's family (east-slavic.ts)
for (const fam of EAST_SLAVIC_FAMILIES) {
  const canon = fam.map((v) => CANON.get(nameKey(v))).find(Boolean) ?? nameKey(fam[0]!);
  for (const v of fam) if (!CANON.has(nameKey(v))) CANON.set(nameKey(v), canon);
}

const CANONS = new Set(CANON.values());
/** Whether a comparison key is the canonical key of a known spelling family (a known given name). */
export function isFamilyCanon(key: string): boolean {
  return CANONS.has(key);
}

/** Canonical key of a name-key when it belongs to a known spelling family, else the key itself. */
export function canonicalVariant(key: string): string {
  return CANON.get(key) ?? key;
}

/** "abd al rahman", "abdel rahman", "abdulrahman" → abdul + rahman (Arabic "servant of" compounds). */
export function splitAbdCompounds(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t === 'abd' && next && /^(al|el|ul|ol|ar|ur|as|an|ad)$/.test(next)) {
      out.push('abdul');
      i++;
      continue;
    }
    // the article is often left out: "Abd Rahman" is "Abd al-Rahman"
    if (t === 'abd' && next && next.length >= 3) {
      out.push('abdul');
      continue;
    }
    const m = /^ab[du](ul|el|al|oul|ol|ur|ar|er|us|as|un|an)(.{3,})$/.exec(t);
    if (m && !CANON.has(nameKey(t))) {
      // the article assimilated to a sun letter (ALA-LC: ʿAbd ar-Raḥmān) is written with that letter once or twice:
      // "Abdurrahim" and "Abdurahim" are both ur + Rahim
      const sun = m[1]!.slice(-1);
      out.push('abdul', sun !== 'l' && m[2]![0] !== sun ? sun + m[2]! : m[2]!);
      continue;
    }
    out.push(/^ab[du](el|al|oul|ol)$/.test(t) ? 'abdul' : t);
  }
  return out;
}
