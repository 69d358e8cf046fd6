import { Kind } from '../normalize/prepare';
import type { WeightedName } from './align';

/**
 * Name comparisons decided by word order, which the order-free alignment cannot see (issue 10 item 6). Each rule gives
 * a floor for the name score, never lowers it:
 * - a company name cut at a field width (SWIFT MT 35 characters, customs and bank forms): the query's words are the
 *   listed name's first words in order, its last word possibly cut mid-word ("… ISLAMIC REP" for "… ISLAMIC REPUBLIC OF
 *   IRAN"); the words after the cut are not missing, they were never sent;
 * - an Arabic nasab chain (ALA-LC "Arabic" romanization, Wikipedia "Arabic name § Nasab"): the query keeps the chain
 *   from its start and leaves out later ancestors or the family name ("Ahmad bin Ali" for "Ahmad bin Ali bin Hassan
 *   al-Harbi"); a chain that starts elsewhere or skips a link is another person;
 * - Spanish and Portuguese compound surnames (Wikipedia "Spanish naming customs"): the first given name and the
 *   first (paternal) surname name the person ("Hugo Carvajal" for "CARVAJAL BARRIOS, Hugo Armando").
 */
export const TRUNCATED_SCORE = 0.9;
export const NASAB_PREFIX_SCORE = 0.9;
export const DOUBLE_SURNAME_SCORE = 0.9;
/** Two words are the same word from this similarity. */
const SAME = 0.9;
/** A field-width cut happens to long names only: the query's words (legal forms too) must make at least this many letters. */
const TRUNCATION_MIN_LETTERS = 20;
/** A name cut between words fills its field: letters and spaces from this many (a 35-character field less punctuation). */
const FIELD_WIDTH_MIN = 30;

const NASAB = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould', 'walad', 'bn', 'ag', 'abu']);
const distinctive = (k: Kind) => k === Kind.Normal || k === Kind.Number || k === Kind.Patronymic;

export type PairSim = (i: number, j: number) => number;

/**
 * A nasab the query states with its own particle ("Saad bin Khalid") that names a listed chain's grandfather as the
 * father, or starts the chain elsewhere, is another person (LABELLING.md nasab rule): the name score is capped here
 * (below the match threshold, in the review band).
 */
export const NASAB_CONFLICT_CAP = 0.75;

/** The lowest cap a rule puts on the name score (1 when none applies). */
export function orderRuleCap(q: WeightedName, c: WeightedName, personLike: boolean, sim: PairSim): number {
  if (!personLike) return cutFragmentCap(q, c, sim);
  if (!personLike || !q.ascii.some((a) => NASAB.has(a) && a !== 'abu') || !c.ascii.some((a) => NASAB.has(a) && a !== 'abu')) return 1;
  // only chains written in their own order: a list's "SURNAME, Given" reordering puts the chain out of order
  if (q.surname.some(Boolean) || c.surname.some(Boolean)) return 1;
  const qc = chain(q);
  const cc = chain(c);
  if (qc.length < 2 || cc.length < 2) return 1;
  const same = (i: number, j: number) => q.keys[i] === c.keys[j] || sim(i, j) >= SAME;
  // every query link is in the listed chain, but not as its start in order: another person of the family
  // (a name can recur in a chain: "Mehdi bin Mohamed bin Mohamed" — the query's k-th link is read at position k first)
  const at = qc.map((i, k) => (cc[k] !== undefined && same(i, cc[k]!) ? k : cc.findIndex((j) => same(i, j))));
  if (at.some((j) => j < 0)) return 1;
  return at.every((j, k) => j === k) ? 1 : NASAB_CONFLICT_CAP;
}

/**
 * A long company name ending in a fragment of one or two letters was cut at a field width: when the listed name has
 * the same words up to the cut but goes on with a word the fragment does not start ("… GUARD CORPS Q" against "… GUARD
 * CORPS NAVY"), it is another company sharing the start (LABELLING.md truncated_company rule): capped.
 */
function cutFragmentCap(q: WeightedName, c: WeightedName, sim: PairSim): number {
  let letters = 0;
  for (const a of q.ascii) letters += a.length;
  const n = q.keys.length;
  if (letters < TRUNCATION_MIN_LETTERS || n < 3 || c.keys.length < n) return 1;
  // a last fragment that spells a legal form ("Du" read as d.o.o.) is a fragment when the listed name has no such form
  if (q.kinds[n - 1] === Kind.Legal && c.keys.includes(q.keys[n - 1]!)) return 1;
  const frag = q.ascii[n - 1]!;
  if (frag.length > 2) return 1;
  for (let k = 0; k < n - 1; k++) if (q.keys[k] !== c.keys[k] && sim(k, k) < SAME) return 1;
  return c.ascii[n - 1]!.startsWith(frag) ? 1 : TRUNCATED_CONFLICT_CAP;
}

/** Name-score cap of a cut company name against another company sharing its start. */
export const TRUNCATED_CONFLICT_CAP = 0.75;

/** The highest floor a rule gives for query `q` against listed `c` (0 when none applies). */
export function prefixRuleScore(q: WeightedName, c: WeightedName, personLike: boolean, sim: PairSim): number {
  if (!personLike) return truncated(q, c, sim);
  return Math.max(nasabPrefix(q, c, sim), doubleSurname(q, c, sim));
}

function truncated(q: WeightedName, c: WeightedName, sim: PairSim): number {
  let letters = 0;
  for (const a of q.ascii) letters += a.length;
  if (letters < TRUNCATION_MIN_LETTERS) return 0;
  const qi = q.kinds.map((k, i) => (k === Kind.Legal ? -1 : i)).filter((i) => i >= 0);
  const ci = c.kinds.map((k, i) => (k === Kind.Legal ? -1 : i)).filter((i) => i >= 0);
  // the last word cut inside a listed legal form's word ("… Metallurgicheskaya Kom" for Kompaniya): the form was cut
  const lastQ = qi[qi.length - 1];
  let cutInForm = false;
  // (the position of the listed form word it was cut from: a visible mid-word cut right after the compared words)
  // (the query's cut word may itself read as a form: "compan" is a spelling of "company")
  let formAt = -1;
  const end = q.keys.length - 1;
  if ((lastQ === end || q.kinds[end] === Kind.Legal) && q.ascii[end]!.length >= 2) {
    const cut = q.ascii[end]!;
    formAt = c.kinds.findIndex((k, j) => k === Kind.Legal && c.ascii[j]!.length > cut.length && c.ascii[j]!.startsWith(cut));
    if (formAt >= 0) {
      if (lastQ === end) qi.pop();
      cutInForm = true;
    }
  }
  if (qi.length < 1 || qi.length > ci.length) return 0;
  let distinct = 0;
  for (const i of qi) if (distinctive(q.kinds[i]!)) distinct++;
  // one distinctive word is enough when the name visibly ends mid-word ("LLC Responsib…", "… Moscow E")
  const midWord = (() => {
    const l = q.ascii[qi[qi.length - 1]!]!;
    const w = c.ascii[ci[qi.length - 1]!]!;
    return w.length > l.length && w.startsWith(l);
  })();
  if (distinct < 2 && !(distinct === 1 && (midWord || cutInForm))) return 0;
  for (let k = 0; k < qi.length - 1; k++) if (q.keys[qi[k]!] !== c.keys[ci[k]!] && sim(qi[k]!, ci[k]!) < SAME) return 0;
  const last = qi[qi.length - 1]!;
  const at = ci[qi.length - 1]!;
  const cut = q.ascii[last]!;
  const whole = c.ascii[at]!;
  const prefix = whole.length > cut.length && whole.startsWith(cut);
  // a complete last word counts only when every word is the listed one as written and the listed name goes on after
  // it (cut between words); near spellings are another name's
  // (and only a name as long as a filled field: a shorter name of whole words is just a shorter name)
  const width = letters + q.ascii.length - 1;
  let own = 0;
  for (const i of qi) own += q.ascii[i]!.length;
  const exact = qi.every((i, k) => q.keys[i] === c.keys[ci[k]!]);
  // cut inside the listed form word that follows the compared words ("JSC 'Vedenie compan" for "… Vedenie company
  // registers"): the cut is visible, the field was full, however few letters the distinctive words have
  const visibleCut = cutInForm && formAt > at && width >= FIELD_WIDTH_MIN && exact;
  if (!prefix && !visibleCut && !((ci.length > qi.length || cutInForm) && width >= FIELD_WIDTH_MIN && own >= TRUNCATION_MIN_LETTERS && exact)) return 0;
  return TRUNCATED_SCORE;
}

/** Distinctive words of a person's name in order, without the nasab particles. */
const chain = (n: WeightedName) => n.keys.map((_, i) => i).filter((i) => distinctive(n.kinds[i]!) && !NASAB.has(n.ascii[i]!));

function nasabPrefix(q: WeightedName, c: WeightedName, sim: PairSim): number {
  if (!c.ascii.some((a) => NASAB.has(a)) && !q.ascii.some((a) => NASAB.has(a))) return 0;
  const qc = chain(q);
  const cc = chain(c);
  if (qc.length < 2 || qc.length >= cc.length) return 0;
  for (let k = 0; k < qc.length; k++) if (q.keys[qc[k]!] !== c.keys[cc[k]!] && sim(qc[k]!, cc[k]!) < SAME) return 0;
  return NASAB_PREFIX_SCORE;
}

function doubleSurname(q: WeightedName, c: WeightedName, sim: PairSim): number {
  // cheap test first (this runs for every person candidate): a list-style surname of two words or more
  let ns = 0;
  for (let j = 0; j < c.surname.length; j++) if (c.surname[j]) ns++;
  if (ns < 2) return 0;
  const sur = c.surname.map((s, j) => (s && distinctive(c.kinds[j]!) ? j : -1)).filter((j) => j >= 0);
  const given = c.surname.map((s, j) => (!s && distinctive(c.kinds[j]!) ? j : -1)).filter((j) => j >= 0);
  if (sur.length < 2 || given.length === 0) return 0;
  const qd = q.kinds.map((k, i) => (distinctive(k) ? i : -1)).filter((i) => i >= 0);
  if (qd.length !== 2) return 0;
  // query "Given Surname": the listed first given name, then the listed first surname
  const same = (i: number, j: number) => q.keys[i] === c.keys[j] || sim(i, j) >= SAME;
  return same(qd[0]!, given[0]!) && same(qd[1]!, sur[0]!) ? DOUBLE_SURNAME_SCORE : 0;
}
