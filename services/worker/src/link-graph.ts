import { addressTokens, normIdentifier, tokens } from '@screening/matching';
import type { Address, CanonicalEntity } from '@screening/schemas';
import type { Catalog, CatalogEntry } from './catalog';

/** An edge of the ownership/link graph: `from` owns / directs / is linked to `to` (ids, or `name:<key>` for name-only ends). */
export interface Edge {
  from: string;
  to: string;
  relation: string;
  share?: number;
}

/**
 * The lists' ownership and link graph, built once per catalog snapshot: FtM relationships by id (Ownership, Directorship,
 * Family, Associate, UnknownLink…) and OFAC "Linked To:" remarks by name. Ends the lists name but do not carry as entities
 * (e.g. an unlisted subsidiary) are nodes keyed by their normalised name, so a shipment party of that name is found.
 */
/** What the evidence needs of a graph map: lookups only (a tenant's graph answers them from two maps). */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
}

export interface LinkGraph {
  byId: Lookup<string, CanonicalEntity>;
  /** entity id → id of the loaded list it came from (the catalog key, e.g. `us_ofac_sdn`, `custom:acme.watch`) */
  listOf: Lookup<string, string>;
  /** owned node → ownership edges into it */
  ownersOf: Lookup<string, Edge[]>;
  /** node → non-ownership edges touching it (both directions) */
  linksOf: Lookup<string, Edge[]>;
  /** normalised street address → entity ids */
  byAddress: Lookup<string, string[]>;
  /** normalised identifier value → entity ids */
  byIdentifier: Lookup<string, string[]>;
  /** name key → id of the first entity of that name (resolves name-only link ends) */
  idByName: Lookup<string, string>;
}

const LEGAL = new Set(['llc', 'ltd', 'limited', 'inc', 'corp', 'co', 'company', 'gmbh', 'ag', 'sa', 'sarl', 'sarlu', 'srl', 'bv', 'plc', 'fze', 'fzco', 'ooo', 'ao', 'oao', 'zao', 'pao', 'jsc', 'ojsc', 'cjsc', 'the', 'doo']);

/** A name as a node key: ASCII tokens without legal forms, sorted (word order and "LLC"/"OOO" do not matter). */
export function nameKey(name: string): string {
  return `name:${tokens(name).filter((t) => !LEGAL.has(t)).sort().join(' ')}`;
}

/**
 * An address as a key: the matcher's address words (any script transliterated, abbreviations spelled out — USPS Pub. 28,
 * Royal Mail PAF, Russian Post —, punctuation, filler words and the trailing country dropped; see `addressTokens`) as a
 * sorted set, so word order does not matter; only street-level addresses (a number and at least four words), else undefined.
 */
export function addressKey(address: string | Address | undefined): string | undefined {
  if (!address) return undefined;
  const t = addressTokens(address).sort();
  return t.length >= 4 && t.some((x) => /\d/.test(x)) ? t.join(' ') : undefined;
}

/**
 * An identifier as a key: the matcher's per-type normalisation (`IMO 9187629` = `9187629`, a BIC11 = its BIC8, a phone
 * on its national significant digits; see `normIdentifier`) without the type, so a number the lists file as `inn` is
 * found when a client calls it `tax` or `registration`. Values shorter than six characters identify nothing.
 */
export function identifierKey(type: string, value: string): string | undefined {
  const v = normIdentifier(type, value);
  return v.length >= 6 ? v : undefined;
}

/**
 * Listed in its own right: every official list entry; a FtM entity only with a programme or listing date (FtM files also
 * carry unlisted owners, officers and relatives); a custom-list entry when its category (declared at upload, by a CSV
 * `category` column or FtM topics, else `blocking`: the organisation's own denied-party list) is more than `other`.
 */
export function isListed(e: CanonicalEntity): boolean {
  if (e.source !== 'ftm' && e.source !== 'custom') return true;
  if (e.programs.length > 0 || Boolean(e.listedOn)) return true;
  return e.source === 'custom' && (e.categories ?? []).some((c) => c !== 'other');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const arr = m.get(k);
  if (arr) arr.push(v);
  else m.set(k, [v]);
}

/**
 * The graph of some lists. With `base` (the graph of the lists every tenant uses), it is the small graph of a tenant's own
 * lists: link ends resolve against both, and `overlay` joins the two.
 */
function build(lists: Iterable<[string, CatalogEntry]>, base?: LinkGraph): LinkGraph {
  const byId = new Map<string, CanonicalEntity>();
  const idByName = new Map<string, string>();
  const listOf = new Map<string, string>();
  for (const [listId, { index }] of lists) {
    for (const e of index.entities) {
      byId.set(e.id, e);
      listOf.set(e.id, listId);
      if (!idByName.has(nameKey(e.name))) idByName.set(nameKey(e.name), e.id);
    }
  }
  const ownersOf = new Map<string, Edge[]>();
  const linksOf = new Map<string, Edge[]>();
  const byAddress = new Map<string, string[]>();
  const byIdentifier = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const e of byId.values()) {
    for (const a of e.addresses) {
      const key = addressKey(a);
      if (key) push(byAddress, key, e.id);
    }
    for (const i of e.identifiers) {
      const key = identifierKey(i.type, i.value);
      if (key) push(byIdentifier, key, e.id);
    }
    for (const l of e.links) {
      const known = (id: string) => byId.has(id) || !!base?.byId.has(id);
      const named = (key: string) => idByName.get(key) ?? base?.idByName.get(key);
      const other = (l.targetId && known(l.targetId) ? l.targetId : undefined) ?? (l.targetName ? (named(nameKey(l.targetName)) ?? nameKey(l.targetName)) : l.targetId);
      if (!other) continue;
      const [from, to] = l.direction === 'incoming' ? [other, e.id] : [e.id, other];
      const key = `${from}|${to}|${l.relation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const edge: Edge = { from, to, relation: l.relation, ...(l.share !== undefined ? { share: l.share } : {}) };
      if (l.relation === 'Ownership') push(ownersOf, to, edge);
      else {
        push(linksOf, from, edge);
        push(linksOf, to, edge);
      }
    }
  }
  return { byId, listOf, ownersOf, linksOf, byAddress, byIdentifier, idByName };
}

/** One lookup over two: the first's value wins (entities, list ids), or `join` combines both (edges, id lists). */
function either<K, V>(a: Lookup<K, V>, b: Lookup<K, V>, join?: (x: V, y: V) => V): Lookup<K, V> {
  return {
    get: (k) => {
      const x = a.get(k);
      const y = b.get(k);
      return x === undefined ? y : y === undefined || !join ? x : join(x, y);
    },
    has: (k) => a.has(k) || b.has(k),
  };
}

const concat = <T>(x: T[], y: T[]) => [...x, ...y];

/** A tenant's graph: its own lists' small graph over the shared one (nothing of another tenant's lists is in either). */
function overlay(own: LinkGraph, shared: LinkGraph): LinkGraph {
  return {
    byId: either(own.byId, shared.byId),
    listOf: either(own.listOf, shared.listOf),
    ownersOf: either(own.ownersOf, shared.ownersOf, concat),
    linksOf: either(own.linksOf, shared.linksOf, concat),
    byAddress: either(own.byAddress, shared.byAddress, concat),
    byIdentifier: either(own.byIdentifier, shared.byIdentifier, concat),
    idByName: either(shared.idByName, own.idByName),
  };
}

const cache = new WeakMap<Catalog, LinkGraph>();

/**
 * The graph of a catalog snapshot (built on first use, then shared by every job on that snapshot). A tenant's view
 * (`tenantView`) reuses the graph of the shared lists and adds a small graph of the tenant's own lists only.
 */
export function linkGraph(catalog: Catalog): LinkGraph {
  let g = cache.get(catalog);
  if (!g) {
    if (catalog.shared) {
      const shared = linkGraph(catalog.shared);
      g = overlay(build([...catalog.entries].filter(([id]) => !catalog.shared!.entries.has(id)), shared), shared);
    } else g = build(catalog.entries);
    cache.set(catalog, g);
  }
  return g;
}
