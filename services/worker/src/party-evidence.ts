import type { AddressHit, IdentifierHit, LinkEvidence, ListedRef, OwnerEvidence, PartyMatches } from '@screening/risk-rules';
import type { CanonicalEntity, Match, Party } from '@screening/schemas';
import { addressKey, identifierKey, isListed, type LinkGraph, nameKey } from './link-graph';

const MAX_DEPTH = 4;
const MAX_HITS = 10;

/** Screens an owner's name against the lists (supplied by the caller, so this module stays free of the matcher). */
export type MatchOwner = (owner: NonNullable<Party['owners']>[number]) => Match[];

function refOf(g: LinkGraph, e: CanonicalEntity): ListedRef {
  return { list: g.listOf.get(e.id) ?? e.source, entityId: e.id, name: e.name, ...(e.subList ? { subList: e.subList } : {}), programs: e.programs, ...(e.categories.length ? { categories: e.categories } : {}) };
}

const nodeName = (g: LinkGraph, node: string) => g.byId.get(node)?.name ?? node.replace(/^name:/, '');
const round = (n: number) => Math.round(n * 100) / 100;

/** Listed owners above a node, with the effective share (product of shares along the path; undefined once one is unknown). */
function ownersAbove(g: LinkGraph, node: string, factor: number | undefined, path: string[], via: OwnerEvidence['via'], out: OwnerEvidence[], visited: Set<string>, depth = 0): void {
  for (const edge of g.ownersOf.get(node) ?? []) {
    if (visited.has(edge.from)) continue;
    visited.add(edge.from);
    const share = factor === undefined || edge.share === undefined ? undefined : round((factor * edge.share) / 100);
    const owner = g.byId.get(edge.from);
    const p = [...path, nodeName(g, edge.from)];
    if (owner && isListed(owner)) out.push({ owner: owner.name, ...(share !== undefined ? { share } : {}), listed: refOf(g, owner), path: p, via });
    else if (depth < MAX_DEPTH) ownersAbove(g, edge.from, share, p, via, out, visited, depth + 1);
  }
}

function addressText(a: Party['address']): string | undefined {
  if (!a) return undefined;
  return typeof a === 'string' ? a : (a.full ?? [a.street, a.city, a.postalCode, a.country].filter(Boolean).join(', '));
}

/**
 * What the lists say about one shipment party beyond its name matches: listed owners (declared `owners` and the ownership
 * graph, OFAC 50 % aggregation happens in the rules), links to listed parties, shared addresses and identifiers.
 */
export function partyEvidence(party: Party, index: number, matches: Match[], g: LinkGraph, matchOwner: MatchOwner, lists?: ReadonlySet<string>): PartyMatches {
  const ev = collect(party, index, matches, g, matchOwner);
  if (!lists) return ev;
  const keep = <T extends { listed: ListedRef }>(xs: T[] | undefined) => (xs ?? []).filter((x) => lists.has(x.listed.list));
  return { ...ev, owners: keep(ev.owners), links: keep(ev.links), addressHits: keep(ev.addressHits), identifierHits: keep(ev.identifierHits) };
}

function collect(party: Party, index: number, matches: Match[], g: LinkGraph, matchOwner: MatchOwner): PartyMatches {
  const own = matches.filter((m) => m.match).map((m) => m.entityId);
  const nodes = new Set([...own, nameKey(party.name), ...party.aliases.map(nameKey)]);
  const unlisted = matches.filter((m) => g.byId.has(m.entityId) && !isListed(g.byId.get(m.entityId)!)).map((m) => m.entityId);

  const owners: OwnerEvidence[] = [];
  for (const node of nodes) {
    if (!own.includes(node) || unlisted.includes(node) || node.startsWith('name:')) ownersAbove(g, node, 100, [party.name], 'graph', owners, new Set(nodes));
  }
  for (const o of party.owners ?? []) {
    const found = matchOwner(o);
    const hit = found.find((m) => m.match && g.byId.has(m.entityId) && isListed(g.byId.get(m.entityId)!));
    if (hit) {
      owners.push({ owner: o.name, ...(o.share !== undefined ? { share: o.share } : {}), listed: refOf(g, g.byId.get(hit.entityId)!), path: [party.name, o.name], via: 'declared' });
      continue;
    }
    for (const node of [nameKey(o.name), ...found.filter((m) => m.match).map((m) => m.entityId)]) {
      ownersAbove(g, node, o.share, [party.name, o.name], 'declared', owners, new Set(nodes));
    }
  }

  const links: LinkEvidence[] = [];
  const linked = new Set<string>();
  for (const node of nodes) {
    for (const edge of g.linksOf.get(node) ?? []) {
      const other = edge.from === node ? edge.to : edge.from;
      const e = g.byId.get(other);
      if (!e || !isListed(e) || nodes.has(other) || linked.has(other) || links.length >= MAX_HITS) continue;
      linked.add(other);
      links.push({ relation: edge.relation, listed: refOf(g, e), path: [party.name, nodeName(g, node), e.name].filter((x, i, a) => a.indexOf(x) === i) });
    }
  }

  const addressHits: AddressHit[] = [];
  const text = addressText(party.address);
  const akey = addressKey(party.address);
  for (const id of (akey && g.byAddress.get(akey)) || []) {
    const e = g.byId.get(id)!;
    if (nodes.has(id) || !isListed(e) || addressHits.length >= MAX_HITS) continue;
    addressHits.push({ listed: refOf(g, e), address: text!, addressEntry: addressKey(e.name) === akey });
  }

  const identifierHits: IdentifierHit[] = [];
  for (const i of party.identifiers) {
    const key = identifierKey(i.type, i.value);
    for (const id of (key && g.byIdentifier.get(key)) || []) {
      const e = g.byId.get(id)!;
      if (nodes.has(id) || !isListed(e) || identifierHits.length >= MAX_HITS) continue;
      identifierHits.push({ listed: refOf(g, e), type: i.type, value: i.value });
    }
  }
  return { index, matches, unlisted, owners, links, addressHits, identifierHits };
}
