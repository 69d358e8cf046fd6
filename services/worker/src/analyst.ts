import { applyDecisions, lookupKeys, openHits, partyNameKey } from '@screening/decisions';
import { type AuditStore, type DecisionStore, inputHash, type ReviewItem, type ReviewStore } from '@screening/queue';
import type { AuditEventDraft, ListVersion, Match, ScreeningResult } from '@screening/schemas';

/** What the worker needs to apply analysts' decisions and write the audit trail. */
export interface AnalystDeps {
  decisions: DecisionStore;
  audit: AuditStore;
  review: ReviewStore;
  /** keep the screened input itself in audit events (AUDIT_STORE_INPUT) */
  storeInput: boolean;
}

type Party = { name: string; fingerprint?: string | undefined; matches: Match[] };

/**
 * Applies the tenant's decisions to the matches of many parties with ONE Redis read (a screening's parties, or
 * every party of a batch chunk): suppressed / confirmed / reopened are set on the matches in place.
 */
export async function applyTenantDecisions(decisions: DecisionStore, tenant: string, parties: Party[], now: Date): Promise<void> {
  const keyed = parties
    .filter((p) => p.fingerprint && p.matches.length)
    .map((p) => ({ p, q: { fingerprint: p.fingerprint!, nameKey: partyNameKey(p.name), matches: p.matches } }));
  if (!keyed.length) return;
  const found = await decisions.lookup(tenant, keyed.flatMap(({ q }) => lookupKeys(q)));
  if (!found.size) return;
  for (const { p, q } of keyed) p.matches = applyDecisions(q, found, now);
}

const versionsOf = (lists: readonly ListVersion[], tables?: string, algorithm?: string): AuditEventDraft['versions'] => ({
  lists: lists.map((l) => ({ id: String(l.id), version: l.version })),
  ...(tables ? { tables } : {}),
  ...(algorithm ? { algorithm } : {}),
});

/** Counts of a party's (or shipment's) matches by how decisions treat them. */
function hitSummary(matches: readonly Match[]) {
  const hits = matches.filter((m) => m.match);
  return {
    hits: hits.length,
    open: openHits(hits).length,
    suppressed: hits.filter((m) => m.suppressed).length,
    confirmed: hits.filter((m) => m.confirmed).length,
    reopened: hits.filter((m) => m.reopened).length,
    entities: hits.map((m) => m.entityId),
  };
}

/** The audit event of a screening (shipment or lone party). */
export function screeningEvent(
  deps: Pick<AnalystDeps, 'storeInput'>,
  e: { type: 'screening' | 'batch-row'; tenant: string; actor: string; input: unknown; result: ScreeningResult; subject: Record<string, string | number>; parties?: number[] },
): AuditEventDraft {
  const parties = e.parties ? e.result.parties.filter((p) => e.parties!.includes(p.index)) : e.result.parties;
  return {
    at: new Date().toISOString(),
    type: e.type,
    tenant: e.tenant,
    actor: e.actor,
    subject: e.subject,
    inputHash: inputHash(e.input),
    ...(deps.storeInput ? { input: e.input } : {}),
    fingerprints: [...new Set(parties.map((p) => p.fingerprint).filter((f): f is string => !!f))],
    result: {
      decision: e.result.decision,
      riskLevel: e.result.riskLevel,
      flags: [...new Set(e.result.flags.map((f) => f.ruleId))],
      ...hitSummary(parties.flatMap((p) => p.matches)),
    },
    versions: versionsOf(e.result.lists, e.result.tables.version, e.result.algorithm),
  };
}

/** The review-queue item of a screening or a batch row: present while it is review/block with open hits. */
export function reviewItem(
  key: string,
  kind: ReviewItem['kind'],
  id: string,
  result: ScreeningResult,
  parties: readonly ScreeningResult['parties'][number][],
  row?: number,
): ReviewItem {
  const open = parties.flatMap((p) => openHits(p.matches));
  const decision = result.decision === 'clear' ? 'review' : result.decision;
  return {
    key,
    kind,
    id,
    ...(row !== undefined ? { row } : {}),
    name: parties.map((p) => p.name).join(' · '),
    decision,
    lists: [...new Set(open.map((m) => m.list))],
    rules: [...new Set(result.flags.map((f) => f.ruleId))],
    openHits: result.decision === 'clear' ? [] : [...new Set(open.map((m) => m.entityId))],
    at: result.screenedAt,
  };
}
