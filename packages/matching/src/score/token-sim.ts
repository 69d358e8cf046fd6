import { jaroWinkler } from '../jaro-winkler';
import { Kind } from '../normalize/prepare';
import { abjadSkeletons, skeleton } from '../normalize/abjad';
import { editDistance } from './edit-distance';
import { digitReadings, numberWords } from '../normalize/phenomena';
import { type ScriptProfile, skeletonSim } from '../normalize/skeleton-match';
import { isHypocorism, NICKNAME_SIM } from '../normalize/nicknames';
import { nameKey } from '../normalize/name-key';
import { eastSlavicKey, patronymicKey } from '../normalize/east-slavic';
import { FRAME_SIM, frameSim } from '../normalize/consonant-frame';
import { isFamilyCanon } from '../normalize/name-variants';

/** Similarity credited when an initial stands for a name starting with that letter. */
export const INITIAL_SIM = 0.9;
/** Similarity of a word written with look-alike digits at its end to the word it reads as ("Hama5" ~ HAMAS). */
export const DIGIT_READING_SIM = 0.95;
/** Words whose lengths differ by more than this are different words. */
export const MAX_LENGTH_GAP = 3;
/** Below this similarity two name tokens are different words. */
export const TOKEN_FLOOR = 0.84;

/**
 * Words whose comparison key has at most this many letters are too short to absorb a spelling difference: two such
 * words spelt differently are the same word only when the difference is a transliteration variant that keeps
 * their consonants (vowels, doubled letters, digraphs: Khan/Han, Nour/Nur, Deeb/Dib, Lee/Li, Abou/Abu), never when
 * a consonant appears or goes ("Jaya" is not "JAA"), and a word without vowels is an acronym that matches only itself
 * ("HMM", the Korean shipping line, is not the listed acronym "HM"). Shorter words are never compared fuzzily either
 * (tokenSim); Watchman and yente likewise compare such tokens exactly.
 */
export const SHORT_WORD = 3;

const VOWEL = /[aeiouy]/;
/** The consonants of a word in order, after the name-key folding (an intervocalic y stays a consonant). */
const consonants = (w: string) => nameKey(w.replace(/([aeiou])y(?=[aeiou])/g, '$1Y')).replace(/[aeiou]/g, '').replace(/([a-zY])\1+/g, '$1');

/** Words equal up to the confusable vowels e/i and o/u (Laden/Ladin, Osman/Usman) score this. */
export const VOWEL_SIM = 0.97;
const vowelFold = (w: string) => w.replace(/e/g, 'i').replace(/o/g, 'u');

/** Similarity of a one-edit (or two-edit, for long words) spelling difference that Jaro-Winkler undervalues. */
function editSim(a: string, b: string): number {
  const m = Math.min(a.length, b.length);
  if (m < 4) return 0;
  const max = m >= 8 ? 2 : 1;
  const d = editDistance(a, b, max);
  if (d > max) return 0;
  if (d === 1) return m >= 6 ? 0.93 : 0.9;
  return d === 2 ? 0.88 : 0;
}

/**
 * Phonetic classes of first letters, after Watchman's phonetic first-letter filter (internal/stringscore/phonetics.go):
 * vowels and y; b f p v; c g j k q s x z; d t; l; m n; r; h w. A spelling variant keeps the class of its first sound
 * (Ghasemi/Qasemi, Cheng/Zheng, Kadhafi/Gadhafi, Iosif/Yosif). Two romanisations cross classes and stay equivalent:
 * j/y/i (German, Polish and Serbo-Croatian j is English y: Janukovych/Yanukovych, Jusuf/Yusuf) and a single g/h
 * (Ukrainian and Belarusian Г is h, Russian Г is g: Herman/German, Hryhoriy/Grigory) — not the Arabic/Persian
 * digraphs gh and kh, which are other letters (Ghasemi is not Hashemi).
 *
 * The filter applies to an *attested* query word, one the list itself holds as a word of some listed name: such a
 * word is a name in its own right, so a listed word of another first sound is another name (Harry/Larry,
 * Hashemi/Ghasemi, Ping/Ling, Fernandez/Hernandez, Ebrahimi/Rahimi). A query word no listed name holds is more
 * likely a misspelling, and a misspelling may hit the first letter too (Prganico for Organico), so it is compared
 * as before. Without an index (compare() of two given names) there is nothing to attest a word and the filter is off.
 */
const ONSET_CLASS: Record<string, number> = {};
['aeiouy', 'bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r', 'hw'].forEach((letters, c) => {
  for (const l of letters) ONSET_CLASS[l] = c;
});
const onset = (w: string) => ONSET_CLASS[w[0]!] ?? w.charCodeAt(0) + 100;
const jy = (w: string) => w[0] === 'j' || w[0] === 'y' || w[0] === 'i';
const gh = (w: string) => (w[0] === 'g' || w[0] === 'h') && w[1] !== 'h';

/** Whether two words begin with sounds of one phonetic class (on their comparison keys or on their spellings). */
export function sameOnset(a: string, b: string, sa = a, sb = b): boolean {
  if (onset(a) === onset(b) || onset(sa) === onset(sb)) return true;
  return (jy(sa) && jy(sb)) || (gh(sa) && gh(sb) && sa[0] !== sb[0]);
}

/**
 * Similarity of two name tokens in [0,1]; 0 means "different words". Compares comparison keys (`a`, `b`) and
 * ASCII surface forms (`sa`, `sb`): equal keys are 1; an initial matches a name with its letter; legal forms
 * and numbers only match exactly; other words by Jaro-Winkler or a small edit distance, above TOKEN_FLOOR.
 */
export function tokenSim(a: string, ka: Kind, b: string, kb: Kind, sa = a, sb = b, attested = false): number {
  if (a === b) return sameWord(a, ka, b, kb, sa, sb) ? 1 : 0;
  if (ka === Kind.Initial || kb === Kind.Initial) {
    if (ka === Kind.Initial && kb === Kind.Initial) return 0;
    const [full, init, kf] = ka === Kind.Initial ? [sb, sa, kb] : [sa, sb, ka];
    return full.length > 1 && full[0] === init[0] && kf !== Kind.Legal && kf !== Kind.Number ? INITIAL_SIM : 0;
  }
  // a misspelt number word meets its digits ("Foruteen Star" ~ "FOURTEEN STAR", read as 14)
  if ((ka === Kind.Number) !== (kb === Kind.Number) && ka !== Kind.Legal && kb !== Kind.Legal) {
    const [num, word] = ka === Kind.Number ? [a, sb] : [b, sa];
    // digits at a word's end written for look-alike letters ("Hama5" HAMAS, "Carvaja1" CARVAJAL): an exact reading only
    if (!/^\d+$/.test(num)) return digitReadings(num).some((r) => r === word || nameKey(r) === nameKey(word)) ? DIGIT_READING_SIM : 0;
    if (word.length < 4) return 0;
    const s = Math.max(0, ...numberWords(num).map((w) => jaroWinkler(w, word)));
    return s >= 0.9 ? s : 0;
  }
  if (ka === Kind.Legal || kb === Kind.Legal || ka === Kind.Number || kb === Kind.Number) return 0;
  // a given name and its short form (sourced table: Bill/William, Sasha/Aleksandr, Pepe/José)
  if (ka === Kind.Normal && kb === Kind.Normal && isHypocorism(a, b)) return NICKNAME_SIM;
  if (a.length < 3 || b.length < 3) return 0;
  // words of very different length are different words (a prefix is not a name: "abdul" / "abdulrahman")
  if (Math.abs(a.length - b.length) > MAX_LENGTH_GAP && Math.abs(sa.length - sb.length) > MAX_LENGTH_GAP) return 0;
  // a patronymic is derived from a given name (Dmitrievich ← Dmitry): only a near-identical word pairs with it
  const patronymicVsName = (ka === Kind.Patronymic) !== (kb === Kind.Patronymic);
  // one patronymic in Russian, Belarusian or Ukrainian form (Aliaksandravich / Aleksandrovich, Siarhejevich / Sergeevich)
  if (ka === Kind.Patronymic && kb === Kind.Patronymic) {
    const pa = patronymicKey(sa);
    if (pa !== undefined && pa === patronymicKey(sb)) return PATRONYMIC_SIM;
  }
  if (!patronymicVsName && a.length >= 4 && a.length === b.length && vowelFold(a) === vowelFold(b)) return VOWEL_SIM;
  // an attested name that begins with a sound of another class is another name (Harry/Larry, Hashemi/Ghasemi, Yang/Gang)
  if (attested && !sameOnset(a, b, sa, sb)) return 0;
  // a syllable inside a short name makes another name (Putin/Putilin, Lavrov/Lavrenov), however close Jaro-Winkler puts them
  // (in the keys and in the spellings: folding "maalla" to "mala" does not make "mahalla" a longer word)
  if (syllableInserted(a, b) && syllableInserted(sa, sb)) return 0;
  // two words alike only in a first part, which Jaro-Winkler's prefix bonus rewards (Trans / TRANSOIL, Sinotrans /
  // SinoHTS): Jaro-Winkler is not read for them (the spelling rules below still are)
  const firstPartOnly = sharedFirstPartOnly(a, b) && sharedFirstPartOnly(sa, sb);
  let s = firstPartOnly ? 0 : jaroWinkler(a, b);
  if (patronymicVsName) return s >= 0.97 ? s : 0;
  if (!firstPartOnly && s < 0.97 && (sa !== a || sb !== b)) s = Math.max(s, jaroWinkler(sa, sb));
  // one East Slavic surname in its Russian, Belarusian or Ukrainian form (Auramenka / Avramenko, Barsukou / Barsukov)
  if (s < EAST_SLAVIC_SIM && ka === Kind.Normal && kb === Kind.Normal) {
    const ea = eastSlavicKey(sa);
    if (ea !== undefined && ea === eastSlavicKey(sb)) s = EAST_SLAVIC_SIM;
  }
  // one Arabic/Persian/Turkic name in two romanisations (normalize/consonant-frame.ts); two known names stay two names
  if (s < FRAME_SIM && ka === Kind.Normal && kb === Kind.Normal && !(isFamilyCanon(a) && isFamilyCanon(b))) s = Math.max(s, frameSim(sa, sb));
  // a short word differing in a letter is often another word ("omar"/"amar"): JW alone is not enough there
  if (Math.min(a.length, b.length) <= 4 && s < 0.95) s = 0;
  if (s < 0.95) s = Math.max(s, editSim(a, b), editSim(sa, sb));
  if (s < TOKEN_FLOOR && a.length >= 7 && b.length >= 7) s = consonantSim(a, b);
  return s < TOKEN_FLOOR ? 0 : s;
}

/**
 * Whether the longer of two words is the shorter (at most SYLLABLE_MAX_SHORT letters) with a syllable — two or three
 * letters holding a vowel and a consonant — put inside it, neither at its start nor at its end: Putin / Putilin,
 * Lavrov / Lavrenov, Ivanov / Ivanenov are other family names (Russian surnames are stems plus suffixes: -il-, -en-
 * make another stem; Unbegaun, "Russian Surnames", 1972), and a typo adds one letter, a transliteration a vowel or a
 * doubled letter (Mohamed / Mohammed, Osama / Ousama), not a syllable.
 */
export function syllableInserted(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const d = l.length - s.length;
  if (d < 2 || d > 3 || s.length < 4 || s.length > SYLLABLE_MAX_SHORT) return false;
  let p = 0;
  while (p < s.length && s[p] === l[p]) p++;
  let q = 0;
  while (q < s.length && s[s.length - 1 - q] === l[l.length - 1 - q]) q++;
  // one contiguous insertion: the common prefix and suffix cover the shorter word
  if (p + q < s.length) return false;
  // where the insertion may sit (a repeated letter lets it slide): somewhere strictly inside both words
  for (let k = Math.max(1, s.length - q); k <= Math.min(p, s.length - 1); k++) {
    const ins = l.slice(k, k + d);
    if (/[aeiouy]/.test(ins) && /[^aeiouy]/.test(ins)) return true;
  }
  return false;
}
const SYLLABLE_MAX_SHORT = 7;

/**
 * Whether two words share only a first part: after their common beginning (≥ FIRST_PART letters) one word goes on
 * with ≥ 3 letters the other lacks entirely (Trans / TRANSOIL, Kim / Kimura, Hassan / Hassanein: a word glued to
 * another, a longer name), or both go on with different endings of ≥ 3 letters each that share almost nothing
 * (Jaro-Winkler of the endings below FIRST_PART_ENDING_SIM: Sinotrans / SinoHTS, "trans" against "hts").
 * Jaro-Winkler gives such pairs up to 0.1 per shared first letter (Winkler 1990) and passes them; a spelling variant
 * differs in a letter or two, or in endings that still correspond (Hussein / Husain: "sein" / "ain" 0.72).
 */
export function sharedFirstPartOnly(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (p < FIRST_PART) return false;
  const ra = a.slice(p);
  const rb = b.slice(p);
  if (Math.max(ra.length, rb.length) < 3) return false;
  if (ra.length === 0 || rb.length === 0) return true;
  // (an ending of one or two letters is a spelling's: "chulann", a Thai name romanised without its vowels, for Chulanont)
  return Math.min(ra.length, rb.length) >= 3 && jaroWinkler(ra, rb) < FIRST_PART_ENDING_SIM;
}
const FIRST_PART = 3;
const FIRST_PART_ENDING_SIM = 0.6;

/**
 * Whether two tokens with equal comparison keys are the same word: always, unless the key is a short word
 * (≤ SHORT_WORD letters) of two non-initial words whose ASCII spellings differ ("hmm" and "hm" both key to "hm").
 */
export function sameWord(a: string, ka: Kind, b: string, kb: Kind, sa = a, sb = b): boolean {
  if (a !== b) return false;
  if (a.length > SHORT_WORD || sa === sb || ka === Kind.Initial || kb === Kind.Initial || ka === Kind.Legal || kb === Kind.Legal || ka === Kind.Number || kb === Kind.Number) return true;
  // an acronym (no vowel) is only itself; otherwise the same consonants in the same order
  return VOWEL.test(sa) && VOWEL.test(sb) && consonants(sa) === consonants(sb);
}
/** Similarity of two spellings of one surname across East Slavic forms (normalize/east-slavic.ts eastSlavicKey). */
export const EAST_SLAVIC_SIM = 0.93;
/** Similarity of two spellings of one patronymic across East Slavic forms (normalize/east-slavic.ts). */
export const PATRONYMIC_SIM = 0.95;

/** Similarity of two long words spelt with the same five or more consonants (vowels differ: Belarusian akanye, ia/e). */
export const CONSONANT_SIM = 0.9;
function consonantSim(a: string, b: string): number {
  const ka = skeleton(a.replace(/dz/g, 'd'));
  return ka.length >= 5 && ka === skeleton(b.replace(/dz/g, 'd')) ? CONSONANT_SIM : 0;
}

/** Credit a pair of tokens earns from its similarity: near 1 for a typo, falling towards the floor. */
export function credit(sim: number): number {
  if (sim >= 0.999) return 1;
  // ≥ 0.9 is mostly a typo or a variant; below, mostly another word sharing a prefix or suffix
  if (sim >= 0.9) return 0.85 + 1.5 * (sim - 0.9);
  return 0.5 + 0.3 * Math.max(0, (sim - TOKEN_FLOOR) / (0.9 - TOKEN_FLOOR));
}

/** Similarity of an Arabic-script query word to a listed word with the same consonant skeleton (three letters or more / two / one). */
export const ABJAD_SIM_LONG = 0.95;
export const ABJAD_SIM = 0.9;
export const ABJAD_SIM_SHORT = 0.86;

/**
 * Skeleton comparison for a query word written in a script without (reliable) vowels against a listed word: the
 * script's letter table (normalize/skeleton-match.ts).
 */
export function abjadSim(queryAscii: string, kind: Kind, listedAscii: string, listedKind: Kind, profile: ScriptProfile = 'arabic'): number {
  if (kind !== Kind.Normal || (listedKind !== Kind.Normal && listedKind !== Kind.Patronymic)) return 0;
  let sk = skeletonSim(queryAscii, listedAscii, profile);
  // the Arabic article is written on the word (الظواهري "ldhwhry"), the Latin one apart ("al-Zawahiri")
  if (profile === 'arabic' && queryAscii.length >= 3 && queryAscii.startsWith('l')) sk = Math.max(sk, skeletonSim(queryAscii.slice(1), listedAscii, profile));
  return sk;
}
