import { deletions, forEachDeletion, indexable, type KeyedIds, type MatchIndex, PREFIX } from './index-build';
import { abjadSkeletons } from './normalize/abjad';
import { type ScriptProfile, scriptCoarseKeys, scriptShortKeys } from './normalize/skeleton-match';
import { nameKey } from './normalize/name-key';
import { hypocorismsOf } from './normalize/nicknames';
import { eastSlavicKey } from './normalize/east-slavic';
import { Kind } from './normalize/prepare';
import { LISTED_INITIAL_CREDIT, QUERY_MIDDLE_LAMBDA } from './score/align';
import type { WeightedName } from './score/align';
import { abjadSim, MAX_LENGTH_GAP, tokenSim } from './score/token-sim';
import type { WorkBudget } from './budget';

/**
 * Upper bound of the name score of a listed name whose tokens cover query weight `m` out of `total`; `middle` is the
 * part of the rest that may be a middle name the listed name lacks (costing QUERY_MIDDLE_LAMBDA of it, align.ts).
 */
export function scoreBound(m: number, total: number, hasInitial = false, middle = 0): number {
  // listed-side weights of the matched words can exceed the query's (surname emphasis): allow 1.5×; a query word
  // paired with a listed initial (unseen by postings) still costs 1 − LISTED_INITIAL_CREDIT of its weight
  const gap = Math.max(0, total - m);
  const missing = Math.max(0, gap - (1 - QUERY_MIDDLE_LAMBDA) * middle) * (hasInitial ? 1 - LISTED_INITIAL_CREDIT : 1);
  return m <= 0 ? 0 : (2.5 * m) / (2.5 * m + missing);
}

/** A coarse script key shared by more listed words than this is not looked up (too unspecific to retrieve by). */
const SCRIPT_KEY_MAX = 400;
/** The same for an Arabic-script word that its exact skeleton did not find (a fallback: its cost stays small). */
const ARABIC_KEY_MAX = 40;

/**
 * Words this long would also be looked up with two edits. Off: the prefix table already finds what two edits
 * found (candidate recall stayed 100 % on the sample without it) at half the cost.
 */
const LONG_WORD = Number.POSITIVE_INFINITY;

/** Calls `f` with each id of a key, in order (nothing when the key is absent). */
function eachId(m: KeyedIds, key: string, f: (id: number) => void): void {
  const r = m.row(key);
  if (r < 0) return;
  for (let p = m.start[r]!, end = m.start[r + 1]!; p < end; p++) f(m.items[p]!);
}

/** How many ids a key has. */
function count(m: KeyedIds, key: string): number {
  const r = m.row(key);
  return r < 0 ? 0 : m.start[r + 1]! - m.start[r]!;
}

/** Token ids of the index that are similar to a query key (exact, or one edit apart in either direction). */
export function similarTokens(index: MatchIndex, key: string, kind: number, ascii = key, budget?: WorkBudget, field?: string): number[] {
  // token ids seen in this lookup, stamped instead of collected in a Set (no allocation per query word)
  const stamp = index.scratch.tokStamp;
  const epoch = ++index.scratch.tokEpoch;
  const found: number[] = [];
  const add = (id: number) => {
    if (stamp[id] !== epoch) {
      stamp[id] = epoch;
      found.push(id);
    }
  };
  const exact = index.dict.get(key);
  if (exact !== undefined) add(exact);
  // a given name's short forms and full name (normalize/nicknames.ts: compare() pairs them at NICKNAME_SIM), taken
  // as they are (a short form may be far shorter than its name: "Liz" / "Elizabeth")
  const nicks: number[] = [];
  if (kind === Kind.Normal) {
    for (const h of hypocorismsOf(key)) {
      const id = index.dict.get(h);
      if (id !== undefined && index.tokKinds[id] === Kind.Normal && stamp[id] !== epoch) {
        stamp[id] = epoch;
        nicks.push(id);
      }
    }
  }
  if (key.length >= 3 && indexable(kind)) {
    forEachDeletion(index, key, add);
    const long = key.length >= LONG_WORD;
    for (const d of deletions(key)) {
      const e = index.dict.get(d);
      if (e !== undefined) add(e);
      forEachDeletion(index, d, add);
      // long words: two edits (one on each side, or two on the query side)
      if (long) {
        for (const d2 of deletions(d)) {
          const e2 = index.dict.get(d2);
          if (e2 !== undefined) add(e2);
          forEachDeletion(index, d2, add);
        }
      }
    }
  }
  if (key.length >= PREFIX && indexable(kind)) eachId(index.prefixes, key.slice(0, PREFIX), add);
  // one East Slavic surname in its Russian, Belarusian or Ukrainian form (tokenSim's EAST_SLAVIC_SIM: Pavlyuchenko /
  // Pauliuchenka, Avramenko / Auramenka), which the edit lookups miss
  if (kind === Kind.Normal) {
    const ek = eastSlavicKey(ascii);
    if (ek !== undefined) eachId(index.slavic, ek, add);
  }
  // lookups of the deletions plus one comparison per token found
  budget?.charge(1 + key.length + found.length, field);
  const out: number[] = [];
  // (compared by key and by the token's listed spelling: "eissa" is one edit from the spelling "issa", two from its key "isa")
  const near = (id: number) => {
    const tk = index.tokKeys[id]!;
    if (Math.abs(tk.length - key.length) > MAX_LENGTH_GAP + 2) return false;
    return tokenSim(key, kind, tk, index.tokKinds[id]!, ascii, tk) > 0 || (index.tokAscii[id] !== tk && tokenSim(key, kind, tk, index.tokKinds[id]!, ascii, index.tokAscii[id]) > 0);
  };
  for (const id of found) if (id === exact || near(id)) out.push(id);
  for (const id of nicks) out.push(id);
  return out;
}

/**
 * Candidate listed names for one query name: every name sharing a word (or a near spelling, or a merged/split
 * form) with it, kept when the query weight it covers could still reach `minScore` (and, with `skipType`, when
 * its entity type can still match: the partition by type).
 */
export function retrieve(index: MatchIndex, q: WeightedName, minScore: number, skipType?: (entity: number) => boolean, budget?: WorkBudget, field?: string, personQuery = true): number[] {
  const { acc, stamp, words } = index.scratch;
  const touched: number[] = [];
  let total = 0;
  for (const w of q.weights) total += w;
  const hit = (ni: number, w: number, epoch: number, bits: number) => {
    if (stamp[ni] === epoch) return;
    if (acc[ni] === 0) touched.push(ni);
    stamp[ni] = epoch;
    acc[ni] = acc[ni]! + w;
    words[ni] = words[ni]! | bits;
  };
  try {
    total -= accumulate(index, q, hit, budget, field);
  } catch (err) {
    // the budget ran out half-way: leave the shared scratch clean for the next query
    for (const ni of touched) {
      acc[ni] = 0;
      words[ni] = 0;
    }
    throw err;
  }
  budget?.charge(touched.length, field);
  // query words that may be a middle name the listed name lacks (align.ts QUERY_MIDDLE_LAMBDA): not found in the
  // name, between two words that were, not marked as the surname; for a person's or an untyped party's name (an
  // organisation's extra word costs in full against the organisations it is screened against)
  // (not for a name written in a script without vowels: its words are found by consonant keys that many listed words
  // share, so "found on both sides" says little there, and the rebate doubled the candidates of Arabic-script names:
  // p95 1412 → 2313 over the lists' own Arabic-script names; such a name pays its extra middle word in the bound)
  let eligible = 0;
  if (personQuery && !q.script && q.keys.length >= 3 && q.keys.length <= 31) {
    for (let i = 1; i + 1 < q.keys.length; i++) if (!q.surname[i] && (q.kinds[i] === Kind.Normal || q.kinds[i] === Kind.Patronymic || q.kinds[i] === Kind.Initial)) eligible |= 1 << i;
  }
  const out: number[] = [];
  for (const ni of touched) {
    let middle = 0;
    const m = words[ni]!;
    if (eligible !== 0 && m !== 0) {
      // the query words strictly between the first and the last word found, eligible, and not found themselves
      const first = 31 - Math.clz32(m & -m);
      const lastHit = 31 - Math.clz32(m);
      for (let i = first + 1; i < lastHit; i++) if (eligible & (1 << i) && !(m & (1 << i))) middle += q.weights[i]!;
    }
    if (scoreBound(acc[ni]!, total, index.names[ni]!.hasInitial, middle) >= minScore && !skipType?.(index.names[ni]!.entity)) out.push(ni);
    acc[ni] = 0;
    words[ni] = 0;
  }
  return out;
}

/** Adds each query word's weight to the names holding it (or a near spelling); returns the weight no listed word resembles, halved. */
function accumulate(index: MatchIndex, q: WeightedName, hit: (ni: number, w: number, epoch: number, bits: number) => void, budget?: WorkBudget, field?: string): number {
  let unseen = 0;
  let total = 0;
  for (const w of q.weights) total += w;
  const lone = q.kinds.filter((k) => k !== Kind.Legal).length === 1;
  const last = q.keys.length - 1;
  const hasLegal = q.kinds.includes(Kind.Legal);
  for (let i = 0; i < q.keys.length; i++) {
    const kind = q.kinds[i]!;
    const epoch = ++index.scratch.epoch;
    const w = q.weights[i]!;
    const bit = bitOf(i);
    // words written apart that a listed name writes as one, whatever their kind ("Al Qaida" for ALQAIDA)
    if (kind !== Kind.Legal) glued(index, q, i, hit, epoch, budget, field);
    // a translated word and the next written as one Latin compound ("Aerosystems" for 航空 + システムズ: align.ts glossCompound)
    if (q.gloss?.[i] && i + 1 < q.keys.length && q.kinds[i + 1] !== Kind.Legal) glossCompounds(index, q, i, hit, epoch, budget, field);
    if (!indexable(kind)) continue;
    const similar = similarTokens(index, q.keys[i]!, kind, q.ascii[i], budget, field);
    if (q.abjad && kind === Kind.Normal) for (const sk of abjadSkeletons(q.ascii[i]!)) eachId(index.skeletons, sk, (id) => similar.push(id));
    // a word no listed word resembles is likely misspelt beyond the lookup: let it weigh half in the bound
    if (similar.length === 0) unseen += w / 2;
    // (after the unseen count: a coarse key is a weak hint, the bound must not count on it)
    // scripts without written vowels: listed words sharing the coarse consonant key (skeleton-match.ts)
    // (keys of two groups or shared by many words say too little; Arabic script has its exact skeleton lookup above,
    // and this only for a word that found nothing there, with a tighter cap: the letters a skeleton keeps apart, ك k
    // against Latin g in "Zangi", ص s against French c in "Faycal")
    const arabicMiss = q.script === 'arabic' && similar.length === 0;
    if (q.script && (q.script !== 'arabic' || arabicMiss) && kind === Kind.Normal) {
      // (the Arabic fallback by the word's own coarse keys only, not with a group left out)
      for (const ck of scriptCoarseKeys(q.ascii[i]!, q.script, !arabicMiss)) {
        const r = ck.length >= 3 ? index.scriptKeys.row(ck) : -1;
        if (r < 0) continue;
        const { start, items } = index.scriptKeys;
        const n = start[r + 1]! - start[r]!;
        if (n > (arabicMiss ? ARABIC_KEY_MAX : SCRIPT_KEY_MAX)) continue;
        budget?.charge(1 + n, field);
        for (let p = start[r]!; p < start[r + 1]!; p++) similar.push(items[p]!);
      }
    }
    if (q.script && kind === Kind.Normal) {
      // short words, which no coarse key of three groups finds: their exact consonant classes (Arabic script too: its
      // skeleton table files no listed word of fewer than three consonants, so علي عيسى found neither "Ali" nor "Issa";
      // an Arabic word with the article written on it is also looked up without it: القاعدة for "al-Qaida")
      const short = shortKeysFor(q.ascii[i]!, q.script);
      budget?.charge(short.length, field);
      for (const sk of short) {
        const n = count(index.scriptKeys, sk);
        if (n === 0 || n > SCRIPT_KEY_MAX) continue;
        budget?.charge(1 + n, field);
        // Arabic: only the listed words the comparison accepts (a short key of one or two classes is shared by dozens
        // of words, many of whose postings would otherwise be visited for nothing)
        if (q.script === 'arabic') {
          budget?.charge(n, field);
          eachId(index.scriptKeys, sk, (id) => {
            if (abjadSim(q.ascii[i]!, kind, index.tokAscii[id]!, index.tokKinds[id]!) > 0) similar.push(id);
          });
        } else eachId(index.scriptKeys, sk, (id) => similar.push(id));
      }
    }
    const { start, items } = index.postings;
    for (const id of similar) {
      budget?.charge(1 + start[id + 1]! - start[id]!, field);
      for (let p = start[id]!; p < start[id + 1]!; p++) hit(items[p]!, w, epoch, bit);
    }
    budget?.charge(count(index.joined, q.keys[i]!), field);
    eachId(index.joined, q.keys[i]!, (ni) => hit(ni, w, epoch, bit));
    // a lone word (besides legal forms) may be the initialism of a listed organisation's name: it covers the whole query
    if (kind === Kind.Normal && lone && q.ascii[i]!.length <= 8) {
      budget?.charge(count(index.initials, q.ascii[i]!), field);
      eachId(index.initials, q.ascii[i]!, (ni) => hit(ni, total, epoch, -1));
    }
    // a company name cut at a field width inside its last word ("LLC Responsib"): listed words it begins
    if (i === last && i > 0 && kind === Kind.Normal && (hasLegal || i >= 2) && q.keys[i]!.length >= PREFIX) {
      const key = q.keys[i]!;
      budget?.charge(1 + count(index.prefixes, key.slice(0, PREFIX)), field);
      eachId(index.prefixes, key.slice(0, PREFIX), (id) => {
        const tk = index.tokKeys[id]!;
        if (tk.length <= key.length || !tk.startsWith(key)) return;
        budget?.charge(1 + start[id + 1]! - start[id]!, field);
        for (let p = start[id]!; p < start[id + 1]!; p++) hit(items[p]!, w, epoch, bit);
      });
    }
  }
  return unseen;
}

/** Short-word keys of a script word (skeleton-match.ts scriptShortKeys); an Arabic word also without an attached article. */
export function shortKeysFor(ascii: string, script: ScriptProfile): string[] {
  const keys = scriptShortKeys(ascii, script);
  if (script !== 'arabic' || ascii.length <= 3 || !ascii.startsWith('l')) return keys;
  const bare = scriptShortKeys(ascii.slice(1), script);
  return bare.length === 0 ? keys : [...new Set([...keys, ...bare])];
}

/**
 * Listed words that begin with an English key of translated query word i and go on with word i + 1 (its own key or
 * one of its English keys as a prefix of the rest, either way round): a necessary condition of align.ts glossCompound.
 */
function glossCompounds(index: MatchIndex, q: WeightedName, i: number, hit: (ni: number, w: number, epoch: number, bits: number) => void, epoch: number, budget?: WorkBudget, field?: string) {
  const next = [q.keys[i + 1]!, ...(q.gloss?.[i + 1] ?? [])].filter((k) => k.length >= 3 && !k.startsWith('#'));
  const { start, items } = index.postings;
  for (const alt of q.gloss![i]!) {
    if (alt.length < PREFIX || alt.startsWith('#')) continue;
    budget?.charge(1 + count(index.prefixes, alt.slice(0, PREFIX)), field);
    eachId(index.prefixes, alt.slice(0, PREFIX), (id) => {
      const tk = index.tokKeys[id]!;
      if (tk.length < alt.length + 4 || !tk.startsWith(alt)) return;
      const rest = tk.slice(alt.length);
      // (a word read by its script, not translated, is compared by skeleton: any rest may be it)
      if (!(q.script && !q.gloss?.[i + 1]) && !next.some((k) => rest.startsWith(k.slice(0, 4)) || k.startsWith(rest.slice(0, 4)))) return;
      budget?.charge(1 + start[id + 1]! - start[id]!, field);
      for (let p = start[id]!; p < start[id + 1]!; p++) hit(items[p]!, q.weights[i]! + q.weights[i + 1]!, epoch, bitOf(i) | bitOf(i + 1));
    });
  }
}

/** The bit of query word i in a name's found-words mask (words past the 31st are not kept: no middle name is read there). */
const bitOf = (i: number) => (i < 31 ? 1 << i : 0);

/** Query words i, i+1 (and i+2: "sov com flot" for SOVCOMFLOT) written as one listed word. */
function glued(index: MatchIndex, q: WeightedName, i: number, hit: (ni: number, w: number, epoch: number, bits: number) => void, epoch: number, budget?: WorkBudget, field?: string) {
  if (i + 1 >= q.keys.length || q.kinds[i + 1] === Kind.Legal) return;
  const { start, items } = index.postings;
  const j = index.dict.get(nameKey(q.ascii[i]! + q.ascii[i + 1]!));
  if (j !== undefined) {
    budget?.charge(start[j + 1]! - start[j]!, field);
    for (let p = start[j]!; p < start[j + 1]!; p++) hit(items[p]!, q.weights[i]! + q.weights[i + 1]!, epoch, bitOf(i) | bitOf(i + 1));
  }
  if (i + 2 < q.keys.length && q.kinds[i + 2] !== Kind.Legal && q.ascii[i]!.length + q.ascii[i + 1]!.length + q.ascii[i + 2]!.length <= 16) {
    const j3 = index.dict.get(nameKey(q.ascii[i]! + q.ascii[i + 1]! + q.ascii[i + 2]!));
    if (j3 !== undefined) {
      budget?.charge(start[j3 + 1]! - start[j3]!, field);
      for (let p = start[j3]!; p < start[j3 + 1]!; p++) hit(items[p]!, q.weights[i]! + q.weights[i + 1]! + q.weights[i + 2]!, epoch, bitOf(i) | bitOf(i + 1) | bitOf(i + 2));
    }
  }
}
