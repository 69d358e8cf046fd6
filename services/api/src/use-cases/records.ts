import { inputHash, MonitorStore, type RedisClient, SYSTEM_TENANT } from '@screening/queue';
import { AppError, type Config } from '@screening/runtime';
import type { AuditEvent, AuditEventDraft } from '@screening/schemas';
import type { BatchDeps } from './batch-deps';
import type { Actor, AnalystApi } from './analyst-deps';
import { findBatch } from './get-batch';

const draft = (who: Actor, type: AuditEventDraft['type'], subject: Record<string, string | number>, result: Record<string, unknown>, fingerprints?: string[]): AuditEventDraft => ({
  at: new Date().toISOString(), type, tenant: who.tenant, actor: who.analyst, subject, result, ...(fingerprints ? { fingerprints } : {}),
});

/** GET /v1/audit: the tenant's (or, for admins, the system) chain as pages of events. */
export function readAudit(a: AnalystApi, tenant: string, q: { from?: string; to?: string; type?: string[]; chain: 'tenant' | 'system' }, admin: boolean): AsyncGenerator<AuditEvent[]> {
  if (q.chain === 'system' && !admin) throw new AppError('forbidden', 'the system chain (list and configuration changes) needs the "operator" scope');
  return a.audit.read(q.chain === 'system' ? SYSTEM_TENANT : tenant, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.type ? { types: q.type } : {}) });
}

/** GET /v1/parties/{fingerprint}/history: every audited screening and decision of a party, and its decisions. */
export async function partyHistory(a: AnalystApi, tenant: string, fingerprint: string) {
  if (!/^[0-9a-f]{32}$/.test(fingerprint)) throw new AppError('not-found', 'no such party (a fingerprint is 32 hex digits)');
  const [events, decisions] = await Promise.all([a.audit.forParty(tenant, fingerprint), a.decisions.list(tenant, { fingerprint, limit: 1000 })]);
  if (!events.length && !decisions.length) throw new AppError('not-found', 'no screening or decision of this party');
  return { fingerprint, events, decisions };
}

/** DELETE /v1/batches/{id}: removes the batch (rows, results), its monitored rows and its review items; audited. */
export async function deleteBatch(a: AnalystApi, d: BatchDeps, who: Actor, id: string): Promise<void> {
  const rec = await findBatch(d, who.tenant, id);
  if (rec.status === 'uploading' || rec.status === 'queued' || rec.status === 'running') throw new AppError('conflict', 'the batch is still being screened: delete it once it has completed or failed');
  const monitored = rec.monitor ? await a.monitor.removeMany(Array.from({ length: rec.rows }, (_, i) => MonitorStore.partyId(who.tenant, { kind: 'batch', id, index: i + 1 }))) : 0;
  await d.store.discard(id);
  await a.review.dropBatch(who.tenant, id);
  await a.audit.append(who.tenant, [draft(who, 'batch-deleted', { batchId: id }, { rows: rec.rows, status: rec.status, monitoredRemoved: monitored })]);
}

/** DELETE /v1/parties/{fingerprint}/monitoring: stops re-screening every monitored party with this fingerprint; audited. */
export async function stopMonitoring(a: AnalystApi, who: Actor, fingerprint: string): Promise<{ stopped: number }> {
  if (!/^[0-9a-f]{32}$/.test(fingerprint)) throw new AppError('not-found', 'no such party (a fingerprint is 32 hex digits)');
  const ids = await a.monitor.removeByFingerprint(who.tenant, fingerprint);
  if (!ids.length) throw new AppError('not-found', 'this party is not monitored');
  await a.audit.append(who.tenant, [draft(who, 'monitoring-stopped', { fingerprint }, { stopped: ids.length }, [fingerprint])]);
  return { stopped: ids.length };
}

/** Config values as audited: secrets (keys, webhook secrets) only as their SHA-256. */
function configSummary(config: Config): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) out[k] = k === 'API_KEYS' || /SECRET/.test(k) ? `sha256:${inputHash(v)}` : JSON.stringify(v);
  return out;
}

/**
 * At API start: when the configuration differs from the one last recorded, a `config` event names the changed
 * settings in the system chain (values of secrets never appear, only their hashes).
 */
export async function recordConfig(a: AnalystApi, redis: RedisClient, config: Config): Promise<string[]> {
  const key = `${config.REDIS_PREFIX}:audit:config-last`;
  const now = configSummary(config);
  const last = JSON.parse((await redis.get(key)) ?? '{}') as Record<string, string>;
  const changed = Object.keys(now).filter((k) => last[k] !== now[k]);
  if (!changed.length) return [];
  await a.audit.append(SYSTEM_TENANT, [
    { at: new Date().toISOString(), type: 'config', tenant: SYSTEM_TENANT, actor: 'system', inputHash: inputHash(now), result: { changed, values: Object.fromEntries(changed.map((k) => [k, now[k]])) } },
  ]);
  await redis.set(key, JSON.stringify(now));
  return changed;
}
