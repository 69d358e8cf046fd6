import { randomUUID } from 'node:crypto';
import { exactKey, looseKey, needsApproval, partyNameKey } from '@screening/decisions';
import { ReviewStore } from '@screening/queue';
import { AppError } from '@screening/runtime';
import type { AnalystDecision, AuditEventDraft, Decision, DecisionCreate, DecisionQuery, Match, RowOutcome } from '@screening/schemas';
import { cellsOf } from '../uploads/batch-results-format';
import type { Actor, AnalystApi } from './analyst-deps';

/** The decided hit as it was seen: the party (name, fingerprint), the match and the screening's decision. */
interface Seen {
  partyName: string;
  fingerprint: string;
  match: Match;
  screeningDecision?: Decision;
  origin: AnalystDecision['origin'];
  reviewKey: string;
}

function hitOf(matches: readonly Match[] | undefined, entityId: string): Match {
  const m = matches?.find((x) => x.entityId === entityId);
  if (!m) throw new AppError('unprocessable', `entityId: ${entityId} is not a match of that party`);
  return m;
}

async function seenInScreening(a: AnalystApi, tenant: string, id: string, index: number, entityId: string): Promise<Seen> {
  const result = await a.screenings.get(tenant, id);
  if (!result) throw new AppError('not-found', 'no such screening (results are kept for RESULT_TTL_SECONDS)');
  const party = result.parties.find((p) => p.index === index);
  if (!party) throw new AppError('unprocessable', `partyIndex: the screening has no party ${index}`);
  if (!party.fingerprint) throw new AppError('unprocessable', 'the screening predates party fingerprints: screen it again');
  return { partyName: party.name, fingerprint: party.fingerprint, match: hitOf(party.matches, entityId), screeningDecision: result.decision, origin: { kind: 'screening', id, index }, reviewKey: ReviewStore.screeningKey(id) };
}

async function seenInBatch(a: AnalystApi, tenant: string, id: string, row: number, entityId: string): Promise<Seen> {
  const rec = await a.batches.get(id);
  if (!rec || rec.tenant !== tenant) throw new AppError('not-found', 'no such batch');
  const [raw] = await a.batches.outcomes(id, [row]);
  if (!raw) throw new AppError('not-found', `row ${row} has no result (yet)`);
  const o = JSON.parse(raw) as RowOutcome;
  if (o.status !== 'ok' || !o.fingerprint) throw new AppError('unprocessable', `row ${row} was not screened: ${o.reason ?? 'no fingerprint'}`);
  const [cells] = await a.batches.rows(id, [row]);
  const nameAt = rec.header.findIndex((h) => h.trim().toLowerCase() === 'name');
  const partyName = (cellsOf(cells ?? null)[nameAt] ?? '').trim();
  return { partyName, fingerprint: o.fingerprint, match: hitOf(o.matches, entityId), ...(o.decision ? { screeningDecision: o.decision } : {}), origin: { kind: 'batch', id, index: row }, reviewKey: ReviewStore.rowKey(id, row) };
}

const indexKeys = (d: AnalystDecision) => [exactKey(d.fingerprint, d.entityId), looseKey(d.nameKey, d.entityId)];

function event(type: AuditEventDraft['type'], who: Actor, d: AnalystDecision, result: Record<string, unknown>): AuditEventDraft {
  return {
    at: new Date().toISOString(),
    type,
    tenant: who.tenant,
    actor: who.analyst,
    subject: { decisionId: d.id, entityId: d.entityId, [d.origin.kind === 'screening' ? 'screeningId' : 'batchId']: d.origin.id, [d.origin.kind === 'screening' ? 'partyIndex' : 'row']: d.origin.index },
    fingerprints: [d.fingerprint],
    result: { verdict: d.verdict, status: d.status, ...result },
    versions: { lists: [{ id: d.list, version: d.listVersion }] },
  };
}

/** POST /v1/decisions: records a verdict on a hit of a screening's party or a batch row (four-eyes where config says so). */
export async function createDecision(a: AnalystApi, who: Actor, body: DecisionCreate): Promise<AnalystDecision> {
  const seen = body.screeningId
    ? await seenInScreening(a, who.tenant, body.screeningId, body.partyIndex ?? 0, body.entityId)
    : await seenInBatch(a, who.tenant, body.batchId!, body.row!, body.entityId);
  const pending = needsApproval(a.fourEyes, body.verdict, seen.screeningDecision);
  const d: AnalystDecision = {
    id: `dec-${randomUUID()}`,
    tenant: who.tenant,
    status: pending ? 'pending_approval' : 'active',
    verdict: body.verdict,
    reason: body.reason,
    entityId: seen.match.entityId,
    entityName: seen.match.name,
    list: seen.match.list,
    listVersion: seen.match.listVersion,
    recordHash: seen.match.recordHash ?? '',
    fingerprint: seen.fingerprint,
    nameKey: partyNameKey(seen.partyName),
    partyName: seen.partyName,
    origin: seen.origin,
    ...(seen.screeningDecision ? { screeningDecision: seen.screeningDecision } : {}),
    author: who.analyst,
    createdAt: new Date().toISOString(),
    ...(body.expiresAt ? { expiresAt: new Date(body.expiresAt).toISOString() } : {}),
    needsApproval: pending,
  };
  await a.decisions.create(d, indexKeys(d));
  if (!pending) await a.review.decided(who.tenant, seen.reviewKey, d.entityId);
  await a.audit.append(who.tenant, [event('decision', who, d, { reason: d.reason, ...(d.expiresAt ? { expiresAt: d.expiresAt } : {}) })]);
  return d;
}

export async function getDecision(a: AnalystApi, tenant: string, id: string): Promise<AnalystDecision> {
  const d = /^dec-[0-9a-f-]{36}$/.test(id) ? await a.decisions.get(tenant, id) : undefined;
  if (!d) throw new AppError('not-found', 'no such decision');
  return d;
}

const reviewKeyOf = (d: AnalystDecision) => (d.origin.kind === 'screening' ? ReviewStore.screeningKey(d.origin.id) : ReviewStore.rowKey(d.origin.id, d.origin.index));

/** POST /v1/decisions/{id}/approve: the second analyst (never the author) makes a pending decision active. */
export async function approveDecision(a: AnalystApi, who: Actor, id: string): Promise<AnalystDecision> {
  const d = await getDecision(a, who.tenant, id);
  if (d.status !== 'pending_approval') throw new AppError('conflict', `the decision is ${d.status}, not pending approval`);
  if (d.author === who.analyst) throw new AppError('forbidden', 'four-eyes: the author of a decision cannot approve it; another analyst must');
  const next: AnalystDecision = { ...d, status: 'active', approvedBy: who.analyst, approvedAt: new Date().toISOString() };
  await a.decisions.update(next, indexKeys(next));
  await a.review.decided(who.tenant, reviewKeyOf(next), next.entityId);
  await a.audit.append(who.tenant, [event('approval', who, next, { author: d.author })]);
  return next;
}

/** DELETE /v1/decisions/{id}: revokes (kept, marked revoked, recorded); the hit counts again from the next screening. */
export async function revokeDecision(a: AnalystApi, who: Actor, id: string, reason?: string): Promise<AnalystDecision> {
  const d = await getDecision(a, who.tenant, id);
  if (d.status === 'revoked') throw new AppError('conflict', 'the decision is already revoked');
  const next: AnalystDecision = { ...d, status: 'revoked', revokedBy: who.analyst, revokedAt: new Date().toISOString(), ...(reason ? { revokeReason: reason } : {}) };
  await a.decisions.update(next, indexKeys(next));
  await a.audit.append(who.tenant, [event('revocation', who, next, reason ? { reason } : {})]);
  return next;
}

export const listDecisions = (a: AnalystApi, tenant: string, q: DecisionQuery) => a.decisions.list(tenant, q);
