import { jaroWinkler } from '../jaro-winkler';
import { Kind } from '../normalize/prepare';
import { nameKey } from '../normalize/name-key';
import { isGenericOrgWord, orgWordKey } from '../normalize/org-words';
import { canonicalVariant } from '../normalize/name-variants';
import { arabicOnsets, arabicRequired, latinOnset, latinRequired, type ScriptProfile } from '../normalize/skeleton-match';
import { ABJAD_SIM_LONG, abjadSim, credit, INITIAL_SIM, sameWord, SHORT_WORD, tokenSim } from './token-sim';
import { NASAB_CONFLICT_CAP, orderRuleCap, prefixRuleScore } from './prefix-rules';
import { abjadSpanSim, isLatinArticle } from './abjad-spans';

/** One side of a name comparison: a prepared name with a weight per token. */
export interface WeightedName {
  keys: string[];
  ascii: string[];
  kinds: Kind[];
  surname: boolean[];
  weights: number[];
  abjad?: boolean;
  /** per token: the word is itself a word of the index's listed names (an attested name: the first-letter filter applies) */
  attested?: boolean[];
  script?: ScriptProfile;
  /** per token: other keys a translated generic word stands for (normalize/arabic-glossary.ts) */
  gloss?: Array<string[] | undefined>;
}

/** A translated generic word meets any of the English words it stands for ("fighting"/"combatant" for المقاتلة). */
export function glossHit(q: WeightedName, i: number, c: WeightedName, j: number): boolean {
  return (q.gloss?.[i]?.includes(c.keys[j]!) ?? false) || (c.gloss?.[j]?.includes(q.keys[i]!) ?? false);
}

export interface PairDetail {
  q: string;
  c: string;
  sim: number;
}

export interface Alignment {
  score: number;
  pairs: PairDetail[];
  /** query tokens that found no counterpart */
  extraQuery: string[];
  /** listed-name tokens that found no counterpart */
  extraCandidate: string[];
}

/** A missing given name or patronymic of the listed name costs this share of its weight; a surname almost all. */
const CAND_GIVEN_LAMBDA = 0.35;
const CAND_SURNAME_LAMBDA = 0.6;
const CAND_SECOND_SURNAME_LAMBDA = 0.5;
const CAND_ORG_LAMBDA = 0.8;
/**
 * A person's name in the query carrying a middle name the listed name lacks (a query word between two matched query
 * words: "Kalev Mutondo Mutoid" for a listed "Kalev Mutoid") costs this share of its weight, as a given name missing
 * on the listed side does (CAND_GIVEN_LAMBDA): an omitted middle name is the same omission whichever side omits it
 * (Watchman and yente likewise do not charge an unmatched middle token in full). Not a word at either end of the
 * query (the surname, in either name order, or a first name another person carries), not a word the query itself
 * marks as its surname ("MUTONDO, Kalev"), not when the listed name has a distinctive word of its own left unmatched
 * (then the two words are a substitution: another person), and not for organisations (an extra distinctive word is
 * another firm).
 */
export const QUERY_MIDDLE_LAMBDA = CAND_GIVEN_LAMBDA;
/** Both sides holding a distinctive word the other lacks is a substitution (another person), not an omission. */
const SUBSTITUTION_FACTOR = 0.88;
const MERGE_SIM = 0.92;
/** Credit of a query word that meets only an initial in the listed name ("Assiri" vs "A."). */
export const LISTED_INITIAL_CREDIT = 0.6;

export type SimFn = (qi: number, cj: number) => number;

const isDistinctive = (k: Kind) => k === Kind.Normal || k === Kind.Number;

/**
 * Best one-to-one alignment of query tokens to listed-name tokens (greedy by similarity, order-free),
 * then merged/split tokens ("jsc argument" ~ "jscargument"), then a weighted score:
 * Σ credit·(wq+wc) over pairs / (Σ pair weights + unmatched query weight + λ·unmatched listed weight).
 */
const MAXP = 4096;
const P_SIM = new Float64Array(MAXP);
const P_KEY = new Float64Array(MAXP);
const P_I = new Int32Array(MAXP);
const P_J = new Int32Array(MAXP);
const ORDER = new Int32Array(MAXP);
const NOPAIRS: PairDetail[] = [];
// scratch of the (synchronous, non-reentrant) alignment: which token each token is paired with
const MQ = new Int32Array(256);
const MC = new Int32Array(256);

/** Name score of an initialism against the name whose words' initials spell it ("IRISL" ~ Islamic Republic of Iran Shipping Lines). */
export const INITIALISM_SCORE = 0.9;

/**
 * Shortest initialism derived from a name's initials. Two letters are too ambiguous to derive ("HP" spells Hunter Perry,
 * Hijaz Province and thousands more): a two-letter name matches a listed name only where the list gives it as a name
 * or alias (then it is compared as a short word, SHORT_WORD).
 */
export const MIN_INITIALISM = 3;

/** The one initialism-like word of a name (2–8 letters, the only word besides legal forms), if any. */
function loneWord(n: WeightedName): number {
  let at = -1;
  for (let i = 0; i < n.keys.length; i++) {
    if (n.kinds[i] === Kind.Legal) continue;
    if (at !== -1 || n.kinds[i] !== Kind.Normal) return -1;
    at = i;
  }
  return at !== -1 && n.ascii[at]!.length >= MIN_INITIALISM && n.ascii[at]!.length <= 8 ? at : -1;
}

/** The one word of a name (besides legal forms and stop words) when it has at most SHORT_WORD letters, or -1. */
export function shortLoneWord(n: { ascii: string[]; kinds: Kind[] }): number {
  let at = -1;
  for (let i = 0; i < n.ascii.length; i++) {
    const k = n.kinds[i];
    if (k === Kind.Legal || k === Kind.Stop) continue;
    if (at !== -1 || k === Kind.Initial) return -1;
    at = i;
  }
  return at !== -1 && n.kinds[at] === Kind.Normal && n.ascii[at]!.length <= SHORT_WORD ? at : -1;
}

/**
 * One-word legal forms whose initial an initialism keeps (NIOC, National Iranian Oil Company; NDC, North Drilling
 * Company): English initialisms spell "Company", "Corporation", "Limited" and "Incorporated" as their letter.
 */
const SPELT_LEGAL = new Set(['company', 'co', 'corporation', 'corp', 'limited', 'ltd', 'incorporated', 'inc']);

/**
 * Initials of a name's words (legal forms left out): of every word, and of its distinctive words only; with `spelt`,
 * also of every word with a one-word legal form spelt as its letter (SPELT_LEGAL). That reading serves a query that
 * is an initialism against a listed name, never a query name against a listed initialism: "X Y Company" for any X, Y
 * has the initials of a listed "XYC", so a listed initialism is no evidence for it.
 */
export function initialsOf(n: { ascii: string[]; kinds: Kind[] }, spelt = false): string[] {
  let all = '';
  let main = '';
  let legal = '';
  for (let i = 0; i < n.ascii.length; i++) {
    if (n.kinds[i] === Kind.Legal) {
      if (SPELT_LEGAL.has(n.ascii[i]!)) legal += n.ascii[i]![0];
      continue;
    }
    all += n.ascii[i]![0];
    legal += n.ascii[i]![0];
    if (n.kinds[i] === Kind.Normal) main += n.ascii[i]![0];
  }
  if (all.length < 2) return [];
  const out = [all];
  if (main !== all && main.length >= 2) out.push(main);
  if (spelt && legal !== all) out.push(legal);
  return out;
}

/** Whether the lone word of `a` is the initials of `b` (`spelt`: a query initialism against a listed name, see initialsOf). */
function initialismMatch(a: WeightedName, b: WeightedName, spelt: boolean): boolean {
  const i = loneWord(a);
  if (i === -1 || b.keys.length < 2) return false;
  return initialsOf(b, spelt).includes(a.ascii[i]!);
}

/** Similarity of query word i and listed word j, as the alignment computes it (the word-order rules reuse it). */
function pairSim(q: WeightedName, c: WeightedName, sim?: SimFn): (i: number, j: number) => number {
  return (i, j) => {
    let v = sim ? sim(i, j) : tokenSim(q.keys[i]!, q.kinds[i]!, c.keys[j]!, c.kinds[j]!, q.ascii[i], c.ascii[j]);
    if (q.abjad && !sim && v < ABJAD_SIM_LONG) v = Math.max(v, abjadSim(q.ascii[i]!, q.kinds[i]!, c.ascii[j]!, c.kinds[j]!, q.script));
    if (!sim && v < 1 && glossHit(q, i, c, j)) v = 1;
    return v;
  };
}

/** Similarity of a Latin compound read as a translated generic word and the word after it (glossCompound). */
export const GLOSS_COMPOUND_SIM = 0.95;

/**
 * A Latin word written solid from a translated generic word and the next word: English combining forms and compounds
 * (aero-, petro-, electro-: "Aerosystems", "Petrochemicals") where the other script writes two words (航空システムズ,
 * 航空 aero + システムズ systems). The Latin word starts with one of the English keys of word j of `b` (four letters
 * of the rest at least), and its rest is word j + 1: by that word's own English keys when it is translated too, else
 * compared as the alignment compares words (by skeleton when `script` is the script of `b`). GLOSS_COMPOUND_SIM, or 0.
 */
function glossCompound(latin: string, b: WeightedName, j: number, script: ScriptProfile | undefined): number {
  const gloss = b.gloss![j]!;
  const key = nameKey(latin);
  for (const alt of gloss) {
    if (alt.length < 3 || alt.startsWith('#')) continue;
    const rest = latin.startsWith(alt) ? latin.slice(alt.length) : key.startsWith(alt) ? key.slice(alt.length) : '';
    if (rest.length < 4) continue;
    const restKey = orgWordKey(rest, canonicalVariant(nameKey(rest)));
    const next = b.gloss?.[j + 1];
    let s = next?.includes(restKey) ? 1 : tokenSim(b.keys[j + 1]!, b.kinds[j + 1]!, restKey, Kind.Normal, b.ascii[j + 1], rest);
    if (s < MERGE_SIM && script) s = Math.max(s, abjadSim(b.ascii[j + 1]!, b.kinds[j + 1]!, rest, Kind.Normal, script));
    if (s >= MERGE_SIM) return GLOSS_COMPOUND_SIM;
  }
  return 0;
}

export function align(q: WeightedName, c: WeightedName, personLike: boolean, sim?: SimFn, detail = true): Alignment {
  const nq = q.keys.length;
  const nc = c.keys.length;
  // the same words in the same order score their maximum, however generic ("K.L.M. Trading", "The Company")
  if (nq === nc && nq > 0 && q.keys.every((k, i) => sameWord(k, q.kinds[i]!, c.keys[i]!, c.kinds[i]!, q.ascii[i], c.ascii[i]))) {
    const pairs = detail ? q.ascii.map((a, i) => ({ q: a, c: c.ascii[i]!, sim: 1 })) : NOPAIRS;
    return { score: 1, pairs, extraQuery: [], extraCandidate: [] };
  }
  if (!personLike && (initialismMatch(q, c, true) || initialismMatch(c, q, false))) {
    const pairs = detail ? [{ q: q.ascii.join(' '), c: c.ascii.join(' '), sim: INITIALISM_SCORE }] : NOPAIRS;
    return { score: INITIALISM_SCORE, pairs, extraQuery: [], extraCandidate: [] };
  }
  // a name that is one short word (an acronym such as "HM") is that word and nothing else: it matches a name made
  // of the same word (legal forms aside), never one word of a longer name ("HM Logistics") nor a fuzzy spelling
  // (not for a query romanised from a script without written vowels: "rht" is Rahat راحت, "fyd" Faiz فيض, no acronym)
  const qs = q.script ? -1 : shortLoneWord(q);
  const cs = q.script ? -1 : shortLoneWord(c);
  if ((qs !== -1 || cs !== -1) && !(qs !== -1 && cs !== -1 && sameWord(q.keys[qs]!, q.kinds[qs]!, c.keys[cs]!, c.kinds[cs]!, q.ascii[qs], c.ascii[cs]))) {
    return { score: 0, pairs: NOPAIRS, extraQuery: detail ? [...q.ascii] : [], extraCandidate: detail ? [...c.ascii] : [] };
  }
  let np = 0;
  for (let i = 0; i < nq && np < MAXP; i++) {
    for (let j = 0; j < nc && np < MAXP; j++) {
      let s = sim ? sim(i, j) : tokenSim(q.keys[i]!, q.kinds[i]!, c.keys[j]!, c.kinds[j]!, q.ascii[i], c.ascii[j], q.attested?.[i]);
      if (q.abjad && !sim && s < ABJAD_SIM_LONG) s = Math.max(s, abjadSim(q.ascii[i]!, q.kinds[i]!, c.ascii[j]!, c.kinds[j]!, q.script));
      if (!sim && s < 1 && glossHit(q, i, c, j)) s = 1;
      if (s <= 0) continue;
      P_SIM[np] = s;
      P_KEY[np] = q.weights[i]! + c.weights[j]!;
      P_I[np] = i;
      P_J[np] = j;
      ORDER[np] = np;
      np++;
    }
  }
  const order = ORDER.subarray(0, np).sort((a, b) => P_SIM[b]! - P_SIM[a]! || P_KEY[b]! - P_KEY[a]! || a - b);
  const mq = nq <= 256 ? MQ.subarray(0, nq).fill(-1) : new Int32Array(nq).fill(-1);
  const mc = nc <= 256 ? MC.subarray(0, nc).fill(-1) : new Int32Array(nc).fill(-1);
  let num = 0;
  let den = 0;
  const pairs: PairDetail[] = detail ? [] : NOPAIRS;
  const one = pairSim(q, c, sim);
  // merged / split tokens first: one token against two adjacent tokens of the other side ("jscargument" ~ "jsc argument"),
  // or three ("sovcomflot" ~ "sov com flot": a brand of syllables written apart)
  const merge = (a: WeightedName, ma: Int32Array, b: WeightedName, mb: Int32Array, queryIsA: boolean) => {
    for (let i = 0; i < a.keys.length; i++) {
      const ai = a.ascii[i]!;
      if (ma[i] !== -1 || ai.length < 5) continue;
      let done = false;
      for (let span = 2; span <= 3 && !done; span++) {
        for (let j = 0; j + span <= b.keys.length; j++) {
          let free = true;
          let len = 0;
          for (let k = j; k < j + span; k++) {
            // never across the boundary of a list-style surname ("Pyong Chol MIN" has no word "cholmin")
            if (mb[k] !== -1 || b.surname[k] !== b.surname[j]) free = false;
            len += b.ascii[k]!.length;
          }
          if (!free) continue;
          const bj = b.ascii[j]!;
          // a Latin compound of a translated generic word and the next word (航空 aero + システムズ ~ "Aerosystems")
          const compound = span === 2 && b.gloss?.[j] ? glossCompound(ai, b, j, queryIsA ? undefined : q.script) : 0;
          // a name romanised from a script without vowels is shorter and may start otherwise ("wly jn" ~ "Walijan")
          if (compound < MERGE_SIM && ((bj[0] !== ai[0] && !q.script) || Math.abs(ai.length - len) > (q.script ? 4 : 2))) continue;
          // Arabic script: cheap necessary conditions of the skeleton comparison first (onset, consonant count)
          if (q.script === 'arabic') {
            let req = 0;
            for (let k = j; k < j + span; k++) req += queryIsA ? latinRequired(b.ascii[k]!) : arabicRequired(b.ascii[k]!);
            const fits = queryIsA
              ? arabicOnsets(ai).includes(latinOnset(bj) || '-') && Math.abs(req - arabicRequired(ai)) <= 3
              : arabicOnsets(bj).includes(latinOnset(ai) || '-') && Math.abs(req - latinRequired(ai)) <= 3;
            if (!fits) continue;
          }
          const joined = b.ascii.slice(j, j + span).join('');
          // (a romanised Arabic-script word is a consonant skeleton: Jaro-Winkler against vowelled Latin says nothing)
          let s = a.ascii[i] === joined ? 1 : q.script === 'arabic' ? 0 : jaroWinkler(nameKey(a.ascii[i]!), nameKey(joined));
          s = Math.max(s, compound);
          if (s < MERGE_SIM && q.script) s = Math.max(s, queryIsA ? abjadSim(ai, a.kinds[i]!, joined, Kind.Normal, q.script) : abjadSim(joined, Kind.Normal, ai, a.kinds[i]!, q.script));
          // two Arabic-script words of a compound whose article Latin joins as a vowel (عزيز الرحمن "azyz lrhmn" ~ Azizurrahman)
          if (s < MERGE_SIM && q.script === 'arabic' && !queryIsA && span === 2 && b.ascii[j + 1]!.length >= 4 && b.ascii[j + 1]!.startsWith('l')) {
            s = Math.max(s, abjadSim(bj + b.ascii[j + 1]!.slice(1), Kind.Normal, ai, a.kinds[i]!, q.script));
          }
          if (s < MERGE_SIM) continue;
          // only when the merged reading beats reading any of the words alone (for a script query as the alignment
          // compares them: by skeleton too)
          let single = 0;
          let wb = 0;
          for (let k = j; k < j + span; k++) {
            single = Math.max(single, q.script ? (queryIsA ? one(i, k) : one(k, i)) : tokenSim(a.keys[i]!, a.kinds[i]!, b.keys[k]!, b.kinds[k]!, ai, b.ascii[k]));
            wb = Math.max(wb, b.weights[k]!);
          }
          if (s <= single + 0.02) continue;
          ma[i] = j;
          for (let k = j; k < j + span; k++) mb[k] = i;
          const w = a.weights[i]! + wb;
          num += credit(s) * w;
          den += w;
          const parts = b.ascii.slice(j, j + span).join(' ');
          if (detail) pairs.push(queryIsA ? { q: a.ascii[i]!, c: parts, sim: s } : { q: parts, c: a.ascii[i]!, sim: s });
          done = true;
          break;
        }
      }
    }
  };
  // Arabic script: one script word against a span of two or three Latin words (compounds, glued articles: abjad-spans.ts)
  if (q.script === 'arabic') {
    const single = one;
    // each query word's best single reading (the pairs above): a span must beat it, and a skeleton reads at most
    // SKELETON_SIM.long, so a word read ≥ 0.93 alone needs no span unless it carries the article (an article-led span)
    const bestAlone = new Float64Array(nq);
    for (let p = 0; p < np; p++) if (P_SIM[p]! > bestAlone[P_I[p]!]!) bestAlone[P_I[p]!] = P_SIM[p]!;
    for (let i = 0; i < nq; i++) {
      if (mq[i] !== -1 || q.kinds[i] !== Kind.Normal || q.ascii[i]!.length < 4) continue;
      if (bestAlone[i]! >= 0.93 && !q.ascii[i]!.startsWith('l')) continue;
      const qreq = arabicRequired(q.ascii[i]!);
      const onsets = arabicOnsets(q.ascii[i]!);
      let bestS = 0;
      let bestJ = -1;
      let bestK = 0;
      for (let j = 0; j + 1 < nc; j++) {
        for (let k = 3; k >= 2; k--) {
          if (j + k > nc) continue;
          let free = true;
          for (let t = j; t < j + k; t++) if (mc[t] !== -1 || c.kinds[t] === Kind.Legal || c.kinds[t] === Kind.Number || c.surname[t] !== c.surname[j]) free = false;
          // three words only around an article written apart ("Saif al Din", "Abou el Yazid"); two may be the article
          // and its word when the script word has it ("Zia-ur-Rahman": الرحمن)
          const led = k === 2 && isLatinArticle(c.ascii[j]!) && q.ascii[i]!.startsWith('l');
          if (!free || (k === 3 && !isLatinArticle(c.ascii[j + 1]!)) || (isLatinArticle(c.ascii[j]!) && !led) || isLatinArticle(c.ascii[j + k - 1]!)) continue;
          // a span whose first consonant the script word cannot begin with cannot read as it (cheap, before the rest)
          const on = latinOnset(c.ascii[j]!);
          if (!on || !onsets.includes(on)) continue;
          // a Latin span with far more or fewer consonants than the script word cannot read as it (skeletonSim allows
          // two more or fewer; the article of the span and the script word's may both go: three)
          let cons = 0;
          for (let t = j; t < j + k; t++) cons += latinRequired(c.ascii[t]!);
          if (Math.abs(cons - qreq) > 3) continue;
          const s = abjadSpanSim(q.ascii[i]!, c.ascii.slice(j, j + k));
          if (s < MERGE_SIM || s <= bestS) continue;
          let alone = 0;
          let claimed = false;
          for (let t = j; t < j + k; t++) {
            alone = Math.max(alone, single(i, t));
            // a word of the span that another script word reads well is that word's ("Ali Essaadi" is علي السعدي)
            if (!isLatinArticle(c.ascii[t]!)) for (let o = 0; o < nq && !claimed; o++) if (o !== i && mq[o] === -1 && single(o, t) >= MERGE_SIM) claimed = true;
          }
          if (claimed) continue;
          // only when the span reading beats reading any of its words alone (an article-led span: when it reads as well)
          if (s > alone + 0.02 || (led && s >= alone)) {
            bestS = s;
            bestJ = j;
            bestK = k;
          }
        }
      }
      if (bestJ === -1) continue;
      mq[i] = bestJ;
      let wc = 0;
      for (let t = bestJ; t < bestJ + bestK; t++) {
        mc[t] = i;
        if (!isLatinArticle(c.ascii[t]!)) wc = Math.max(wc, c.weights[t]!);
      }
      const w = q.weights[i]! + wc;
      num += credit(bestS) * w;
      den += w;
      if (detail) pairs.push({ q: q.ascii[i]!, c: c.ascii.slice(bestJ, bestJ + bestK).join(' '), sim: bestS });
    }
  }
  merge(q, mq, c, mc, true);
  merge(c, mc, q, mq, false);
  for (let k = 0; k < np; k++) {
    const p = order[k]!;
    const s = P_SIM[p]!;
    const i = P_I[p]!;
    const j = P_J[p]!;
    if (mq[i] !== -1 || mc[j] !== -1) continue;
    mq[i] = j;
    mc[j] = i;
    const wq = q.weights[i]!;
    const qInit = q.kinds[i] === Kind.Initial;
    const cInit = c.kinds[j] === Kind.Initial;
    if (cInit && !qInit) {
      // the listed name only has an initial: the query's full word is barely confirmed by it
      const w = wq + c.weights[j]!;
      num += LISTED_INITIAL_CREDIT * w;
      den += w;
    } else {
      const w = qInit ? 2 * Math.min(wq, c.weights[j]!) : wq + c.weights[j]!;
      num += (qInit ? INITIAL_SIM : credit(s)) * w;
      den += w;
    }
    if (detail) pairs.push({ q: q.ascii[i]!, c: c.ascii[j]!, sim: s });
  }

  let anyDistinct = false;
  for (let i = 0; i < nq; i++) if (mq[i] !== -1 && isDistinctive(q.kinds[i]!) ) anyDistinct = true;
  for (let j = 0; j < nc; j++) if (mc[j] !== -1 && isDistinctive(c.kinds[j]!)) anyDistinct = true;
  const extraQuery: string[] = [];
  const extraCandidate: string[] = [];
  let qDistinctMissing = false;
  let cDistinctMissing = false;
  // the first and last matched query words: an unmatched word between them is a middle name (QUERY_MIDDLE_LAMBDA),
  // rebated once the listed name is known to lack a word there (no listed name word or patronymic left unmatched)
  let middleRebate = 0;
  let cNameMissing = false;
  let firstHit = -1;
  let lastHit = -1;
  if (personLike) {
    for (let i = 0; i < nq; i++) {
      if (mq[i] === -1 || !isDistinctive(q.kinds[i]!)) continue;
      if (firstHit === -1) firstHit = i;
      lastHit = i;
    }
  }
  for (let i = 0; i < nq; i++) {
    if (mq[i] !== -1) continue;
    // a word typed twice in a row counts once ("Hugo Hugo Carvajal")
    if (i > 0 && q.keys[i] === q.keys[i - 1]) continue;
    const middle = i > firstHit && i < lastHit && !q.surname[i] && (q.kinds[i] === Kind.Normal || q.kinds[i] === Kind.Patronymic || q.kinds[i] === Kind.Initial);
    den += q.weights[i]!;
    if (middle) middleRebate += (1 - QUERY_MIDDLE_LAMBDA) * q.weights[i]!;
    if (detail) extraQuery.push(q.ascii[i]!);
    if (q.kinds[i] === Kind.Number || (q.kinds[i] === Kind.Normal && (personLike || !isGenericOrgWord(q.keys[i]!)))) qDistinctMissing = true;
  }
  // a second surname may be left out ("Nicolas Maduro" for MADURO MOROS) once another surname word matched
  let surnameHit = false;
  for (let j = 0; j < nc; j++) if (mc[j] !== -1 && c.surname[j] && isDistinctive(c.kinds[j]!)) surnameHit = true;
  for (let j = 0; j < nc; j++) {
    if (mc[j] !== -1) continue;
    if (j > 0 && c.keys[j] === c.keys[j - 1]) continue;
    const k = c.kinds[j]!;
    const lambda = !personLike ? CAND_ORG_LAMBDA : c.surname[j] ? (surnameHit ? CAND_SECOND_SURNAME_LAMBDA : CAND_SURNAME_LAMBDA) : CAND_GIVEN_LAMBDA;
    den += (k === Kind.Stop || k === Kind.Legal ? 1 : lambda) * c.weights[j]!;
    if (detail) extraCandidate.push(c.ascii[j]!);
    // a generic word of an organisation's name left out or put otherwise ("Production", "Plant" for "Combine") is no substitution
    if (k === Kind.Number || (k === Kind.Normal && (personLike || !isGenericOrgWord(c.keys[j]!)))) cDistinctMissing = true;
    if (k === Kind.Normal || k === Kind.Patronymic) cNameMissing = true;
  }
  // a listed word left unmatched as well makes the middle word a substitution ("Siarhei Piatrovich Ivanou" against
  // "Sergey Aleksandrovich Ivanov": another father), not an omission: no rebate
  if (!cNameMissing) den -= middleRebate;
  if (!anyDistinct || den === 0) {
    // a company name cut inside its only distinctive word ("LLC Responsib" for "LLC Responsibility …") pairs no
    // distinctive word by similarity: the truncation rule may still read it (a prefix of the listed word, in order)
    const cut = !personLike && den > 0 ? prefixRuleScore(q, c, personLike, pairSim(q, c, sim)) : 0;
    return { score: cut, pairs, extraQuery, extraCandidate };
  }
  let score = num / den;
  if (qDistinctMissing && cDistinctMissing) score *= SUBSTITUTION_FACTOR;
  // word-order rules (truncated company names, nasab chains, compound surnames): a floor, never lower
  if (score < 0.9) {
    score = Math.max(score, prefixRuleScore(q, c, personLike, pairSim(q, c, sim)));
  }
  if (score > NASAB_CONFLICT_CAP) score = Math.min(score, orderRuleCap(q, c, personLike, pairSim(q, c, sim)));
  return { score, pairs, extraQuery, extraCandidate };
}
