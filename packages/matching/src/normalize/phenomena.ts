/**
 * Token-level normalisation of phenomena real names carry (issue 10 item 6). Each step is pure and applied to both
 * sides, so a query and a listed name meet in one form.
 *
 * Sources of the tables:
 * - Titles and honorifics: ICAO Doc 9303 "Machine Readable Travel Documents", 8th ed. 2021, Part 3 §3.1 (titles,
 *   professional and academic qualifications, honorifics and ranks are not part of a name); OFAC SDN list format (titles
 *   are kept in a separate Title field, ofac.treasury.gov "SDN list data formats", 2024); NATO STANAG 2116 rank
 *   abbreviations; Arabic and Persian religious and social honorifics as listed in Wikipedia "Islamic honorifics" and
 *   "Arabic name" (retrieved 2026-12-02).
 * - Vessel prefixes: IMO Resolution A.1117(30) ship identification / Lloyd's Register practice — MV (motor vessel), MT
 *   (motor tanker), SS (steamship), MS/M/S (motor ship), MY (motor yacht), FV (fishing vessel), RV (research vessel).
 * - Number words: English cardinals and ordinals (Oxford English Dictionary); Roman numerals as used in ship and unit
 *   names (I–XX).
 */

/** Titles that never name a person (dropped for persons and unknown types). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madame', 'mme', 'mlle', 'monsieur',
  'herr', 'frau', 'sr', 'sra', 'srta', 'senor', 'senora', 'sheikh', 'shaikh', 'sheik', 'shaykh', 'hajji', 'haji', 'hajj', 'alhaji', 'alhaj',
  'mullah', 'mulla', 'maulana', 'mawlana', 'maulvi', 'mawlawi', 'ayatollah', 'hojatoleslam', 'hojjatoleslam', 'imam', 'president',
  'senator', 'minister', 'general', 'gen', 'lt', 'col', 'colonel', 'major', 'maj', 'captain', 'capt', 'brigadier', 'brig', 'admiral',
  'adm', 'commander', 'cmdr', 'sgt', 'sergeant', 'lieutenant', 'marshal', 'excellency', 'he', 'hon', 'honorable', 'honourable', 'rev',
  'reverend', 'bishop', 'archbishop', 'prince', 'princess', 'engr', 'eng', 'ing', 'dipl', 'phd', 'md', 'esq', 'mrs', 'doctor', 'judge',
  'justice', 'governor', 'gov', 'mayor', 'deputy', 'chairman', 'ambassador', 'amb', 'senior',
]);
/** Titles also dropped from names of unknown type (never a company word). */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madame', 'mme', 'sheikh', 'shaikh', 'shaykh', 'hajji', 'haji', 'alhaji', 'mullah', 'ayatollah', 'he', 'hon']);

/** A title or honorific (carries no weight: a stop word of the name), for persons; for unknown types only the personal ones. */
export function isTitle(token: string, type: string): boolean {
  return type === 'person' ? TITLES.has(token) : type === 'unknown' ? PERSONAL_TITLES.has(token) : false;
}

/** Vessel prefixes ("mv", "m v", "mt"…) at the start of a vessel's name (or an unknown type's). */
const VESSEL_PREFIXES: string[][] = [['m', 'v'], ['m', 't'], ['m', 's'], ['mv'], ['mt'], ['ms'], ['ss'], ['my'], ['fv'], ['rv'], ['mts'], ['tanker'], ['vessel'], ['motor', 'vessel'], ['motor', 'tanker']];

export function stripVesselPrefix(tokens: string[], type: string): string[] {
  if (type !== 'vessel' && type !== 'unknown') return tokens;
  for (const p of VESSEL_PREFIXES) {
    if (tokens.length > p.length && p.every((t, k) => tokens[k] === t)) return tokens.slice(p.length);
  }
  return tokens;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
const ROMAN: Record<string, number> = {
  ii: 2, iii: 3, iv: 4, vi: 6, vii: 7, viii: 8, ix: 9, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15, xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20,
};

/**
 * Numbers in one form: digits for number words ("twenty one" → 21), ordinals ("2nd", "second" → 2) and Roman numerals
 * after the first word ("Sea Hawk II" → 2; a lone "I" too for vessels); "No" / "Number" before a number dropped.
 * Not for persons (their "I", "V" are initials).
 */
export function normaliseNumbers(tokens: string[], type: string): string[] {
  if (type === 'person') return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ord = /^(\d+)(st|nd|rd|th)$/.exec(t);
    if (ord) out.push(ord[1]!);
    else if (TENS[t] !== undefined && UNITS[tokens[i + 1] ?? ''] !== undefined && UNITS[tokens[i + 1]!]! < 10) {
      out.push(String(TENS[t]! + UNITS[tokens[i + 1]!]!));
      i++;
    } else if (TENS[t] !== undefined && ORDINALS[tokens[i + 1] ?? ''] !== undefined && ORDINALS[tokens[i + 1]!]! < 10) {
      out.push(String(TENS[t]! + ORDINALS[tokens[i + 1]!]!));
      i++;
    } else if (UNITS[t] !== undefined && t !== 'ten') out.push(String(UNITS[t]));
    else if (TENS[t] !== undefined) out.push(String(TENS[t]));
    else if (ORDINALS[t] !== undefined) out.push(String(ORDINALS[t]));
    else if (i > 0 && (ROMAN[t] !== undefined || (type === 'vessel' && t === 'i' && i === tokens.length - 1))) out.push(String(ROMAN[t] ?? 1));
    else if ((t === 'no' || t === 'number' || t === 'nr') && i > 0 && (/^\d+$/.test(tokens[i + 1] ?? '') || UNITS[tokens[i + 1] ?? ''] !== undefined || TENS[tokens[i + 1] ?? ''] !== undefined)) continue;
    else out.push(t);
  }
  return out;
}

const LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

/** Digits written for look-alike letters inside a word ("dm1try", "r0sneft", "0sama"): a word of at least 3 letters and at most 2 digits, not ending in a digit. */
export function lettersForDigits(tokens: string[]): string[] {
  return tokens.map((t) => {
    if (!/\d/.test(t) || !/[a-z]/.test(t)) return t;
    const letters = t.replace(/[^a-z]/g, '').length;
    const digits = t.length - letters;
    // a number after a word ("number7", "grace1") is a number: only digits inside a word or leading one are letters
    if (letters < 3 || digits > 2 || /\d$/.test(t)) return t;
    return t.replace(/[0134578]/g, (d) => LOOKALIKE[d]!);
  });
}

/**
 * Letters a digit is written for in leetspeak and OCR confusions (1 for l as well as i: "Carvaja1"; 0 for o; 5 for s;
 * 3 for e; 4 for a; 7 for t; 8 for b). Sources: the digit/letter homoglyph pairs of Unicode UTS #39 confusables.txt
 * (0/O, 1/l/I, 5/S, 8/B) and the usual leetspeak substitutions (3/E, 4/A, 7/T).
 */
const LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

/**
 * Readings of a word written with digits at its end for look-alike letters ("hama5" → hamas, "carvaja1" → carvajal /
 * carvajai, "hug0" → hugo): a word of at least three letters and at most two digits. lettersForDigits() reads digits
 * inside a word at preparation time; a digit at the end may be a number ("grace1", "number7"), so such a word stays a
 * number and only an exact reading of it as another listed word counts (token-sim.ts): "grace1" reads "gracei" /
 * "gracel", never "grace".
 */
export function digitReadings(t: string): string[] {
  if (t.length > 24 || !/^[a-z]*[a-z][0134578]{1,2}$|^[0134578][a-z]{3,}[0134578]$/.test(t)) return [];
  if (t.replace(/[^a-z]/g, '').length < 3) return [];
  let out = [''];
  for (const ch of t) {
    const alts = LOOKALIKES[ch] ?? ch;
    out = out.flatMap((p) => [...alts].map((a) => p + a));
  }
  return out;
}

/**
 * A run of single letters is one initialism ("k l m" from K.L.M. or "K L M" → "klm") in organisation and vessel names
 * (and unknown types, from three letters); persons keep their initials.
 */
export function joinInitialisms(tokens: string[], surface: string[], type: string): { tokens: string[]; surface: string[] } {
  if (type === 'person') return { tokens, surface };
  const min = type === 'unknown' ? 3 : 2;
  const out: string[] = [];
  const surf: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.length === 1 && /[a-z]/.test(tokens[j]!)) j++;
    if (j - i >= min) {
      out.push(tokens.slice(i, j).join(''));
      surf.push(surface.slice(i, j).join(''));
      i = j;
    } else {
      out.push(tokens[i]!);
      surf.push(surface[i++]!);
    }
  }
  return { tokens: out, surface: surf };
}

/** Spellings of a number as words ("15" → fifteen, fifteenth), so that a misspelt number word still meets its digits. */
export function numberWords(digits: string): string[] {
  const n = Number(digits);
  const out: string[] = [];
  for (const [w, v] of Object.entries(UNITS)) if (v === n) out.push(w);
  for (const [w, v] of Object.entries(TENS)) if (v === n) out.push(w);
  for (const [w, v] of Object.entries(ORDINALS)) if (v === n) out.push(w);
  return out;
}

/** Words glued in camel case ("MikhailPetrov", "SovComFlot") split before transliteration. */
export function splitCamelCase(name: string): string {
  // lookarounds only (no quantifier to backtrack): a space where two lower-case letters meet an upper-case one;
  // a brand of short syllables stays one word (SovComFlot, RusHydro: a piece of three letters or fewer)
  return name
    .split(' ')
    .map((w) => {
      const split = w.replace(/(?<=\p{Ll}\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' ');
      return split !== w && split.split(' ').some((p) => p.replace(/[^\p{L}]/gu, '').length <= 3) ? w : split;
    })
    .join(' ');
}
