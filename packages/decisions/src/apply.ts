import type { AnalystDecision, Match } from '@screening/schemas';

/** Index keys of a decision: by (fingerprint, entity) — the pair it covers — and by (name key, entity) to explain re-openings. */
export const exactKey = (fingerprint: string, entityId: string) => `f:${fingerprint}|${entityId}`;
export const looseKey = (nameKey: string, entityId: string) => `n:${nameKey}|${entityId}`;

/** The keys to look up for a party's matches (one Redis read per screening or chunk). */
export function lookupKeys(party: { fingerprint: string; nameKey: string; matches: readonly Match[] }): string[] {
  return party.matches.flatMap((m) => [exactKey(party.fingerprint, m.entityId), looseKey(party.nameKey, m.entityId)]);
}

export type Holds = { holds: true } | { holds: false; reason: string };

/**
 * Whether an active decision still covers a hit: the party's screened data (fingerprint), the listed record
 * (its content hash in the list version) and the expiry must all be unchanged. The first that changed is the reason.
 */
export function decisionHolds(d: AnalystDecision, hit: { fingerprint: string; match: Match }, now: Date): Holds {
  if (d.fingerprint !== hit.fingerprint) return { holds: false, reason: `the party's screened data changed since the decision (fingerprint ${d.fingerprint.slice(0, 8)}… → ${hit.fingerprint.slice(0, 8)}…)` };
  if (hit.match.recordHash && d.recordHash !== hit.match.recordHash) {
    return { holds: false, reason: `the listed record ${d.entityId} changed (list version ${d.listVersion} → ${hit.match.listVersion})` };
  }
  if (d.expiresAt && now.getTime() >= Date.parse(d.expiresAt)) return { holds: false, reason: `the decision expired at ${d.expiresAt}` };
  return { holds: true };
}

/**
 * Marks a party's matches with the analysts' decisions: an active false_positive that holds → `suppressed`
 * (the match is kept but no longer drives the decision), an active true_match that holds → `confirmed`,
 * a decision that no longer holds → `reopened` with the reason. Pending or revoked decisions change nothing.
 */
export function applyDecisions(
  party: { fingerprint: string; nameKey: string; matches: readonly Match[] },
  found: ReadonlyMap<string, AnalystDecision>,
  now: Date,
): Match[] {
  return party.matches.map((m) => {
    const d = found.get(exactKey(party.fingerprint, m.entityId)) ?? found.get(looseKey(party.nameKey, m.entityId));
    if (!d || d.status !== 'active') return m;
    const h = decisionHolds(d, { fingerprint: party.fingerprint, match: m }, now);
    if (!h.holds) return { ...m, reopened: { decisionId: d.id, reason: h.reason } };
    return d.verdict === 'false_positive' ? { ...m, suppressed: { decisionId: d.id } } : { ...m, confirmed: { decisionId: d.id } };
  });
}

/** The matches that drive a decision: every match but the suppressed ones. */
export const drivingMatches = (matches: readonly Match[]) => matches.filter((m) => !m.suppressed);

/** Hits still waiting for an analyst: matches with no decision that holds. */
export const openHits = (matches: readonly Match[]) => matches.filter((m) => m.match && !m.suppressed && !m.confirmed);
