import type { OwnerEvidence, PartyFacts } from '../types';

/** Owner evidence of a party, each path once (the same owner reached twice through different paths counts twice). */
export function ownerPaths(p: PartyFacts, keep: (o: OwnerEvidence) => boolean): OwnerEvidence[] {
  const seen = new Set<string>();
  return (p.evidence.owners ?? []).filter((o) => {
    const key = `${o.listed.entityId}|${o.path.join('>')}`;
    if (!keep(o) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Aggregate known share in percent of the given owners and whether any share is unknown. */
export function aggregate(owners: OwnerEvidence[]): { share: number; unknown: boolean } {
  const share = owners.reduce((s, o) => s + (o.share ?? 0), 0);
  return { share: Math.min(100, Math.round(share * 100) / 100), unknown: owners.some((o) => o.share === undefined) };
}

export function ownersEvidence(owners: OwnerEvidence[]) {
  return owners.map((o) => ({ owner: o.owner, ...(o.share !== undefined ? { share: o.share } : {}), via: o.via, path: o.path.join(' → '), listed: { list: o.listed.list, entityId: o.listed.entityId, name: o.listed.name, ...(o.listed.subList ? { subList: o.listed.subList } : {}) } }));
}

export function ownershipKnown(ps: PartyFacts[]): boolean {
  return ps.some((p) => p.party.owners?.length || p.evidence.owners !== undefined);
}
