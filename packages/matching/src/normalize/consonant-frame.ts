/**
 * Vowel-tolerant comparison of Latin renderings of one Arabic, Persian or Turkic name (issue 10, UK list variations:
 * "Murtaza" / "Morteza", "Kiyomarth" / "Kiyumars", "Kuchak" / "Kocak", "Vahab" / "Vahap", "Zoher" / "Zuhair",
 * "Dhafer" / "Zafer", "Chahade" / "Shahadah").
 *
 * The Arabic script writes consonants and long vowels; its short vowels (fatha, kasra, damma) are written in Latin
 * by each romanisation in its own way. A word is read as a *frame*: its consonants, with the vowel groups between
 * them. Two words are one name when their frames have the same consonants up to the letters that the romanisation
 * systems write differently for one Arabic-script letter, and every vowel group agrees up to the alternations of one
 * short vowel:
 *   - fatha a ~ e (Persian and Turkish pronunciation: UN/BGN-PCGN Persian 1958 writes e for Persian fatha where
 *     ALA-LC Arabic writes a: Morteza / Murtada), kasra e ~ i, damma o ~ u (BGN/PCGN Persian writes o, ALA-LC u);
 *     long vowels ou/oo = u (French and English practice), ee = i, aa = a; a diphthong ay/ey/ai/ei keeps its y;
 *   - ث th ~ s ~ t (ALA-LC Arabic th; BGN/PCGN Persian and Turkish s: Kiyumars, Osman);
 *   - ذ/ظ/ض dh ~ z ~ d (ALA-LC dh, ẓ, ḍ; Persian z: Zafer for Dhafer);
 *   - ق q ~ k ~ gh (ALA-LC q; BGN/PCGN Persian gh/q; Turkish k: Kasım);
 *   - خ kh ~ h ~ x (Turkish h, Uzbek x);
 *   - و w ~ v (BGN/PCGN Persian v, ALA-LC Arabic w);
 *   - ج j ~ dj ~ c and چ ch ~ c (Turkish orthography: c is /dʒ/, ç is /tʃ/ and loses its cedilla in ASCII:
 *     Kocak for Koçak / Kuchak); ش sh ~ ch (French romanisation: Chahade, Charif) ~ s (Turkish ş in ASCII: Darwiş);
 *   - پ p ~ b (Persian pe, Arabic has only b) and a word-final b/p, d/t (Turkish final devoicing: Vahap, Mehmet);
 *   - a word-final h after a vowel (ة taa marbuta, Persian final he: Hamoudeh / Hammouda) is left out, and so are
 *     doubled consonants (shadda: Jarroucheh / Jaroushi);
 *   - a diphthong ay/ai/ey/ei may be written as its monophthong e (Levantine and French practice: Zoher for Zuhair,
 *     Hmeisho), and one consonant cluster may be written with an epenthetic short vowel (Arabic sukun: Shibl / Shebel,
 *     Qatirji / Qatrji) — at most one such gap, scored FRAME_GAP_SIM.
 * Vowel blindness would make short names collide (Hasan / Husayn, Amir / Omar, Mahmud / Muhammad), so the frame
 * needs at least three consonants and vowel groups that agree one by one (a against u is another vowel, not a
 * spelling), and two names of different known spelling families stay different (name-variants.ts).
 */

/** Similarity of two words with one frame. */
export const FRAME_SIM = 0.9;
/** Similarity of two words whose frames agree but for one epenthetic vowel. */
export const FRAME_GAP_SIM = 0.88;
/** Fewest consonants in a frame compared this way. */
export const FRAME_MIN_CONSONANTS = 3;

interface Frame {
  /** consonant classes, in order */
  c: string[];
  /** vowel groups: before the first consonant, between consonants, after the last (c.length + 1 groups) */
  v: string[];
}

// multi-letter spellings of one sound first (longest first); capitals are internal class letters
const DIGRAPHS: Array<[RegExp, string]> = [
  [/dzh|dj|zh/g, 'J'],
  [/tch|tsch/g, 'C'],
  [/sch|sh/g, 'S'],
  [/ch/g, 'C'],
  [/kh/g, 'X'],
  [/gh/g, 'G'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/aa/g, 'a'],
  [/ii/g, 'i'],
  [/uu/g, 'u'],
];

const VOWELS = 'aeiou';
const MEMO = new Map<string, Frame[] | null>();
const MEMO_MAX = 50_000;

/**
 * The frames of a lower-case ASCII word (as written and, when it has a diphthong ay/ai/ey/ei before a consonant,
 * with the diphthong read e), or null when it has fewer than FRAME_MIN_CONSONANTS consonants.
 */
export function framesOf(word: string): Frame[] | null {
  const hit = MEMO.get(word);
  if (hit !== undefined) return hit;
  let w = word.replace(/[^a-z]/g, '');
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  // final h after a vowel: taa marbuta / Persian final he
  w = w.replace(/([aeiou])h$/, '$1');
  const mono = w.replace(/[ae][iy](?=[^aeiouy])/g, 'e');
  const f = frameOfFolded(w);
  const out = f ? (mono !== w ? [f, frameOfFolded(mono)].filter((x): x is Frame => x !== null) : [f]) : null;
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(word, out);
  return out;
}

function frameOfFolded(w: string): Frame | null {
  const c: string[] = [];
  const v: string[] = [];
  let cur = '';
  for (let i = 0; i < w.length; i++) {
    let ch = w[i]!;
    const prev = w[i - 1];
    const next = w[i + 1];
    // y is a consonant at the start, between vowels and in a diphthong (ay/ey: Heydari); i after a/e before a
    // consonant or at the end of a diphthong (Heidari, Hussein) is that y too
    if (ch === 'y') ch = 'Y';
    else if (ch === 'i' && prev !== undefined && (prev === 'a' || prev === 'e') && next !== undefined && !VOWELS.includes(next)) ch = 'Y';
    if (VOWELS.includes(ch)) {
      cur += ch;
      continue;
    }
    if (c.length && c[c.length - 1] === ch && cur === '') continue; // a doubled consonant (shadda)
    v.push(cur);
    cur = '';
    c.push(ch);
  }
  v.push(cur);
  return c.length >= FRAME_MIN_CONSONANTS ? { c, v } : null;
}

/** Consonant classes that romanise one Arabic-script letter (or one Turkish letter in ASCII), both ways. */
const SAME_LETTER = new Set<string>();
for (const [a, b] of <Array<[string, string]>>[
  ['T', 's'], ['T', 't'],
  ['D', 'z'], ['D', 'd'],
  ['q', 'k'], ['q', 'G'],
  ['X', 'h'], ['X', 'x'], ['h', 'x'],
  ['w', 'v'],
  ['j', 'J'], ['j', 'c'], ['J', 'c'],
  ['C', 'c'], ['C', 'S'], ['S', 's'],
  ['p', 'b'],
]) {
  SAME_LETTER.add(a + b);
  SAME_LETTER.add(b + a);
}
/** Word-final devoicing (Turkish orthography writes the devoiced final: Recep, Vahap, Mehmet, Ahmet). */
const FINAL = new Set(['bp', 'pb', 'dt', 'td']);
/** One short vowel written two ways: fatha a/e, kasra e/i, damma o/u. */
const SAME_VOWEL = new Set(['ae', 'ea', 'ei', 'ie', 'ou', 'uo']);

function sameVowels(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.length === 1 && SAME_VOWEL.has(a + b));
}

/** FRAME_SIM when the two words are one name by their frames (see the module comment), FRAME_GAP_SIM with one epenthetic vowel, else 0. */
export function frameSim(a: string, b: string): number {
  if (a === b) return 0;
  const fa = framesOf(a);
  const fb = framesOf(b);
  if (!fa || !fb) return 0;
  let best = 0;
  for (const x of fa) for (const y of fb) best = Math.max(best, compareFrames(x, y));
  return best;
}

function compareFrames(fa: Frame, fb: Frame): number {
  if (fa.c.length !== fb.c.length) return 0;
  const n = fa.c.length;
  for (let i = 0; i < n; i++) {
    const x = fa.c[i]!;
    const y = fb.c[i]!;
    if (x !== y && !SAME_LETTER.has(x + y) && !(i === n - 1 && FINAL.has(x + y))) return 0;
  }
  let gaps = 0;
  for (let i = 0; i <= n; i++) {
    const x = fa.v[i]!;
    const y = fb.v[i]!;
    if (sameVowels(x, y)) continue;
    // an epenthetic short vowel in a cluster between two consonants, once
    if (i > 0 && i < n && (x === '' || y === '') && (x + y).length === 1 && x + y !== 'o' && gaps++ === 0) continue;
    return 0;
  }
  return gaps ? FRAME_GAP_SIM : FRAME_SIM;
}
