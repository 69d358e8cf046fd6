import type { CanonicalEntity } from '@screening/schemas';
import { latinSkeletons } from './normalize/abjad';
import { nameKey } from './normalize/name-key';
import { eastSlavicKey } from './normalize/east-slavic';
import { Kind, type PreparedName, prepareUncached } from './normalize/prepare';
import { splitParentheses } from './normalize/reorder';
import { romanisations } from './normalize/scripts';
import { latinCoarseKey, latinShortKeys } from './normalize/skeleton-match';
import { initialsOf, MIN_INITIALISM, type WeightedName } from './score/align';
import { findable } from './address';
import { identifierKey } from './identifiers';
import { fromListed, type Target } from './score/target';
import { type TokenStats, tokenWeight } from './score/weights';

export interface IndexedName {
  entity: number;
  original: string;
  weak: boolean;
  name: WeightedName;
  /** token id of each key (similarities are cached per query by token id) */
  ids: readonly number[];
  /** the name holds an initial, which can absorb a query word that no posting finds */
  hasInitial: boolean;
}

export interface MatchIndex {
  source: string;
  version: string;
  entities: CanonicalEntity[];
  targets: Target[];
  names: IndexedName[];
  /** comparison key → token id */
  dict: Map<string, number>;
  tokKeys: string[];
  tokKinds: Kind[];
  /** ASCII spelling of each token (its first; the spellings are interned, so this is one pointer per token) */
  tokAscii: string[];
  /** token id → ids of names holding it */
  postings: Postings;
  /** one-letter deletions of a token key → token ids (typo-tolerant lookup) */
  deletes: DeletionTable;
  /** first PREFIX letters of a key → token ids (Jaro-Winkler favours a shared prefix beyond one or two edits) */
  prefixes: KeyedIds;
  /** consonant skeleton → token ids, for queries written in Arabic script */
  skeletons: KeyedIds;
  /** coarse consonant key (skeleton-match.ts) → token ids, for queries in scripts without written vowels; short words
   *  under their exact consonant classes ('~'-prefixed keys) */
  scriptKeys: KeyedIds;
  /** East Slavic surname key (normalize/east-slavic.ts eastSlavicKey) → token ids (Pauliuchenka found by Pavlyuchenko) */
  slavic: KeyedIds;
  /** key of two adjacent words written as one → name ids ("jsc argument" found by "jscargument") */
  joined: KeyedIds;
  /** initials of organisation names of two or more words → name ids ("irisl" finds Islamic Republic of Iran Shipping Lines) */
  initials: KeyedIds;
  /** normalised identifier value → entity ids */
  ids: KeyedIds;
  /** findable address word (street, city, house number, postcode) → entity ids */
  addressWords: KeyedIds;
  stats: TokenStats;
  /** scratch space of the retrieval (screen() is synchronous, so one query uses it at a time) */
  scratch: { acc: Float64Array; stamp: Int32Array; epoch: number; tokStamp: Int32Array; tokEpoch: number; words: Int32Array };
}

/*
 * Memory layout (issue 14: every worker holds every list's index). Lists of ids are not kept as one JS array per
 * key (a header and a backing store each, ~60 bytes before the first id) but in compressed sparse rows: the ids of
 * all keys in one Uint32Array, key after key, and where each key's run starts in another. The typo table does not
 * even keep its keys (218,000 deletion strings for OFAC + CSL + UN): a deletion is hashed to a bucket, and a token
 * found there counts only when the looked-up string is one of its deletions (checked exactly, so a hash collision
 * changes nothing). Strings repeated across names (comparison keys, ASCII words, address words, country codes) are
 * one string each. Every id list keeps the order it was built in, so retrieval visits candidates in the same order
 * as before (ties between equal scores resolve the same way). `pnpm bench:memory` prints what a worker holds per list.
 */

/** Ids grouped by row: row r holds items[start[r]] … items[start[r + 1] − 1]. */
export interface Postings {
  start: Uint32Array;
  items: Uint32Array;
}

function postingsOf(rows: ArrayLike<number>[]): Postings {
  const start = new Uint32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) start[r + 1] = start[r]! + rows[r]!.length;
  const items = new Uint32Array(start[rows.length]!);
  for (let r = 0; r < rows.length; r++) items.set(rows[r]!, start[r]!);
  return { start, items };
}

/** A string key → ids table in compressed rows (the key → row map holds small integers, no array per key). */
export class KeyedIds {
  private readonly rows: Map<string, number>;
  readonly start: Uint32Array;
  readonly items: Uint32Array;

  constructor(m: Map<string, number[]>) {
    this.rows = new Map();
    const lists: number[][] = [];
    for (const [k, v] of m) {
      this.rows.set(k, lists.length);
      lists.push(v);
    }
    ({ start: this.start, items: this.items } = postingsOf(lists));
  }

  /** The row of a key, −1 when absent. */
  row(key: string): number {
    return this.rows.get(key) ?? -1;
  }

  /** The ids of a key (a view, not a copy); undefined when absent. */
  get(key: string): Uint32Array | undefined {
    const r = this.rows.get(key);
    return r === undefined ? undefined : this.items.subarray(this.start[r]!, this.start[r + 1]!);
  }

  get size(): number {
    return this.rows.size;
  }
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `d` is `t` with one letter left out. */
export function isDeletionOf(d: string, t: string): boolean {
  if (t.length !== d.length + 1) return false;
  let i = 0;
  while (i < d.length && d.charCodeAt(i) === t.charCodeAt(i)) i++;
  for (; i < d.length; i++) if (d.charCodeAt(i) !== t.charCodeAt(i + 1)) return false;
  return true;
}

/** One-letter deletions of the token keys → token ids, by hash bucket (keys not stored; see isDeletionOf). */
export interface DeletionTable {
  mask: number;
  buckets: Postings;
}

function deletionTable(keys: string[], keep: (id: number) => boolean): DeletionTable {
  let n = 0;
  for (let id = 0; id < keys.length; id++) if (keep(id)) n += keys[id]!.length;
  let size = 1;
  while (size < n) size *= 2;
  const mask = size - 1;
  // counting sort by bucket, two passes over the same deletions (no array per bucket); ids ascend within a bucket
  const start = new Uint32Array(size + 1);
  const last = new Int32Array(size).fill(-1);
  const each = (f: (b: number, id: number) => void) => {
    last.fill(-1);
    for (let id = 0; id < keys.length; id++) {
      if (!keep(id)) continue;
      for (const d of deletions(keys[id]!)) {
        const b = fnv1a(d) & mask;
        if (last[b] === id) continue;
        last[b] = id;
        f(b, id);
      }
    }
  };
  each((b) => (start[b + 1] = start[b + 1]! + 1));
  for (let b = 0; b < size; b++) start[b + 1] = start[b + 1]! + start[b]!;
  const items = new Uint32Array(start[size]!);
  const fill = start.slice(0, size);
  each((b, id) => {
    items[fill[b]!] = id;
    fill[b] = fill[b]! + 1;
  });
  return { mask, buckets: { start, items } };
}

/** Calls `f` with each token id one of whose one-letter deletions is `d`, in ascending id order (an id may come twice). */
export function forEachDeletion(index: MatchIndex, d: string, f: (id: number) => void): void {
  const { mask, buckets } = index.deletes;
  const b = fnv1a(d) & mask;
  for (let p = buckets.start[b]!, end = buckets.start[b + 1]!; p < end; p++) {
    const id = buckets.items[p]!;
    if (isDeletionOf(d, index.tokKeys[id]!)) f(id);
  }
}

/** Length of the key prefix under which tokens are also found. */
export const PREFIX = 4;

export const indexable = (k: Kind) => k === Kind.Normal || k === Kind.Patronymic || k === Kind.Number;

/** One-letter deletions of a key (the SymSpell neighbourhood of edit distance 1). */
export function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) if (i === 0 || key[i] !== key[i - 1]) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function push<K>(m: Map<K, number[]>, k: K, v: number) {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (a[a.length - 1] !== v) a.push(v);
}

/** One string object per distinct value (names repeat words, lists repeat countries and address words). */
class Interner {
  private readonly seen = new Map<string, string>();
  of = (s: string): string => {
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit;
    this.seen.set(s, s);
    return s;
  };
}

/** The names of a listed entity that are compared: primary, aliases, and each without its parenthesised part. */
export function namesOf(t: Target): Array<{ name: string; weak: boolean }> {
  const out: Array<{ name: string; weak: boolean }> = [];
  for (const n of t.names) {
    out.push(n);
    // a name in Han, Hangul or kana is also compared in its Latin renderings
    for (const r of romanisations(n.name)) out.push({ name: r, weak: n.weak });
    const p = splitParentheses(n.name);
    if (p.inner.length && p.outer) out.push({ name: p.outer, weak: n.weak });
    // the list's own acronym of the name in parentheses ("NATIONAL CARD PAYMENT SYSTEM (NSPK)") is a name too
    if (p.outer && t.type !== 'person') for (const inner of p.inner) if (listedAcronym(inner)) out.push({ name: inner, weak: n.weak });
  }
  return out;
}

/** Token statistics of an index: the document frequency of each token id (no closure over the build's scope). */
function tokenStats(names: number, dict: Map<string, number>, df: Uint32Array): TokenStats {
  return { names, df: (k) => { const id = dict.get(k); return id === undefined ? 0 : df[id]!; } };
}

/** A target's strings interned (the entity keeps its own; the target's are compared, and repeat across entities). */
function internTarget(t: Target, s: Interner['of']): Target {
  t.countries = t.countries.map(s);
  t.cities = t.cities.map(s);
  for (const a of t.addressWords) a.tokens = a.tokens.map(s);
  return t;
}

/**
 * A parenthesised acronym that a list gives beside an organisation's name: one word of capitals and digits (hyphens,
 * dots and & allowed) with at least MIN_INITIALISM letters, not a legal form ("(LLC)") nor a country code ("(HK)").
 */
export function listedAcronym(inner: string): boolean {
  const w = inner.trim();
  if (!/^[A-Z0-9][A-Z0-9&.-]{1,15}$/.test(w) || (w.match(/[A-Z]/g)?.length ?? 0) < MIN_INITIALISM) return false;
  return !prepareUncached(w, 'organization').kinds.every((k) => k === Kind.Legal);
}

/** Builds the in-memory index of one list version (pure; shared by concurrent jobs, replaced on refresh). */
export function buildIndex(entities: CanonicalEntity[], meta: { source: string; version: string }): MatchIndex {
  const intern = new Interner().of;
  const dict = new Map<string, number>();
  const tokKeys: string[] = [];
  const tokKinds: Kind[] = [];
  // ASCII surface of each token (its first spelling), for the coarse script keys
  const tokAscii: string[] = [];
  const dfList: number[] = [];
  const lastEntity: number[] = [];
  const prepared: Array<{ entity: number; original: string; weak: boolean; prep: PreparedName; tok: number[] }> = [];
  const targets = entities.map((e) => internTarget(fromListed(e), intern));
  const ids = new Map<string, number[]>();
  const addressWords = new Map<string, number[]>();
  targets.forEach((t, ei) => {
    for (const id of t.identifiers) push(ids, identifierKey(id.type, id.value), ei);
    for (const a of t.addressWords) for (const w of a.tokens) if (findable(w)) push(addressWords, w, ei);
    for (const n of namesOf(t)) {
      const prep = prepareUncached(n.name, t.type);
      if (prep.keys.length === 0) continue;
      const tok = prep.keys.map((k, i) => {
        let id = dict.get(k);
        if (id === undefined) {
          id = tokKeys.length;
          dict.set(k, id);
          tokKeys.push(k);
          tokKinds.push(prep.kinds[i]!);
          tokAscii.push(prep.ascii[i]!);
          dfList.push(0);
          lastEntity.push(-1);
        }
        if (lastEntity[id] !== ei) {
          lastEntity[id] = ei;
          dfList[id]!++;
        }
        return id;
      });
      // one string per distinct key and word across the list's names
      prep.keys = tok.map((id) => tokKeys[id]!);
      prep.ascii = prep.ascii.map(intern);
      prepared.push({ entity: ei, original: n.name, weak: n.weak, prep, tok });
    }
  });
  const stats = tokenStats(entities.length, dict, Uint32Array.from(dfList));
  const patterns = new Map<string, unknown[]>();
  const pattern = <T extends number | boolean>(a: T[]): T[] => {
    const k = a.join();
    const hit = patterns.get(k) as T[] | undefined;
    if (hit) return hit;
    const copy = a.slice();
    patterns.set(k, copy);
    return copy;
  };
  const post: number[][] = tokKeys.map(() => []);
  const joined = new Map<string, number[]>();
  const initials = new Map<string, number[]>();
  const names: IndexedName[] = prepared.map((p, ni) => {
    const { prep } = p;
    if (targets[p.entity]!.type !== 'person' && prep.keys.length >= 2) for (const ini of initialsOf(prep, true)) if (ini.length <= 8) push(initials, ini, ni);
    p.tok.forEach((id, i) => {
      if (indexable(prep.kinds[i]!)) {
        const arr = post[id]!;
        if (arr[arr.length - 1] !== ni) arr.push(ni);
      }
    });
    for (let i = 0; i + 1 < prep.ascii.length; i++) {
      const a = prep.ascii[i]!;
      const b = prep.ascii[i + 1]!;
      if (Math.min(a.length, b.length) <= 4) push(joined, nameKey(a + b), ni);
    }
    const weights = prep.keys.map((k, i) => tokenWeight(k, prep.ascii[i]!, prep.kinds[i]!, stats));
    // one object shape for every listed name (a spread of the prepared name made ~300-byte objects), and the kind and
    // surname patterns, which repeat across most names ([Normal, Normal]…), shared
    const name: WeightedName = { keys: prep.keys, ascii: prep.ascii, kinds: pattern(prep.kinds), surname: pattern(prep.surname), weights };
    if (prep.abjad !== undefined) name.abjad = prep.abjad;
    if (prep.script !== undefined) name.script = prep.script;
    if (prep.gloss !== undefined) name.gloss = prep.gloss;
    return { entity: p.entity, original: p.original, weak: p.weak, name, ids: p.tok, hasInitial: prep.kinds.includes(Kind.Initial) };
  });
  const prefixes = new Map<string, number[]>();
  tokKeys.forEach((k, id) => {
    if (indexable(tokKinds[id]!) && k.length >= PREFIX) push(prefixes, k.slice(0, PREFIX), id);
  });
  const skeletons = new Map<string, number[]>();
  for (const p of prepared) {
    p.tok.forEach((id, i) => {
      if (!indexable(p.prep.kinds[i]!)) return;
      for (const sk of latinSkeletons(p.prep.ascii[i]!)) {
        if (sk.length < 3) continue;
        const arr = skeletons.get(sk);
        if (!arr) skeletons.set(sk, [id]);
        else if (!arr.includes(id)) arr.push(id);
      }
    });
  }
  const scriptKeys = new Map<string, number[]>();
  tokKeys.forEach((_k, id) => {
    if (tokKinds[id] !== Kind.Normal && tokKinds[id] !== Kind.Patronymic) return;
    const ck = latinCoarseKey(tokAscii[id]!);
    if (ck) push(scriptKeys, ck, id);
    // short words (fewer than three coarse groups) under their exact classes, '~'-prefixed (skeleton-match.ts)
    for (const sk of latinShortKeys(tokAscii[id]!)) push(scriptKeys, sk, id);
  });
  const slavic = new Map<string, number[]>();
  tokKeys.forEach((_k, id) => {
    if (tokKinds[id] !== Kind.Normal) return;
    const ek = eastSlavicKey(tokAscii[id]!);
    if (ek !== undefined) push(slavic, ek, id);
  });
  return {
    ...meta,
    entities,
    targets,
    names,
    dict,
    tokKeys,
    tokKinds,
    tokAscii: tokAscii.map(intern),
    postings: postingsOf(post),
    deletes: deletionTable(tokKeys, (id) => indexable(tokKinds[id]!) && tokKeys[id]!.length >= 4),
    prefixes: new KeyedIds(prefixes),
    skeletons: new KeyedIds(skeletons),
    scriptKeys: new KeyedIds(scriptKeys),
    slavic: new KeyedIds(slavic),
    joined: new KeyedIds(joined),
    initials: new KeyedIds(initials),
    ids: new KeyedIds(ids),
    addressWords: new KeyedIds(addressWords),
    stats,
    scratch: {
      acc: new Float64Array(names.length),
      stamp: new Int32Array(names.length).fill(-1),
      epoch: 0,
      tokStamp: new Int32Array(tokKeys.length).fill(-1),
      tokEpoch: 0,
      // per name: the query words (one bit each, the first 31) that found it
      words: new Int32Array(names.length),
    },
  };
}
