import { NAME_POPULATIONS } from '../data/name-frequency';
import { TRADE_WORDS } from '../data/trade-words';
import { toAscii } from '../normalize/ascii';
import { nameKey } from '../normalize/name-key';
import { canonicalVariant } from '../normalize/name-variants';
import { Kind } from '../normalize/prepare';
import { GENERIC_WORDS } from '../normalize/stop-tokens';
import type { Alignment, WeightedName } from './align';
import type { FeatureResult } from './features';
import { SHORT_WORD } from './token-sim';
import type { TokenStats } from './weights';

/**
 * Common names need corroboration. A name made only of very common words ("James Lee", "Amir Rahimi", "Precision
 * Industrial Inc.") is borne by thousands of people or firms: that a listed party bears it too says little about the
 * screened one. Commercial screening tools and analysts treat such a hit as a near match to review unless an attribute
 * corroborates it. The rule (README, "Scoring"):
 *
 *   When the query gives attributes to check (a date of birth or a country) and the listed record corroborates none of
 *   them (no equal date of birth or year, country, address or identifier), a name match whose matched words are all
 *   common is capped just below the match threshold: a review-band candidate (`match: false`, band `review`), which A7
 *   can still raise on a risky shipment. A shared country keeps the match, but one where the name is common cannot
 *   make it `strong` (potential: an analyst confirms it).
 *
 * A query that gives only a name asks whether that name is listed: it is answered on the name, as before (the
 * real-world pairs measure exactly that). A query that gives a date of birth or country asks about a person or firm,
 * and for a common name only those attributes can tell the listed one from its namesakes.
 *
 * A word is common when it is among the most frequent given names or surnames of a population (data/name-frequency.ts,
 * census and civil-registry rankings), or a generic business or trade-description word in a company name (stop-tokens GENERIC_WORDS, data/trade-words.ts), or
 * when the lists themselves show it on many names (list document frequency: a word on ≥ LIST_COMMON_SHARE of a list's
 * names is common there whatever its population rank — "abdul", "trading"). Population frequency says whether a name
 * identifies someone in the world; list frequency (weights.ts) only says how many listed parties share it, so a word
 * rare on the list (one listed "Rahimi") can still be common in the population: either source makes it common.
 * Initials, particles and legal forms are common by nature (an initial stands for any name of that letter: a full given
 * name in the query that meets only the listed initial is no evidence of that given name). A number is never common.
 */

/** Share of a list's names from which a word counts as common on that list (list document frequency). */
export const LIST_COMMON_SHARE = 0.004;
/** At most this many matched name words can all be common and still name a crowd (given, middle and surname, or two surnames). */
export const COMMON_MAX_WORDS = 3;
/** Capped scores sit this far below the match threshold (at most), ordered by the name score within [threshold − 2m, threshold − m]. */
export const COMMON_CAP_MARGIN = 0.01;

let COMMON: Map<string, Set<string>> | undefined;
/**
 * Lookup key of a word: its comparison key (transliteration folding and spelling families: Mohammed = Muhammad,
 * Mueller = Muller), except for keys of SHORT_WORD letters or fewer, which are too short to absorb a spelling
 * difference (token-sim.ts) and are looked up as written ("Bout" is not the common "Butt").
 */
const keyOf = (word: string) => {
  const k = canonicalVariant(nameKey(word));
  return k.length > SHORT_WORD ? `~${k}` : word;
};

/** Lookup keys of the table's words → the countries of the populations where they are common (built once, at first use). */
function commonKeys(): Map<string, Set<string>> {
  if (COMMON) return COMMON;
  const m = new Map<string, Set<string>>();
  const add = (k: string, countries: readonly string[]) => {
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    for (const c of countries) set.add(c);
  };
  for (const p of NAME_POPULATIONS) {
    for (const n of [...p.surnames, ...p.given]) {
      for (const w of toAscii(n).split(' ')) {
        if (w.length < 2) continue;
        add(w, p.countries);
        add(keyOf(w), p.countries);
      }
    }
  }
  COMMON = m;
  return m;
}

/** Countries where a word is among the most frequent names (undefined: not a common name anywhere). */
export function commonNameCountries(word: string): ReadonlySet<string> | undefined {
  const a = toAscii(word);
  if (a.length < 2 || a.includes(' ')) return undefined;
  const keys = commonKeys();
  const exact = keys.get(a);
  const folded = keys.get(keyOf(a));
  if (exact && folded && exact !== folded) return new Set([...exact, ...folded]);
  return exact ?? folded;
}

/** A given name or surname among the most frequent of a population (data/name-frequency.ts), by the matcher's keys. */
export function isCommonName(word: string): boolean {
  return commonNameCountries(word) !== undefined;
}

/** A generic business word or a trade-description word (data/trade-words.ts, NAICS titles). */
const genericWord = (w: string) => GENERIC_WORDS.has(w) || TRADE_WORDS.has(w);

const neutralKind = (k: Kind | undefined) => k === Kind.Initial || k === Kind.Stop || k === Kind.Legal;

export interface CommonVerdict {
  /** the matched words, when every one is common */
  words: string[];
  /**
   * Countries in whose population every matched word is common ('any': generic words and initials, common
   * everywhere): a shared country among them does not corroborate the name, it is where such namesakes live.
   */
  countries: ReadonlySet<string> | 'any';
}

const intersect = (a: ReadonlySet<string> | 'any', b: ReadonlySet<string> | 'any'): ReadonlySet<string> | 'any' =>
  a === 'any' ? b : b === 'any' ? a : new Set([...a].filter((c) => b.has(c)));
const NONE: ReadonlySet<string> = new Set();

/**
 * Whether a name match rests only on common words: each aligned pair is neutral (initial, particle, legal form, or a
 * full word meeting a listed initial) or has a common word on either side; at least one name word matched and at most
 * COMMON_MAX_WORDS. `q` is the query's aligned form (its kinds tell initials and legal forms apart).
 */
export function commonMatch(al: Alignment, q: WeightedName | undefined, personLike: boolean, stats: TokenStats | undefined): CommonVerdict | undefined {
  if (!q || al.pairs.length === 0) return undefined;
  const kindOf = new Map<string, Kind>();
  const keyOfAscii = new Map<string, string>();
  q.ascii.forEach((a, i) => {
    kindOf.set(a, q.kinds[i]!);
    keyOfAscii.set(a, q.keys[i]!);
  });
  const listCommon = (qa: string) => {
    if (!stats || stats.names === 0) return false;
    const k = keyOfAscii.get(qa);
    return k !== undefined && stats.df(k) >= LIST_COMMON_SHARE * stats.names;
  };
  const words: string[] = [];
  let countries: ReadonlySet<string> | 'any' = 'any';
  // countries where a word is common: a population's, everywhere for a generic business word, none for a word that is
  // common only on the list (its population is unknown)
  const where = (w: string): ReadonlySet<string> | 'any' => commonNameCountries(w) ?? (!personLike && genericWord(w) ? 'any' : NONE);
  const union = (ws: string[]): ReadonlySet<string> | 'any' => {
    const out = new Set<string>();
    for (const w of ws) {
      if (neutralKind(kindOf.get(w)) || w.length === 1) continue;
      const c = where(w);
      if (c === 'any') return 'any';
      for (const x of c) out.add(x);
    }
    return out;
  };
  for (const p of al.pairs) {
    const qs = p.q.split(' ');
    const cs = p.c.split(' ');
    // an initialism against a whole name is no pair of words: leave the rule out
    if (qs.length > 1 && cs.length > 1) return undefined;
    if (qs.every((w) => neutralKind(kindOf.get(w)) || w.length === 1)) continue;
    if (cs.length === 1 && cs[0]!.length === 1) continue;
    if (qs.some((w) => kindOf.get(w) === Kind.Number || /\d/.test(w))) return undefined;
    const common = (w: string) => isCommonName(w) || (!personLike && genericWord(w)) || listCommon(w);
    if (!(qs.every((w) => neutralKind(kindOf.get(w)) || common(w)) || cs.every(common))) return undefined;
    words.push(p.q === p.c ? p.q : `${p.q}≈${p.c}`);
    const qc = union(qs);
    const cc = union(cs);
    countries = intersect(countries, qc === 'any' || cc === 'any' ? 'any' : new Set([...qc, ...cc]));
  }
  return words.length > 0 && words.length <= COMMON_MAX_WORDS ? { words, countries } : undefined;
}

/**
 * A shared country corroborates a common name only where the name is not common in it: an Aleksey Ivanov of Russia or a
 * Mohammad Ahmadi of Iran is one of a great many there (frequency measured in that country's population), and generic
 * business words are common everywhere. Such a country still keeps a match (the query and the listed party do share
 * it), but it cannot make the match `strong` (able to block on its own).
 */
function countryCorroborates(f: FeatureResult, shared: string[], verdict: CommonVerdict): boolean {
  return f.features.country === 'match' && verdict.countries !== 'any' && shared.some((c) => !(verdict.countries as ReadonlySet<string>).has(c));
}

/** Attribute verdicts other than the country that corroborate a listed party beyond its name. */
function corroboratedBeyondCountry(f: FeatureResult): boolean {
  const v = f.features;
  return f.decisive || !!f.supporting || v.dateOfBirth === 'exact' || v.dateOfBirth === 'year' || v.address === 'match' || v.identifier === 'match' || v.identifier === 'supporting';
}

/** Feature value of a common name whose only corroboration is a country where the name is common: potential, never strong (band.ts). */
export const COMMON_IN_COUNTRY = 'common-in-country';

/**
 * The common-name rule for one candidate (see above): the score it keeps when its name is common and nothing
 * corroborates it (`cap`), with the reason added to the features' explanation; or, when only a country where the name
 * is common corroborates it, the feature `commonName: common-in-country` (a match, not strong). Undefined when the rule
 * does not apply.
 */
export function commonNameCap(
  queryHasAttributes: boolean,
  sharedCountries: string[],
  f: FeatureResult,
  al: Alignment,
  q: WeightedName | undefined,
  personLike: boolean,
  stats: TokenStats | undefined,
  nameScore: number,
  threshold: number,
): number | undefined {
  if (corroboratedBeyondCountry(f)) return undefined;
  // a listed name that gives only initials for the given names the query spells out, and a common surname
  if (personLike && initialsOnly(al, q)) {
    const v = commonMatch(al, q, personLike, stats);
    if (v) {
      f.features.commonName = 'initials-only';
      f.reasons.push(`${v.words.join(', ')}: a common name, and the listed name gives only initials for the other names (a near match to review, not a match)`);
      return capBelow(threshold, nameScore);
    }
  }
  if (!queryHasAttributes) return undefined;
  const verdict = commonMatch(al, q, personLike, stats);
  if (!verdict || countryCorroborates(f, sharedCountries, verdict)) return undefined;
  const what = personLike ? 'common names' : 'common words';
  if (f.features.country === 'match') {
    f.features.commonName = COMMON_IN_COUNTRY;
    f.reasons.push(`${verdict.words.join(', ')}: ${what} in the shared country, so the country alone does not confirm the listed party (potential, not strong)`);
    return undefined;
  }
  f.features.commonName = 'uncorroborated';
  f.reasons.push(`${verdict.words.join(', ')}: ${what} that no date of birth, country, address or identifier corroborates (a near match to review, not a match)`);
  return capBelow(threshold, nameScore);
}

/** The capped score: just below the threshold, ordered by the name score within [threshold − 2m, threshold − m]. */
const capBelow = (threshold: number, nameScore: number) => threshold - 2 * COMMON_CAP_MARGIN + COMMON_CAP_MARGIN * Math.max(0, Math.min(1, nameScore));

/**
 * Whether a person's name match meets some full given name of the query only with a listed initial ("Mohammad
 * Ahmadi" against "M.R. AHMADI"): an initial stands for any name of its letter, so such a listed name confirms
 * nothing but its full words. When those are all common names (commonMatch), the match rests on a common surname
 * and a letter: a near match to review whatever the query gives (a name-only query included: the listed name is
 * not "Mohammad Ahmadi" but an Ahmadi whose given names begin with M and R). OFAC's guidance on a potential match
 * (OFAC FAQ, "how to determine whether you have a valid match": is just one of two or more names matching, i.e. just
 * the last name? then it is not a valid match) puts it the same way; a date of birth, address or identifier that
 * corroborates the listed party keeps the match.
 */
export function initialsOnly(al: Alignment, q: WeightedName | undefined): boolean {
  if (!q) return false;
  const initial = new Set(q.ascii.filter((_a, i) => q.kinds[i] === Kind.Initial));
  return al.pairs.some((p) => p.c.length === 1 && !p.q.includes(' ') && p.q.length > 1 && !initial.has(p.q));
}
