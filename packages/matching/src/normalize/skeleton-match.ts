/**
 * Consonant-skeleton comparison of a word romanised from a script that writes few or no vowels, or whose Latin
 * renderings of foreign names add and drop vowels (Arabic/Persian/Urdu, Hebrew, Japanese katakana, Thai, Khmer),
 * against a word as a Latin list writes it. A transliterated word ("vnymyn" from בנימין, "urajimiru" from
 * ウラジーミル, "hsyn" from حسين) and a Latin spelling ("Benjamin", "Vladimir", "Hussein") are each reduced to a
 * sequence of consonant classes; each script letter accepts the Latin classes it is written as in practice, letters
 * that also write vowels are optional, and the two sequences are aligned by a small edit distance.
 *
 * Sources of the letter tables (which Latin spellings a letter takes in names):
 * - Arabic/Persian/Urdu: ALA-LC Romanization Tables "Arabic" (2012) and "Persian" (2012), UNGEGN romanization
 *   systems (Arabic: UNGEGN 1972 "Amended Beirut System"; Persian: UNGEGN 2012), with the common English/French
 *   practice of lists (ث th/s, ذ ظ dh/z/d, ض d/z, ق q/k/g as in Maghrebi "Belgacem", ج j/g as in Egyptian "Gamal",
 *   ش sh/ch as in French "Chahade"); و and ي as the long vowels u/o and i/e (matres lectionis) are optional.
 * - Hebrew: ISO 259-2 (1994, simplified) and the common English practice of the Academy of the Hebrew Language's
 *   2006 rules for names: ב b/v, כ k/kh/ch, פ p/f, צ ts/tz/z, ח h/kh/ch, ש sh/s, ת t; א and ע silent; ו and י as
 *   matres lectionis optional (ו is v/w as a consonant), ה at the end of a word silent.
 * - Japanese katakana (foreign names, gairaigo practice of the Cabinet notification "外来語の表記", 1991): ル/ラ r for
 *   r and l, ジ for di/zi/ji, チ for ti/chi, ツ for tu/ts, シ for si/shi, フ for fu/hu/v, ブ/バ for b and v, ン for n/m,
 *   epenthetic vowels (ドナルド Donarudo) and long marks ー dropped with every vowel, ッ gemination collapsed.
 * - Thai: Royal Thai General System of Transcription (Royal Institute, 1999/2000) and its aspirated digraphs (ph, th,
 *   kh, ch), with the personal spellings it leaves out (ช ch/sh, ว w/v, final ล/ร n); letters under the silencer
 *   (thanthakhat ์) are dropped before romanising.
 * - Khmer: UNGEGN (1972) / ALA-LC (2012) Khmer romanization (final ង ng, initial ហ h, ច ch/j).
 */

export type ScriptProfile = 'arabic' | 'hebrew' | 'kana' | 'thai' | 'khmer';

/**
 * Latin consonant classes, one character each: single letters stand for themselves; digraph classes are upper-case:
 * S sh, C ch, X kh, G gh, T th, D dh, Z zh, Q ts.
 */
interface Seq {
  cls: string;
  /** per class: may be left out at no cost */
  opt: boolean[];
  /** per class: a y written as the diphthong ei/ey/ay ("Hussein", "Husayn"): Arabic writes it (ي), Hassan حسن has none */
  diph?: boolean[];
  /** positions of an r after a vowel before a consonant or the end (non-rhotic English: katakana leaves it out) */
  rv?: number[];
}

const VOWEL = /[aeiou]/;

/** The consonant classes of an ASCII word read as a Latin spelling of a name. */
export function latinClasses(word: string, digraphs = true, collapse = true): Seq {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let cls = '';
  const opt: boolean[] = [];
  const diph: boolean[] = [];
  const rAfterVowel: number[] = [];
  // end of the last consonant added: a class repeated right after it is a doubled letter
  let lastEnd = -1;
  const add = (c: string, o = false, d = false) => {
    // doubled letters are one ("Muhammad", "Abbas", "Hussein"); the same consonant after a vowel is another (ジョージ jooji)
    if (collapse && cls.endsWith(c) && lastEnd === i) return;
    cls += c;
    opt.push(o);
    diph.push(d);
  };
  let i = 0;
  for (; i < w.length; i++, lastEnd = VOWEL.test(w[i - 1] ?? '') || (w[i - 1] === 'y' && !VOWEL.test(w[i] ?? '')) ? -1 : i) {
    const c = w[i]!;
    const n = w[i + 1] ?? '';
    const two = c + n;
    if (VOWEL.test(c)) {
      // a word-initial diphthong ai/ei is the consonant y of the script (أيمن Ayman/Aiman)
      if (digraphs && i === 0 && n === 'i' && !VOWEL.test(w[2] ?? '')) {
        add('y', true);
        i++;
        continue;
      }
      // au / ou / aw before a consonant: the w of the script (العولقي Aulaqi, ولد Ould); French ou
      if (digraphs && (c === 'a' || c === 'o') && n === 'u' && w[i + 2] && !VOWEL.test(w[i + 2]!)) {
        add('w', true);
        i++;
        continue;
      }
      // ei / ey / ay before a consonant or at the end: a written y in Arabic script ("Hussein" حسين)
      if (digraphs && ((c === 'e' && (n === 'i' || n === 'y')) || (c === 'a' && n === 'y')) && !VOWEL.test(w[i + 2] ?? '') && w[i + 2] !== 'y') {
        add('y', true, true);
        i++;
      }
      continue;
    }
    if (!digraphs) {
      add(c === 'c' || c === 'q' ? 'k' : c);
      continue;
    }
    if (w.startsWith('sch', i)) { add('S'); i += 2; continue; }
    if (w.startsWith('tch', i) || w.startsWith('tsch', i)) { add('C'); i += w.startsWith('tsch', i) ? 3 : 2; continue; }
    if (w.startsWith('dzh', i)) { add('j'); i += 2; continue; }
    const di: Record<string, string> = { sh: 'S', ch: 'C', kh: 'X', gh: 'G', th: 'T', dh: 'D', zh: 'Z', ph: 'f', ts: 'Q', tz: 'Q', dj: 'j', ck: 'k' };
    if (di[two]) { add(di[two]!); i++; continue; }
    if (c === 'c') { add(/[eiy]/.test(n) ? 's' : 'k'); continue; }
    if (c === 'q') { add('k'); continue; }
    if (c === 'x') { add('k'); add('s'); continue; }
    if (c === 'y') {
      // a consonant before a vowel ("Yusuf", "Iyad"), a vowel elsewhere ("Levy", "Ayman")
      if (VOWEL.test(n)) add('y');
      continue;
    }
    // a final h after a vowel is often not written in Latin, or is a silent letter's ("Abdullah", "Shah")
    if (c === 'h' && i > 0 && VOWEL.test(w[i - 1]!) && i === w.length - 1) { add('h', true); continue; }
    // English r after a vowel is silent before a consonant or at the end (George ジョージ, Burger バーガー); optional
    if (c === 'r' && i > 0 && VOWEL.test(w[i - 1]!) && !VOWEL.test(n) && n !== 'r' && n !== 'y') { add('r', false); rAfterVowel.push(cls.length - 1); continue; }
    // "ng" is one nasal in Korean/Khmer/Thai-derived spellings ("Jong")
    if (c === 'g' && i > 0 && w[i - 1] === 'n' && !VOWEL.test(n)) { add('g', true); continue; }
    add(c);
  }
  return { cls, opt, diph, rv: rAfterVowel };
}

/** Per profile: the Latin classes each romanised script letter (as a class) may be written as. Absent: itself only. */
const ALT: Record<ScriptProfile, Record<string, string>> = {
  arabic: {
    // خ kh is ch in German and Dutch practice (Chamenei, Chaled: Duden, "Transkription arabischer Namen"; DIN 31635 ḫ)
    b: 'bp', p: 'pb', t: 'tT', T: 'Tts', j: 'jgZ', h: 'hX', X: 'XhkC', C: 'CSj', d: 'dDz', D: 'DzdT', z: 'zDsZ', Z: 'Zjz',
    // ق is q/k in Arabic practice, g in Maghrebi and Gulf spellings (Belgacem), gh in Persian (Bagher, Ghalibaf)
    s: 'sT', S: 'SCs', G: 'Ggr', f: 'fv', k: 'kgXG', g: 'gkj', n: 'n', w: 'wvf', y: 'yj', l: 'l', r: 'r', m: 'm', v: 'vw',
  },
  hebrew: {
    v: 'bvw', b: 'bv', X: 'kXCh', k: 'kXC', f: 'fp', p: 'pf', s: 'sSQ', S: 'Ss', Q: 'QzCs', h: 'hXC', t: 'tTs', g: 'gj', z: 'zZj',
    y: 'yj', d: 'dD',
  },
  kana: {
    r: 'rl', l: 'lr', j: 'jdzZgy', C: 'CtQk', Q: 'Qtsz', S: 'SsC', f: 'fhvp', h: 'hXfk', b: 'bvw', w: 'wvb', v: 'vbw',
    // ch read k in words of Greek origin is ク (テクノロジー technology, ケミカル chemical)
    s: 'sTQc', z: 'zTDj', t: 'tdT', d: 'dtT', k: 'kgXC', g: 'gkj', m: 'mn', n: 'nm', p: 'pbf', y: 'yj',
  },
  thai: {
    T: 'tTd', t: 'tdT', f: 'pfb', p: 'pb', b: 'bpv', X: 'kXg', k: 'kgX', C: 'CSjs', s: 'sSCT', S: 'SsC', w: 'wvb', v: 'vwb',
    r: 'rln', l: 'lrn', n: 'nlrm', d: 'dt', y: 'yj', j: 'jCy', h: 'h',
  },
  khmer: {
    T: 'tTd', t: 'tdT', f: 'pfb', p: 'pb', b: 'bpv', X: 'kXg', k: 'kgX', C: 'CSjs', s: 'sSC', S: 'sSC', w: 'wvb', v: 'vwb',
    r: 'rl', l: 'lr', n: 'nm', d: 'dt', y: 'yj', j: 'jCy', h: 'h',
  },
};

/** Letters that also write vowels (matres lectionis, Japanese vowel glides): optional except at the start of a word. */
const WEAK: Record<ScriptProfile, string> = { arabic: 'wy', hebrew: 'vy', kana: 'wy', thai: 'wy', khmer: 'wy' };

/** The consonant classes of a romanised script word, with the letters it may leave out. */
export function scriptClasses(ascii: string, profile: ScriptProfile, digraphs = true): Seq {
  const base = latinScriptParse(ascii, digraphs);
  const opt = base.cls.split('').map((c, i) => {
    // a weak letter is a consonant only as the word's first letter (عيسى "aysa": the y is a vowel after the ayn)
    if (WEAK[profile].includes(c) && (i > 0 || ascii[0] !== c)) return true;
    // Hebrew word-initial yod before a consonant is the vowel i in English practice (ישראל Yisrael / Israel, יצחק Itzhak)
    if (profile === 'hebrew' && i === 0 && c === 'y' && base.cls.length > 1 && base.cls[1] !== 'y') return true;
    // a letter written twice is a consonant twice (the vowel between unwritten: منان Manan) or doubled (ッ, الله Allah)
    if (i > 0 && base.cls[i - 1] === c) return true;
    // a final h is a silent letter's (ة, Persian final he, Hebrew ה) or an aspiration mark; Persian ـه‌ای (Khamenei)
    if (c === 'h' && i > 0 && (i === base.cls.length - 1 || (i === base.cls.length - 2 && base.cls.endsWith('y')))) return true;
    // ng: the g of a velar nasal is not always written (Khmer រង្ស៊ី Rainsy, Thai -ng)
    if (c === 'g' && i > 0 && base.cls[i - 1] === 'n') return true;
    return base.opt[i]!;
  });
  return { cls: base.cls, opt };
}

/** A romanised script word's classes: as a Latin word, but y is always a letter (ي, י) and vowels are vowels. */
function latinScriptParse(ascii: string, digraphs: boolean): Seq {
  // y written in the script is a letter (a consonant or a mater lectionis), whatever follows it
  return latinClasses(ascii.replace(/y/g, 'yA').replace(/A/g, 'a'), digraphs, false);
}

const MEMO = new Map<string, Seq>();
function cached(key: string, make: () => Seq): Seq {
  let v = MEMO.get(key);
  if (!v) {
    if (MEMO.size >= 50_000) MEMO.clear();
    v = make();
    MEMO.set(key, v);
  }
  return v;
}

/**
 * Edit distance between a script word's classes and a Latin word's: a script letter meets a Latin class it may be
 * written as at no cost; optional letters on either side may be left out at no cost; anything else costs one.
 */
function distance(s: Seq, l: Seq, alt: Record<string, string>, max: number, lcost: number[]): number {
  const n = s.cls.length;
  const m = l.cls.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + lcost[j - 1]!;
  for (let i = 1; i <= n; i++) {
    const sc = s.cls[i - 1]!;
    const so = s.opt[i - 1] ? 0 : 1;
    const ok = alt[sc] ?? sc;
    cur[0] = prev[0]! + so;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const lc = l.cls[j - 1]!;
      // the letter's first reading is free, its other readings cost a hair (so that د prefers d to z when both are there)
      const sub = prev[j - 1]! + (ok[0] === lc ? 0 : ok.includes(lc) ? SECONDARY : 1);
      const v = Math.min(sub, prev[j]! + so, cur[j - 1]! + lcost[j - 1]!);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** Cost of leaving out each Latin class when compared with `profile`'s script. */
function latinCosts(l: Seq, profile: ScriptProfile): number[] {
  return l.cls.split('').map((c, j) => {
    if (l.diph?.[j]) return profile === 'arabic' ? 1 : 0;
    if (l.opt[j]) return 0;
    // katakana writes an initial v/w before l/r as the vowel ウ (ウラジーミル Vladimir, ウォルフ Wolf)
    if (profile === 'kana' && j === 0 && (c === 'v' || c === 'w')) return 0;
    if (profile === 'kana' && l.rv?.includes(j)) return 0;
    // the g of a Latin "ng" is the velar nasal that katakana writes as ン alone (キム・ジョンイル Kim Jong Il, ジョンウン Jong Un)
    if (profile === 'kana' && c === 'g' && j > 0 && l.cls[j - 1] === 'n') return 0;
    return 1;
  });
}

/** Cost of reading a letter by one of its secondary Latin spellings: a tie-breaker, far below one edit. */
const SECONDARY = 0.01;

const required = (s: Seq) => s.opt.reduce((k, o) => k + (o ? 0 : 1), 0);

/** Similarities of a skeleton agreement: three or more consonants / two / one; one or two differences in long words. */
export const SKELETON_SIM = { long: 0.95, two: 0.92, one: 0.9, oneEdit: 0.9, twoEdits: 0.86 } as const;

/**
 * Similarity in [0,1] of a word romanised from `profile`'s script and a Latin word (0: different words). Equal
 * skeletons score by their length; one difference is allowed from five consonants, two from eight.
 */
export function skeletonSim(scriptAscii: string, latin: string, profile: ScriptProfile): number {
  const l = cached(`\u0000${latin}`, () => latinClasses(latin));
  let best = simOf(cached(`${profile}\u0000${scriptAscii}`, () => scriptClasses(scriptAscii, profile)), l, profile);
  // a romanised digraph can be two letters (Persian دهقان "dhqn" is d-h, not dh): read letter by letter as well
  if (best < SKELETON_SIM.long && /[dtkgsz]h|ts/.test(scriptAscii)) {
    best = Math.max(best, simOf(cached(`${profile}\u0001${scriptAscii}`, () => scriptClasses(scriptAscii, profile, false)), l, profile));
  }
  if (best < SKELETON_SIM.long && profile === 'kana') {
    // a final ズ is the English plural s, voiced (システムズ systems, ホールディングス is written with ス): read s there
    // only — elsewhere z and s are two Japanese sounds (Suzuki is not Sasaki)
    const kana = /.zu$/.test(scriptAscii) ? [scriptAscii, `${scriptAscii.slice(0, -2)}su`] : [scriptAscii];
    for (const k of kana) {
      for (const alt of k === scriptAscii ? latinKanaReadings(latin) : [latin, ...latinKanaReadings(latin)]) {
        best = Math.max(best, simOf(cached(`${profile}\u0000${k}`, () => scriptClasses(k, profile)), cached(`\u0000${alt}`, () => latinClasses(alt)), profile));
      }
    }
  }
  if (best < SKELETON_SIM.long && profile === 'arabic') {
    // taa marbuta (ة, romanised h) is read t in the construct state (ALA-LC "Arabic" 2012, rule 7(b): عصبة الأنصار ʿUṣbat al-Anṣār)
    if (/[a-z]{2}h$/.test(scriptAscii) && /t$/.test(latin)) {
      const t = `${scriptAscii.slice(0, -1)}t`;
      best = Math.max(best, simOf(cached(`${profile}\u0000${t}`, () => scriptClasses(t, profile)), l, profile));
    }
    for (const alt of latinArabicReadings(latin)) {
      best = Math.max(best, simOf(cached(`${profile}\u0000${scriptAscii}`, () => scriptClasses(scriptAscii, profile)), cached(`\u0000${alt}`, () => latinClasses(alt)), profile));
    }
  }
  return best;
}

/**
 * Other readings of a Latin spelling against Arabic script:
 * - c before a, o, u is ç in French spellings of Maghrebi names, the cedilla lost in ASCII (Fayçal, Aïcha: the French
 *   practice of the Maghreb civil registers; ALA-LC "Arabic" 2012 gives ṣ/s for ص and س);
 * - zh, dh, th, gh, kh are also two letters, a consonant and ه/ح (مظهر Mazhar, فتحي Fathi, ادهم Adham; Urdu aspirates
 *   written with do-chashmi he ھ, Platts 1884: دھ dh), not only the digraphs of ALA-LC (ژ zh, ذ dh, ث th, غ gh, خ kh).
 */
function latinArabicReadings(latin: string): string[] {
  const out: string[] = [];
  if (/(?:^|[^s])c[aou]/.test(latin)) out.push(latin.replace(/(^|[^s])c(?=[aou])/g, '$1s'));
  if (/[zdtgk]h/.test(latin)) out.push(latin.replace(/([zdtgk])h/g, '$1ah'));
  return out;
}

/**
 * Other readings of an English spelling against katakana (the Cabinet notification 外来語の表記, 1991, writes loanwords
 * by their English sounds): -tion, -sion, -ssion are ション (コーポレーション corporation, ミッション mission), -ture
 * is チャー (ストラクチャー structure).
 */
function latinKanaReadings(latin: string): string[] {
  const out: string[] = [];
  if (/(?:t|s{1,2})ion/.test(latin)) out.push(latin.replace(/(?:t|s{1,2})ion/g, 'shon'));
  if (/ture/.test(latin)) out.push(latin.replace(/ture/g, 'chur'));
  return out;
}

function simOf(s: Seq, l: Seq, profile: ScriptProfile): number {
  const ns = required(s);
  const lcost = latinCosts(l, profile);
  const nl = lcost.reduce((a, b) => a + b, 0);
  if (ns === 0 || nl === 0 || Math.abs(ns - nl) > 2) return 0;
  const size = Math.max(ns, nl);
  // one difference from five consonants (six for katakana, whose vowels hide nothing), two from eight ("Putin" is
  // not "Putilin", "Lavrov" not "Lavrenov", "Somchai" not "Somsak")
  const one = profile === 'kana' ? 6 : 5;
  const dist = distance(s, l, ALT[profile], size >= 8 ? 2.5 : size >= one ? 1.5 : 0.5, lcost);
  const d = Math.round(dist);
  // secondary readings lower the similarity a little (at most 0.02)
  const hair = Math.min(0.02, dist - d > 0 ? dist - d : 0);
  if (d === 0) return (size >= 3 ? SKELETON_SIM.long : size === 2 ? SKELETON_SIM.two : SKELETON_SIM.one) - hair;
  if (d === 1 && size >= one) return SKELETON_SIM.oneEdit - hair;
  if (d === 2 && size >= 8) return SKELETON_SIM.twoEdits - hair;
  return 0;
}

/**
 * Onsets: the Latin first consonant classes an Arabic-script word's reading can begin with (its first letters up to
 * the first required one, each as any class it is written as; for a word with the article, its next letter's too),
 * and a Latin word's first class. A span of Latin words whose first class is not among the script word's onsets
 * cannot read as it: a necessary condition of skeletonSim, cheap enough to try first (memoised per word).
 */
const ONSETS = new Map<string, string>();
export function arabicOnsets(scriptAscii: string): string {
  let v = ONSETS.get(scriptAscii);
  if (v === undefined) {
    const firsts = (a: string) => {
      const seq = cached(`arabic\u0000${a}`, () => scriptClasses(a, 'arabic'));
      let out = '';
      for (let i = 0; i < seq.cls.length; i++) {
        const c = seq.cls[i]!;
        // (ك read as German ch, ص/س as French c before a/o/u: the readings of latinArabicReadings)
        out += (ALT.arabic[c] ?? c) + (c === 'k' || c === 'X' ? 'C' : c === 's' ? 'k' : '');
        if (!seq.opt[i]) break;
      }
      return out;
    };
    v = firsts(scriptAscii) + (scriptAscii.length > 3 && scriptAscii.startsWith('l') ? firsts(scriptAscii.slice(1)) : '');
    if (ONSETS.size >= 50_000) ONSETS.clear();
    ONSETS.set(scriptAscii, v);
  }
  return v;
}

/** Required consonant classes of an Arabic-script word (memoised with its classes). */
export function arabicRequired(scriptAscii: string): number {
  return required(cached(`arabic\u0000${scriptAscii}`, () => scriptClasses(scriptAscii, 'arabic')));
}

/** Consonant classes of a Latin word, optional ones left out (memoised with its classes). */
export function latinRequired(latin: string): number {
  return required(cached(`\u0000${latin}`, () => latinClasses(latin)));
}

/** The first consonant class of a Latin word ('' when it has none). */
export function latinOnset(latin: string): string {
  return cached(`\u0000${latin}`, () => latinClasses(latin)).cls[0] ?? '';
}

const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/;
const KANA = /[\u30a0-\u30ff\u3040-\u309f]/;
const THAI = /[\u0e00-\u0e7f]/;
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** The skeleton profile of a name written in one of these scripts (undefined for other scripts). */
export function scriptProfile(name: string): ScriptProfile | undefined {
  if (ARABIC.test(name)) return 'arabic';
  if (HEBREW.test(name)) return 'hebrew';
  if (KANA.test(name)) return 'kana';
  if (THAI.test(name)) return 'thai';
  if (KHMER.test(name)) return 'khmer';
  return undefined;
}

/**
 * Thai spelling read as RTGS reads it. Letters under the silencer (thanthakhat ◌์, with the vowel or tone marks between) are not pronounced and
 * RTGS leaves them out: ประยุทธ์ Prayut, สวัสดิ์ Sawat. A silenced pair after ร/ท (จันทร์ Chan) goes with them.
 */
export function stripThaiSilent(s: string): string {
  return s
    .replace(/(?:[\u0e01-\u0e2e](?=\u0e23\u0e4c))?[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4b]*\u0e4c/g, '')
    // ห leading a sonorant (ห นำ: หลีก, หม่อม) only marks its tone: silent
    .replace(/\u0e2b(?=[\u0e07\u0e0d\u0e19\u0e21\u0e22\u0e23\u0e25\u0e27])/g, '')
    // vowels written before their consonant (เ แ โ ใ ไ) are read after it: เวช wech, not ewch
    .replace(/([\u0e40-\u0e44])([\u0e01-\u0e2e])/g, '$2$1');
}

/**
 * Coarse consonant key for retrieval (index-build.ts / retrieve.ts): the required consonant classes in broad groups
 * (labials B, dentals and sibilants T, velars K, liquids L, nasals N; h, y and j left out, as the letters that are
 * most often unwritten or written as vowels). A listed Latin word and a script word that compare similar by
 * skeletonSim mostly share it, or differ by one extra consonant on the script side (looked up by deletion).
 */
const COARSE: Record<string, string> = {
  b: 'B', p: 'B', f: 'B', v: 'B', w: 'B',
  t: 'T', d: 'T', T: 'T', D: 'T', s: 'T', z: 'T', S: 'T', Z: 'T', C: 'T', Q: 'T',
  k: 'K', g: 'K', G: 'K', X: 'K', q: 'K', c: 'K',
  l: 'L', r: 'L', m: 'N', n: 'N',
};

function coarse(seq: Seq, keepOpt: (i: number) => boolean): string {
  let out = '';
  for (let i = 0; i < seq.cls.length; i++) {
    if (seq.opt[i] && !keepOpt(i)) continue;
    const g = COARSE[seq.cls[i]!];
    if (g && !out.endsWith(g)) out += g;
  }
  return out;
}

/** Coarse key of a Latin listed word ('' when it has fewer than two consonant groups). */
export function latinCoarseKey(word: string): string {
  const k = coarse(cached(`\u0000${word}`, () => latinClasses(word)), () => false);
  return k.length >= 2 ? k : '';
}

/** Coarse keys a script word may have in a Latin list: its own and with one group left out (at most a few). */
export function scriptCoarseKeys(ascii: string, profile: ScriptProfile, withDeletions = true): string[] {
  const forms = profile === 'arabic' && ascii.length > 3 && ascii.startsWith('l') ? [ascii, ascii.slice(1)] : [ascii];
  const out = new Set<string>();
  for (const f of forms) {
    const seq = cached(`${profile}\u0000${f}`, () => scriptClasses(f, profile));
    const k = coarse(seq, () => false);
    if (k.length >= 2) out.add(k);
    if (k.length >= 3 && withDeletions) for (let i = 0; i < k.length; i++) out.add(k.slice(0, i) + k.slice(i + 1));
    // the weak letters written as consonants (ชินวัตร Shinawatra: ว is w; דוד David: ו is v)
    if (profile !== 'arabic') {
      const all = coarse(seq, (i) => WEAK[profile].includes(seq.cls[i]!));
      if (all.length >= 3 && all !== k) out.add(all);
    }
  }
  return [...out].filter((k) => k.length >= 2);
}

/**
 * Retrieval keys of short words (fewer than three coarse groups: Hun, Sen, Levy, David, Yitzhak, To), which the coarse
 * key cannot look up without meeting thousands of words: the word's exact consonant classes. A listed Latin word is
 * filed under its required classes (and with its optional ones, and — for katakana — without an r after a vowel or
 * an initial v/w, which katakana leaves out); a script word looks up every class string its letters may be written
 * as (each letter's Latin readings from the profile's table, an optional letter written or not). For such short words
 * skeletonSim() allows no difference (one from five consonants), so the lookup finds what the comparison accepts.
 */
const SHORT_PREFIX = '~';
/** At most this many class strings are looked up per script word (a word of many ambiguous letters is not short). */
const SHORT_ENUM_MAX = 256;

export function latinShortKeys(word: string): string[] {
  if (latinCoarseKey(word)) {
    const k = coarse(cached(`\u0000${word}`, () => latinClasses(word)), () => false);
    if (k.length >= 3) return [];
  }
  const l = cached(`\u0000${word}`, () => latinClasses(word));
  if (!l.cls) return [];
  const keep = (drop: (j: number) => boolean) => {
    let out = '';
    for (let j = 0; j < l.cls.length; j++) if (!drop(j)) out += l.cls[j];
    return out;
  };
  const req = keep((j) => l.opt[j]! || !!l.diph?.[j]);
  const all = keep(() => false);
  const kana = keep((j) => l.opt[j]! || !!l.diph?.[j] || !!l.rv?.includes(j) || (j === 0 && (l.cls[0] === 'v' || l.cls[0] === 'w')));
  return [...new Set([req, all, kana])].filter((k) => k.length > 0 && k.length <= 5).map((k) => SHORT_PREFIX + k);
}

export function scriptShortKeys(ascii: string, profile: ScriptProfile): string[] {
  const s = cached(`${profile}\u0000${ascii}`, () => scriptClasses(ascii, profile));
  if (required(s) === 0 || required(s) > 4 || coarse(s, () => false).length >= 3) return [];
  let out = [''];
  for (let i = 0; i < s.cls.length; i++) {
    const alts = ALT[profile][s.cls[i]!] ?? s.cls[i]!;
    const next: string[] = [];
    // a letter of the same class as the one before (optional): left out, or written with the same reading again
    const again = i > 0 && s.opt[i] && s.cls[i] === s.cls[i - 1];
    for (const p of out) {
      if (s.opt[i]) next.push(p);
      if (again) {
        if (p && alts.includes(p[p.length - 1]!)) next.push(p + p[p.length - 1]);
        continue;
      }
      // a letter doubled in the Latin spelling is one class ("Abbas"): the same class twice in a row is once
      for (const a of alts) next.push(p.endsWith(a) ? p : p + a);
    }
    out = [...new Set(next)];
    if (out.length > SHORT_ENUM_MAX) return [];
  }
  return out.filter((k) => k.length > 0 && k.length <= 5).map((k) => SHORT_PREFIX + k);
}
