import type { CanonicalEntity, EntityInput, Explanation, MatchedOn } from '@screening/schemas';
import { explain } from './explain';
import { type MatchIndex, namesOf } from './index-build';
import { type NameType, prepareName } from './normalize/prepare';
import { type Alignment, align, glossHit, type SimFn, type WeightedName } from './score/align';
import { ABJAD_SIM_LONG, abjadSim, SHORT_WORD, tokenSim } from './score/token-sim';
import { ADDRESS_MIN_COVERAGE, ADJUST, compareFeatures, DECISIVE_SCORE, SUPPORTING_SCORE, typesConflict } from './score/features';
import { findable } from './address';
import { identifierKey } from './identifiers';
import { fromInput, type Target } from './score/target';
import { glossWeight, type TokenStats, tokenWeight } from './score/weights';
import { retrieve } from './retrieve';
import { romanisations } from './normalize/scripts';
import { type Band, type BandOptions, bandOf } from './score/band';
import { WorkBudget } from './budget';
import { commonNameCap } from './score/common-names';

export const ALGORITHM = 'screening-matcher@1.0';
/** A perfect name alone scores this; agreeing dates of birth, countries or identifiers lift it towards 1. */
export const NAME_SCALE = 0.92;
/** Weak aliases (OFAC "weak a.k.a.", UN low quality) count for less. */
export const WEAK_ALIAS_FACTOR = 0.85;
/** Largest total lift the secondary attributes can give (dob exact + country + address city). */
const MAX_LIFT = 0.1;
/** An address-only hit scores from here (half the query's address words found) to ADDRESS_BASE + 0.1 (all): potential, never strong. */
export const ADDRESS_BASE = 0.8;

export interface ScoredCandidate {
  entity: CanonicalEntity;
  matchedName: string;
  score: number;
  match: boolean;
  band: Band;
  /** what decided the candidate: the name, an identifier hit, or (address-only queries) the address */
  matchedOn: MatchedOn;
  explanation: Explanation;
}

export interface ScreenOptions {
  threshold: number;
  limit: number;
  /** score every name of the index instead of the retrieved candidates (for measuring retrieval recall) */
  exhaustive?: boolean;
  /** review band and strong-name edge; without them there is no review band (only matches come back) */
  bands?: BandOptions;
  /** the request's work budget (shared by every query of one request); a fresh default budget when absent */
  budget?: WorkBudget;
}

/**
 * Operations charged for aligning two names: a fixed part and one per pair of words (a cached similarity, the
 * sort of the pairs), in units of one posting visited, so that an operation costs about the same time everywhere.
 */
const ALIGN_COST = 16;
const CELL_COST = 4;

/** The input field of a query's i-th name (names are the primary name, then the aliases). */
const nameField = (i: number) => (i === 0 ? 'name' : `aliases.${i - 1}`);

/** Structural limits of a query entity, checked before any matching work; its names weighed. */
function weighQuery(names: Array<{ name: string }>, type: NameType, stats: TokenStats | undefined, budget: WorkBudget, given = names.length, renderings = true) {
  budget.check('names', given, 'aliases');
  const distinct = new Set<string>();
  const out: Array<{ raw: string; w: WeightedName; qi: number }> = [];
  names.forEach((n, qi) => {
    budget.charge(1 + (n.name.length >> 4), nameField(qi));
    // the name, and its Latin renderings when written in Han, Hangul or kana (the best form wins)
    for (const form of renderings ? [n.name, ...romanisations(n.name)] : [n.name]) {
      const w = weighName(form, type, stats);
      if (!w) continue;
      budget.check('name-tokens', w.keys.length, nameField(qi));
      for (const k of w.keys) distinct.add(k);
      budget.check('distinct-tokens', distinct.size, nameField(qi));
      out.push({ raw: n.name, w, qi });
    }
  });
  return out;
}

/** Default bands (packages/runtime config MATCH_REVIEW_THRESHOLD and MATCH_STRONG_NAME carry the served values). */
export const DEFAULT_BANDS: BandOptions = { review: 0.65, strongName: 0.95 };

export function weighName(name: string, type: NameType, stats: TokenStats | undefined): WeightedName | undefined {
  const p = prepareName(name, type);
  if (p.keys.length === 0) return undefined;
  return { ...p, weights: p.keys.map((k, i) => (p.gloss?.[i] ? glossWeight(k, p.ascii[i]!, p.kinds[i]!, stats) : tokenWeight(k, p.ascii[i]!, p.kinds[i]!, stats))) };
}

interface NameHit {
  nameScore: number;
  queryName: string;
  matchedName: string;
  weak: boolean;
  alignment: Alignment;
  /** the query name's aligned form (its kinds and keys, for the common-name rule) */
  qw?: WeightedName;
}

const personLike = (q: NameType, l: NameType) => l === 'person' || (l === 'unknown' && q === 'person');

function finish(q: Target, l: Target, hit: NameHit, threshold: number, bands: BandOptions, stats: TokenStats | undefined) {
  const f = compareFeatures(q, l);
  const byName = hit.nameScore * NAME_SCALE + f.adjust;
  let score = byName;
  // a common name that no attribute of the query corroborates is a near match, not a match (score/common-names.ts)
  if (score >= threshold) {
    const shared = q.countries.filter((c) => l.countries.includes(c));
    const cap = commonNameCap(q.dobs.length > 0 || q.countries.length > 0, shared, f, hit.alignment, hit.qw, personLike(q.type, l.type), stats, hit.nameScore, threshold);
    if (cap !== undefined) score = Math.min(score, cap);
  }
  const addressOnly = !hit.queryName && !f.decisive && !f.supporting && f.address !== undefined;
  if (f.decisive) score = Math.max(score, DECISIVE_SCORE);
  else if (f.supporting) score = Math.max(score, SUPPORTING_SCORE);
  else if (addressOnly) score = ADDRESS_BASE + 0.2 * (f.address!.coverage - ADDRESS_MIN_COVERAGE);
  score = Number(Math.min(1, Math.max(0, score)).toFixed(4));
  const matchedOn: MatchedOn = f.decisive || (f.supporting && byName < score) ? 'identifier' : addressOnly ? 'address' : 'name';
  return { score, match: score >= threshold, band: bandOf(score, threshold, hit.nameScore, f, bands), matchedOn, explanation: explain(hit, f, score, ALGORITHM) };
}

const NO_ALIGNMENT: Alignment = { score: 0, pairs: [], extraQuery: [], extraCandidate: [] };

/**
 * Screens a query entity against one list index; best first, at most `limit`: matches (score ≥ threshold, band
 * strong|potential) and, with `bands`, near matches of the review band (`match: false`, band review).
 */
export function screen(query: EntityInput, index: MatchIndex, opts: ScreenOptions): ScoredCandidate[] {
  const q = fromInput(query);
  const budget = opts.budget ?? new WorkBudget();
  const qnames = weighQuery(q.names, q.type, index.stats, budget);
  // words the list itself holds are names in their own right (the first-letter filter of tokenSim applies to them)
  for (const qn of qnames) qn.w = { ...qn.w, attested: qn.w.keys.map((k) => index.dict.has(k)) };
  const best = new Map<number, { s: number; qi: number; ni: number }>();
  const bands = opts.bands ?? { ...DEFAULT_BANDS, review: opts.threshold };
  // the lowest score returned: the review band's lower edge, or the threshold itself
  const lowest = Math.min(bands.review, opts.threshold);
  const minName = Math.max(0, (lowest - MAX_LIFT) / NAME_SCALE);
  // partition by entity type: when even a perfect name with every lift cannot pass a type conflict, skip the conflicting types
  const typeCut = NAME_SCALE + MAX_LIFT + ADJUST.typeMismatch < lowest;
  const skipType = typeCut && q.type !== 'unknown' ? (ei: number) => typesConflict(q.type, index.targets[ei]!.type) : undefined;
  let candidates = 0;
  qnames.forEach((qn, qi) => {
    const field = nameField(qn.qi);
    const cache = qn.w.keys.map(() => new Map<number, number>());
    // the listed spelling each cached similarity was computed with: one key holds several spellings (Rahimi/Rahimy,
    // Mohammad/Muhammad), and the comparison reads the spellings too (abjadSim, the first-sound filter, edit
    // similarity of the spellings), so a hit computed with another spelling is recomputed, not reused
    const spelt = qn.w.keys.map(() => new Map<number, string>());
    let cur = index.names[0]!;
    const simAt = (i: number, j: number) => {
      let v = tokenSim(qn.w.keys[i]!, qn.w.kinds[i]!, cur.name.keys[j]!, cur.name.kinds[j]!, qn.w.ascii[i], cur.name.ascii[j], qn.w.attested![i]);
      if (qn.w.abjad && v < ABJAD_SIM_LONG) v = Math.max(v, abjadSim(qn.w.ascii[i]!, qn.w.kinds[i]!, cur.name.ascii[j]!, cur.name.kinds[j]!, qn.w.script));
      if (v < 1 && glossHit(qn.w, i, cur.name, j)) v = 1;
      return v;
    };
    const sim: SimFn = (i, j) => {
      // a short key stands for several spellings that are different words (SHORT_WORD): compared by spelling, not cached by key
      if (cur.name.keys[j]!.length <= SHORT_WORD) return simAt(i, j);
      // one key can be an initial in a person's name and a stop word in a company's: the kind is part of the key
      const id = cur.ids[j]! * 8 + cur.name.kinds[j]!;
      const ascii = cur.name.ascii[j]!;
      let v = cache[i]!.get(id);
      if (v === undefined || spelt[i]!.get(id) !== ascii) {
        v = simAt(i, j);
        cache[i]!.set(id, v);
        spelt[i]!.set(id, ascii);
      }
      return v;
    };
    const found = opts.exhaustive ? [...index.names.keys()] : retrieve(index, qn.w, minName, skipType, budget, field, q.type === 'person' || q.type === 'unknown');
    candidates += found.length;
    if (!opts.exhaustive) budget.check('candidates', candidates, field);
    for (const ni of found) {
      cur = index.names[ni]!;
      budget.charge(ALIGN_COST + CELL_COST * qn.w.keys.length * cur.name.keys.length, field);
      const s = align(qn.w, cur.name, personLike(q.type, index.targets[cur.entity]!.type), sim, false).score * (cur.weak ? WEAK_ALIAS_FACTOR : 1);
      const prev = best.get(cur.entity);
      if (!prev || s > prev.s) best.set(cur.entity, { s, qi, ni });
    }
  });
  const byId = new Set<number>();
  for (const id of q.identifiers) for (const ei of index.ids.get(identifierKey(id.type, id.value)) ?? []) byId.add(ei);
  // an address-only query: the entities sharing a number and a word of its address are candidates
  if (qnames.length === 0 && q.addressWords.length) {
    const words = q.addressWords[0]!.tokens.filter(findable);
    const num = new Set<number>();
    for (const w of words) if (/\d/.test(w)) for (const ei of index.addressWords.get(w) ?? []) num.add(ei);
    for (const w of words) if (!/\d/.test(w)) for (const ei of index.addressWords.get(w) ?? []) if (num.has(ei)) byId.add(ei);
    budget.check('candidates', byId.size, 'address');
  }
  const out: Array<ScoredCandidate & { ei: number }> = [];
  const consider = (ei: number, s: number, qi: number, ni: number) => {
    const l = index.targets[ei]!;
    // cheap bound first: the attributes can lift a name score by at most MAX_LIFT
    if (!byId.has(ei) && s * NAME_SCALE + MAX_LIFT < lowest) return;
    const n = ni >= 0 ? index.names[ni]! : undefined;
    const qn = qnames[qi];
    if (n && qn) budget.charge(ALIGN_COST + CELL_COST * qn.w.keys.length * n.name.keys.length, nameField(qn.qi));
    const alignment = n && qn ? align(qn.w, n.name, personLike(q.type, l.type)) : NO_ALIGNMENT;
    const hit: NameHit = { nameScore: s, queryName: qn?.raw ?? '', matchedName: n?.original ?? l.names[0]!.name, weak: n?.weak ?? false, alignment, qw: qn?.w };
    const r = finish(q, l, hit, opts.threshold, bands, index.stats);
    if (r.band) out.push({ ei, entity: index.entities[ei]!, matchedName: hit.matchedName, ...r, band: r.band });
  };
  for (const [ei, b] of best) consider(ei, b.s, b.qi, b.ni);
  for (const ei of byId) if (!best.has(ei)) consider(ei, 0, 0, -1);
  out.sort((a, b) => b.score - a.score || a.ei - b.ei);
  return out.slice(0, opts.limit).map(({ ei: _ei, ...c }) => c);
}

/**
 * Compares two entities with the same scorer as screening (b is the listed side). Pass the statistics of the
 * loaded lists for rarity weights; without them generic business words are weighted down by a table.
 */
export function compare(a: EntityInput, b: EntityInput, threshold: number, stats?: TokenStats, bands: BandOptions = DEFAULT_BANDS, budget = new WorkBudget()) {
  const qa = fromInput(a);
  const tb = fromInput(b);
  let best: NameHit | undefined;
  const scope = budget.scope;
  budget.scope = [scope, 'a'].filter(Boolean).join('.');
  const as = weighQuery(qa.names, qa.type, stats, budget);
  budget.scope = [scope, 'b'].filter(Boolean).join('.');
  // namesOf() already holds the listed names' renderings
  const bs = weighQuery(namesOf(tb), tb.type, stats, budget, tb.names.length, false);
  budget.scope = scope;
  for (const { raw: na, w: wa, qi } of as) {
    for (const { raw: nb, w: wb } of bs) {
      budget.charge(ALIGN_COST + CELL_COST * wa.keys.length * wb.keys.length, `a.${nameField(qi)}`);
      const al = align(wa, wb, personLike(qa.type, tb.type));
      if (!best || al.score > best.nameScore) best = { nameScore: al.score, queryName: na, matchedName: nb, weak: false, alignment: al, qw: wa };
    }
  }
  best ??= { nameScore: 0, queryName: qa.names[0]?.name ?? '', matchedName: tb.names[0]?.name ?? '', weak: false, alignment: { score: 0, pairs: [], extraQuery: [], extraCandidate: [] } };
  const r = finish(qa, tb, best, threshold, bands, stats);
  return { score: r.score, match: r.match, ...(r.band ? { band: r.band } : {}), matchedOn: r.matchedOn, threshold, explanation: r.explanation, algorithm: ALGORITHM };
}
