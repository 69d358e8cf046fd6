import { toRomaji } from 'wanakana';
import { toAscii } from './ascii';
import { latinCjkLegalForms } from './cjk-legal-forms';
import { greekDigraphs } from './greek';
import { type ScriptProfile, scriptProfile, stripThaiSilent } from './skeleton-match';
import { isLegalForm, legalFormsWithSurface } from './legal-forms';
import { nameKey } from './name-key';
import { orgWordKey } from './org-words';
import { glossOf, type Gloss, legalKey } from './arabic-glossary';
import { greekGlossOf, hasGreek } from './greek-glossary';
import { isJapaneseHan, japaneseSegments, katakanaLetters, type JapaneseWord, kanjiFallback } from './japanese-glossary';
import { canonicalVariant, splitAbdCompounds } from './name-variants';
import { commaSurname, reorderComma } from './reorder';
import { isPatronymic, STOP_TOKENS } from './stop-tokens';
import { isTitle, joinInitialisms, lettersForDigits, normaliseNumbers, splitCamelCase, stripVesselPrefix } from './phenomena';

export enum Kind {
  Normal = 0,
  Stop = 1,
  Legal = 2,
  Initial = 3,
  Patronymic = 4,
  Number = 5,
}

export type NameType = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';

/** A name after the normalisation pipeline: comparison keys, the ASCII surface form and a kind per token. */
export interface PreparedName {
  /** comparison keys (name-key folding + spelling families; legal forms as "#class") */
  keys: string[];
  /** ASCII surface tokens, parallel to keys (a legal form's words joined) */
  ascii: string[];
  kinds: Kind[];
  /** true for tokens of the "SURNAME," part of a list-style person name */
  surname: boolean[];
  /** written in a script romanised without (reliable) vowels: compared by consonant skeleton as well */
  abjad?: boolean;
  /** which script's skeleton rules apply (normalize/skeleton-match.ts) */
  script?: ScriptProfile;
  /** per token: other English keys a translated generic word also stands for (arabic-glossary.ts; its key is the first) */
  gloss?: Array<string[] | undefined>;
}

/**
 * Titles and honorifics as romanised from Arabic script (شيخ Shaykh, حاجي Hajji, ملا Mullah, مولوي Mawlawi, مولانا
 * Mawlana): weigh like stop words, as their Latin forms do (phenomena.ts).
 */
const ABJAD_TITLES = new Set(['shykh', 'shyh', 'hjy', 'hajy', 'haj', 'mla', 'mlla', 'ml', 'mwlwy', 'mwlawy', 'mwlana', 'mwlna']);

/** Particles that stay stop words in a name romanised from a script (other short romanised words are name words: "mr" is عمر). */
const SCRIPT_PARTICLES = new Set(['bin', 'bn', 'ibn', 'bint', 'al', 'el', 'abu', 'ould']);

function kindOf(t: string, type: NameType): Kind {
  if (isLegalForm(t)) return Kind.Legal;
  if (/^\d+$/.test(t) || (/\d/.test(t) && t.length > 1)) return Kind.Number;
  if (t.length === 1) return type === 'organization' ? Kind.Stop : Kind.Initial;
  if (STOP_TOKENS.has(t)) return Kind.Stop;
  if (type !== 'organization' && isPatronymic(t)) return Kind.Patronymic;
  return Kind.Normal;
}

const MEMO = new Map<string, PreparedName>();
// small on purpose: it serves one query across its lists (and a shipment's repeated names), not a cache of past queries
const MEMO_MAX = 64;

/**
 * The normalisation pipeline of one name: reorder, ASCII, Abd-compounds, legal forms, kinds, keys. Memoised (a
 * query is prepared once for all the lists it is screened against); callers must not mutate the result.
 */
export function prepareName(name: string, type: NameType): PreparedName {
  const memoKey = `${type}\u0000${name}`;
  const hit = MEMO.get(memoKey);
  if (hit) return hit;
  const out = prepareUncached(name, type);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(memoKey, out);
  return out;
}

/**
 * Arabic-script "servant of" compounds and Abu: عبد اللطيف romanises as "bd lltyf" (the ayn dropped, the article
 * attached) → abdul + ltyf, as the Latin "Abd al-Latif" prepares; أبو ("bw", "abw") → abu. عابد ("abd" alone) stays.
 */
function abjadCompounds(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if ((t === 'bd' || t === 'abd') && next === 'llh') {
      out.push('abdullah');
      i++;
    } else if (/^a?bdl{1,3}h$/.test(t)) {
      // عبدالله / عبدلله written as one word (the alef of the article unwritten in romanisation)
      out.push('abdullah');
    } else if (/^.{3,}abd$/.test(t) && !t.startsWith('abd') && next && next.length >= 3 && next.startsWith('l')) {
      // a space left out after a non-joining letter (د): محمدعبد البصير "mhmdabd lbsyr" is Muhammad Abd al-Basir
      out.push(t.slice(0, -3), 'abdul', next.slice(1));
      i++;
    } else if ((t === 'bd' || t === 'abd') && next && next.length >= 3 && next.startsWith('l')) {
      out.push('abdul', next.slice(1));
      i++;
    } else if (/^a?bdl.{2,}$/.test(t)) out.push('abdul', t.slice(t.indexOf('bdl') + 3));
    // Persian/Pashto family suffixes are written apart but joined in Latin (آخوند زاده Akhundzada, شهيد خيل Shahidkhel)
    else if ((next === 'zdh' || next === 'khyl' || next === 'khl') && t.length >= 2 && !SCRIPT_PARTICLES.has(t)) {
      out.push(t + next);
      i++;
    }
    // "… الله" and "… الدين" compounds are one word in Latin (Hidayatullah, Shahabuddin): joined, the article's vowel
    // written as the usual -u- (ALA-LC: Nasr Allāh → Nasrullah in English practice; vowels are optional in the skeleton)
    else if (next === 'llh' && t.length >= 2 && !SCRIPT_PARTICLES.has(t) && t !== 'llh') {
      // a taa marbuta is read t before the article (هبة الله Hibatullah)
      out.push(`${t.endsWith('h') && t.length > 2 ? `${t.slice(0, -1)}t` : t}ullah`);
      i++;
    } else if ((next === 'ldyn' || next === 'ldin') && t.length >= 2 && !SCRIPT_PARTICLES.has(t)) {
      out.push(`${t}uddin`);
      i++;
    } else if (/^.{2,}ldyn$/.test(t) && !/^a?bd/.test(t)) {
      // … الدين written as one word (نورالدين Nuruddin)
      out.push(`${t.slice(0, -4)}uddin`);
    }
    else out.push(t === 'bw' || t === 'abw' ? 'abu' : t === 'bn' ? 'bin' : t === 'wld' && i > 0 && next ? 'ould' : t);
  }
  return out;
}

/** The original words of a legal form's joined surface, taken in order from the name's tokens. */
function legalWords(surface: string, toks: string[]): string[] {
  const out: string[] = [];
  let rest = surface;
  for (const t of toks) {
    if (!rest) break;
    if (rest.startsWith(t)) {
      out.push(t);
      rest = rest.slice(t.length);
    }
  }
  return rest ? [surface] : out;
}

/** prepareName without the memo (index builds prepare every listed name once). */
export function prepareUncached(name: string, type: NameType): PreparedName {
  const personish = type === 'person' || type === 'unknown';
  const surnamePart = personish ? commaSurname(name) : undefined;
  // a name in kanji alone is Japanese when it holds a Japanese-only character form or company word (japanese-glossary.ts)
  const script = scriptProfile(name) ?? (isJapaneseHan(name) ? 'kana' : undefined);
  let text = splitCamelCase(personish ? reorderComma(name) : latinCjkLegalForms(name));
  // an organisation's name in Japanese: cut into words, its generic words read as their English (japanese-glossary.ts)
  const ja = script === 'kana' && type !== 'person' && type !== 'vessel' && type !== 'aircraft' ? japaneseWords(text) : undefined;
  if (ja) text = ja.text;
  // kana through Hepburn (wanakana): NFKD would split the voicing marks off (ビ → ヒ) before any-ascii reads them
  if (script === 'kana') text = toRomaji(text.replace(/[・·=＝]/g, ' '));
  else if (script === 'thai') text = stripThaiSilent(text);
  else if (!script) text = greekDigraphs(text);
  // ayn (ع) is written as a vowel in Latin (Ali, Omar, Isa, Abd) and a word-initial alef carries one (not the article's
  // ال, which compounds and article handling read as "l…"): any-ascii drops both, which would leave a mater lectionis looking like an initial consonant (عيسى "ysy" for Isa)
  else if (script === 'arabic') text = text.replace(/\u0639/g, 'a').replace(/(^|\s)[\u0627\u0623\u0625\u0622](?!\u0644)/g, '$1a');
  let raw = toAscii(text).split(' ').filter(Boolean);
  // the Arabic article in katakana (アル＝アサド al-Assad)
  if (script === 'kana') raw = raw.map((t, i) => ((t === 'aru' || t === 'eru') && i + 1 < raw.length ? 'al' : t));
  // Hebrew בן "son of" and בת "daughter of" before a name are the particles Ben and Bat (any-ascii reads ב as v:
  // ISO 259-2 writes the unpointed letter v; names take b, as in בן-גוריון Ben-Gurion)
  if (script === 'hebrew') raw = raw.map((t, i) => (i + 1 < raw.length && (t === 'vn' || t === 'vt') ? (t === 'vn' ? 'ben' : 'bat') : t));
  const abjad = script === 'arabic';
  const cleaned = normaliseNumbers(stripVesselPrefix(lettersForDigits(raw), type), type);
  let toks = abjad ? abjadCompounds(cleaned) : splitAbdCompounds(cleaned);
  let ascii = toks;
  if (type !== 'person' && abjad) {
    // a romanised Arabic-script word is a consonant skeleton that may spell a Latin form by chance (الاتحاد "lthd" is
    // no "Ltd."): only runs of single letters join (the script's own legal forms are glossary words, arabic-glossary.ts)
    const ji = joinInitialisms(toks, toks, type);
    toks = ji.tokens;
    ascii = ji.surface;
  } else if (type !== 'person') {
    // legal forms first ("S.A.", "B.V." are forms, not initialisms), then runs of single letters join ("K.L.M.")
    const lf = legalFormsWithSurface(toks, type === 'organization');
    const ji = joinInitialisms(lf.tokens, lf.surface, type);
    toks = ji.tokens;
    ascii = ji.surface;
  } else if (!script) {
    // a person's name with a legal form or a sole trader's designation at its start or end ("IP Petrov Ivan", "John
    // Smith Ltd"): the form is a legal form; initials elsewhere ("S. A.") stay initials
    const lf = legalFormsWithSurface(toks, false);
    const n = lf.tokens.length;
    const keep = lf.tokens.map((t, i) => isLegalForm(t) && (i === 0 || i === n - 1) && n >= 3 && (t === '#sole' || lf.surface[i]!.length >= 3));
    if (keep.some(Boolean)) {
      const out: string[] = [];
      const surf: string[] = [];
      lf.tokens.forEach((t, i) => {
        if (keep[i]) {
          out.push(t);
          surf.push(lf.surface[i]!);
        } else if (isLegalForm(t)) {
          // not a form here: its words go back as they were
          for (const w of legalWords(lf.surface[i]!, toks)) {
            out.push(w);
            surf.push(w);
          }
        } else {
          out.push(t);
          surf.push(lf.surface[i]!);
        }
      });
      toks = out;
      ascii = surf;
    }
  }
  const surnameSet = surnamePart ? new Set(toAscii(surnamePart).split(' ')) : undefined;
  // titles and honorifics weigh like stop words, except as a list's surname ("SHEIKH, Umair")
  const kinds = toks.map((t) => {
    if (script === 'arabic' && type !== 'organization' && ABJAD_TITLES.has(t)) return Kind.Stop;
    if (script) return STOP_TOKENS.has(t) && !SCRIPT_PARTICLES.has(t) ? Kind.Normal : kindOf(t, type);
    return isTitle(t, type) && !surnameSet?.has(t) ? Kind.Stop : kindOf(t, type);
  });
  const keys = toks.map((t, i) => (kinds[i] === Kind.Normal || kinds[i] === Kind.Patronymic ? canonicalVariant(nameKey(t)) : t));
  // one generic word of an organisation's name in its several forms (singular/plural, adjective, abbreviation, translation)
  if (type === 'organization') for (let i = 0; i < keys.length; i++) if (kinds[i] === Kind.Normal) keys[i] = orgWordKey(toks[i]!, keys[i]!);
  const surname = toks.map((t) => surnameSet?.has(t) ?? false);
  if (abjad && type !== 'person' && type !== 'vessel' && type !== 'aircraft') {
    const g = glossed(keys, ascii, kinds, type, glossOf, true);
    if (g) return { ...g, surname: g.keys.map(() => false), abjad: true, script: 'arabic' };
  }
  if (!script && type !== 'person' && type !== 'vessel' && type !== 'aircraft' && hasGreek(name)) {
    const g = glossed(keys, ascii, kinds, type, greekGlossOf, false);
    if (g) return { ...g, surname: g.keys.map(() => false) };
  }
  if (ja?.words.size) {
    const look = (a: string) => {
      const w = ja.words.get(a);
      return w && { gloss: w.gloss, surface: w.reading };
    };
    const g = glossed(keys, ascii, kinds, type, look, false);
    if (g) return { ...g, surname: g.keys.map(() => false), abjad: true, script: 'kana' };
    // a name of unknown type without a word naming a kind of organisation: its generic words as they are read
    for (let i = 0; i < toks.length; i++) {
      const w = ja.words.get(ascii[i]!);
      if (!w) continue;
      ascii[i] = w.reading;
      keys[i] = canonicalVariant(nameKey(w.reading));
    }
  }
  return script ? { keys, ascii, kinds, surname, abjad: true, script } : { keys, ascii, kinds, surname };
}

/**
 * An organisation's name in Arabic script with its generic words read as their English counterparts
 * (arabic-glossary.ts): الجماعة الاسلامية المسلحة → group islamic armed, each keeping its romanised surface for the
 * skeleton comparison ("ljmah" still meets a transliterated "Jama'a"). For a name of unknown type only when a word
 * names a kind of organisation (جماعة, شركة, صرافی…). Undefined when nothing is translated.
 */
function glossed(
  keys: string[],
  ascii: string[],
  kinds: Kind[],
  type: NameType,
  lookup: (ascii: string) => { gloss: Gloss; particle?: string; surface?: string } | undefined,
  arabic: boolean,
) {
  const hits = ascii.map((a) => lookup(a));
  if (!hits.some(Boolean) || (type !== 'organization' && !hits.some((h) => h?.gloss.what === 'head'))) return undefined;
  const out = { keys: [] as string[], ascii: [] as string[], kinds: [] as Kind[], gloss: [] as Array<string[] | undefined> };
  const push = (key: string, surface: string, kind: Kind, alts?: string[]) => {
    out.keys.push(key);
    out.ascii.push(surface);
    out.kinds.push(kind);
    out.gloss.push(alts);
  };
  hits.forEach((h, i) => {
    const a = ascii[i]!;
    if (!h) {
      // the conjunction و written on a word with the article (والمسلمين "wlmslmyn"): "and" + the word
      if (arabic && kinds[i] === Kind.Normal && /^wl.{3,}$/.test(a)) {
        push('and', 'w', Kind.Stop, ['and']);
        push(canonicalVariant(nameKey(a.slice(1))), a.slice(1), Kind.Normal);
      } else push(keys[i]!, a, kinds[i]!);
      return;
    }
    if (h.particle) push(h.particle, a, Kind.Stop, [h.particle]);
    const surface = h.surface ?? a;
    for (const alts of h.gloss.words) {
      // an English word that is a legal form ("company", "limited") is compared as Latin legal forms are
      const legal = isLegalForm(legalKey(alts[0]!));
      const kind = legal ? Kind.Legal : h.gloss.what === 'stop' ? Kind.Stop : Kind.Normal;
      // (the English word keyed as a Latin organisation name keys it: org-words.ts)
      const ks = alts.map((w) => (kind === Kind.Legal ? legalKey(w) : kind === Kind.Stop ? w : orgWordKey(w, canonicalVariant(nameKey(w)))));
      // a list may romanise the word instead of translating it (Hepburn "Jukogyo", "Kaisha"; Greek "Naftiliaki"):
      // its romanised form is one of its keys (an Arabic-script surface is a consonant skeleton, compared as such)
      if (!arabic && kind !== Kind.Stop) ks.push(canonicalVariant(nameKey(surface)));
      // (the gloss is set on every translated word: its English key meets the listed word even where the surfaces differ)
      push(ks[0]!, surface, kind, ks);
    }
  });
  return out;
}

/**
 * A Japanese organisation name cut into words (japanese-glossary.ts), as text for the rest of the pipeline: words
 * apart, each generic word a placeholder word (looked up in `words` after tokenising), a kanji word outside the
 * glossary one word of any-ascii's syllables, kana and Latin as written.
 */
function japaneseWords(text: string): { text: string; words: Map<string, JapaneseWord> } {
  const words = new Map<string, JapaneseWord>();
  // (a name of unknown type has not had its legal forms spelt in Latin yet: 株式会社 is one form, not 株式 + 会社)
  const parts = japaneseSegments(latinCjkLegalForms(text)).map((s) => {
    if (s.word) {
      // (a placeholder no name holds: "zqj" and the word's number in letters)
      const ph = `zqj${words.size.toString(26).replace(/[0-9]/g, (d) => 'klmnopqrst'[Number(d)]!)}`;
      words.set(ph, { ...s.word, reading: s.word.reading || toRomaji(s.text) });
      return ph;
    }
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(s.text)) return kanjiFallback(s.text);
    // an initialism spelt by the letters' names (エヌピーオー NPO; エヌ・ティ・ティ, one letter a word: N T T)
    return katakanaLetters(s.text) ?? s.text;
  });
  return { text: parts.join(' '), words };
}


/** Lower-case ASCII tokens of a name (transliterated, diacritics and punctuation removed). */
export function tokens(name: string): string[] {
  return toAscii(name).split(' ').filter(Boolean);
}
