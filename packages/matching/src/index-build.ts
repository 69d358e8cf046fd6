import type { CanonicalEntity } from '@screening/schemas';
import { skeleton } from './normalize/abjad';
import { nameKey } from './normalize/name-key';
import { Kind, type PreparedName, prepareUncached } from './normalize/prepare';
import { splitParentheses } from './normalize/reorder';
import { romanisations } from './normalize/scripts';
import { latinCoarseKey } from './normalize/skeleton-match';
import { initialsOf, type WeightedName } from './score/align';
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
  ids: Int32Array;
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
  /** token id → ids of names holding it */
  postings: Int32Array[];
  /** one-letter deletions of a token key → token ids (typo-tolerant lookup) */
  deletes: Map<string, number[]>;
  /** first PREFIX letters of a key → token ids (Jaro-Winkler favours a shared prefix beyond one or two edits) */
  prefixes: Map<string, number[]>;
  /** consonant skeleton → token ids, for queries written in Arabic script */
  skeletons: Map<string, number[]>;
  /** coarse consonant key (skeleton-match.ts) → token ids, for queries in scripts without written vowels */
  scriptKeys: Map<string, number[]>;
  /** key of two adjacent words written as one → name ids ("jsc argument" found by "jscargument") */
  joined: Map<string, number[]>;
  /** initials of organisation names of two or more words → name ids ("irisl" finds Islamic Republic of Iran Shipping Lines) */
  initials: Map<string, number[]>;
  /** normalised identifier value → entity ids */
  ids: Map<string, number[]>;
  /** findable address word (street, city, house number, postcode) → entity ids */
  addressWords: Map<string, number[]>;
  stats: TokenStats;
  /** scratch space of the retrieval (screen() is synchronous, so one query uses it at a time) */
  scratch: { acc: Float64Array; stamp: Int32Array; epoch: number; tokStamp: Int32Array; tokEpoch: number };
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

/** The names of a listed entity that are compared: primary, aliases, and each without its parenthesised part. */
export function namesOf(t: Target): Array<{ name: string; weak: boolean }> {
  const out: Array<{ name: string; weak: boolean }> = [];
  for (const n of t.names) {
    out.push(n);
    // a name in Han, Hangul or kana is also compared in its Latin renderings
    for (const r of romanisations(n.name)) out.push({ name: r, weak: n.weak });
    const p = splitParentheses(n.name);
    if (p.inner.length && p.outer) out.push({ name: p.outer, weak: n.weak });
  }
  return out;
}

/** Builds the in-memory index of one list version (pure; shared by concurrent jobs, replaced on refresh). */
export function buildIndex(entities: CanonicalEntity[], meta: { source: string; version: string }): MatchIndex {
  const dict = new Map<string, number>();
  const tokKeys: string[] = [];
  const tokKinds: Kind[] = [];
  // ASCII surface of each token (its first spelling), for the coarse script keys
  const tokAscii: string[] = [];
  const df: number[] = [];
  const lastEntity: number[] = [];
  const prepared: Array<{ entity: number; original: string; weak: boolean; prep: PreparedName; tok: number[] }> = [];
  const targets = entities.map(fromListed);
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
          df.push(0);
          lastEntity.push(-1);
        }
        if (lastEntity[id] !== ei) {
          lastEntity[id] = ei;
          df[id]!++;
        }
        return id;
      });
      prepared.push({ entity: ei, original: n.name, weak: n.weak, prep, tok });
    }
  });
  const stats: TokenStats = { names: entities.length, df: (k) => { const id = dict.get(k); return id === undefined ? 0 : df[id]!; } };
  const post: number[][] = tokKeys.map(() => []);
  const joined = new Map<string, number[]>();
  const initials = new Map<string, number[]>();
  const names: IndexedName[] = prepared.map((p, ni) => {
    const { prep } = p;
    if (targets[p.entity]!.type !== 'person' && prep.keys.length >= 2) for (const ini of initialsOf(prep)) if (ini.length <= 8) push(initials, ini, ni);
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
    return { entity: p.entity, original: p.original, weak: p.weak, name: { ...prep, weights }, ids: Int32Array.from(p.tok), hasInitial: prep.kinds.includes(Kind.Initial) };
  });
  const deletes = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  tokKeys.forEach((k, id) => {
    if (!indexable(tokKinds[id]!)) return;
    if (k.length >= 4) for (const d of deletions(k)) push(deletes, d, id);
    if (k.length >= PREFIX) push(prefixes, k.slice(0, PREFIX), id);
  });
  const skeletons = new Map<string, number[]>();
  prepared.forEach((p) => p.tok.forEach((id, i) => {
    if (!indexable(p.prep.kinds[i]!)) return;
    const sk = skeleton(p.prep.ascii[i]!);
    if (sk.length >= 3) {
      const arr = skeletons.get(sk);
      if (!arr) skeletons.set(sk, [id]);
      else if (!arr.includes(id)) arr.push(id);
    }
  }));
  const scriptKeys = new Map<string, number[]>();
  tokKeys.forEach((_k, id) => {
    if (tokKinds[id] !== Kind.Normal && tokKinds[id] !== Kind.Patronymic) return;
    const ck = latinCoarseKey(tokAscii[id]!);
    if (ck) push(scriptKeys, ck, id);
  });
  return {
    ...meta,
    entities,
    targets,
    names,
    dict,
    tokKeys,
    tokKinds,
    postings: post.map((a) => Int32Array.from(a)),
    deletes,
    prefixes,
    skeletons,
    scriptKeys,
    joined,
    initials,
    ids,
    addressWords,
    stats,
    scratch: {
      acc: new Float64Array(names.length),
      stamp: new Int32Array(names.length).fill(-1),
      epoch: 0,
      tokStamp: new Int32Array(tokKeys.length).fill(-1),
      tokEpoch: 0,
    },
  };
}
