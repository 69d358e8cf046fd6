import { TenantQuota } from '@screening/queue';
import { AppError } from '@screening/runtime';
import type { BatchDeps } from './batch-deps';

/** An upload that has had no batch record for this long died with its API process: it stops counting. */
const STALE_UPLOAD_MS = 3600_000;

export interface BatchSlot {
  /** bytes this upload may still store under the tenant's quota */
  bytesLeft: number;
  /** the upload became a batch (stored `bytes`): it counts as active until it ends */
  commit: (bytes: number) => Promise<void>;
  /** the upload failed: it counts no more */
  cancel: () => Promise<void>;
}

/** Drops batches that ended, failed or expired from the tenant's quota; returns the bytes still stored. */
async function prune(d: BatchDeps, quota: TenantQuota, tenant: string, now: number): Promise<number> {
  const [active, stored, ingesting] = await Promise.all([quota.activeIds(tenant), quota.storedBytes(tenant), quota.ingesting(tenant)]);
  const ids = [...new Set([...active, ...Object.keys(stored), ...Object.keys(ingesting)])];
  const recs = await Promise.all(ids.map((id) => d.store.get(id)));
  const ended: string[] = [];
  const gone: string[] = [];
  const stale: string[] = [];
  await Promise.all(
    ids.map(async (id, i) => {
      const rec = recs[i];
      const uploading = ingesting[id] !== undefined && now - ingesting[id]! < STALE_UPLOAD_MS;
      if (!rec) {
        if (!uploading) gone.push(id);
        if (ingesting[id] !== undefined && !uploading) stale.push(id);
        return;
      }
      if (rec.status === 'completed' || rec.status === 'failed') ended.push(id);
      else if ((await d.finalizeQueue.getJobState(id).catch(() => 'unknown')) === 'failed') ended.push(id);
    }),
  );
  await Promise.all([quota.release(tenant, [...ended, ...gone]), quota.forgetBytes(tenant, gone), quota.endIngesting(tenant, stale)]);
  return Object.entries(stored).filter(([id]) => !gone.includes(id)).reduce((sum, [, b]) => sum + b, 0);
}

/**
 * Per-tenant batch quotas, taken before an upload is read: at most BATCH_TENANT_MAX_ACTIVE batches uploading,
 * queued or running at once, and at most BATCH_TENANT_MAX_BYTES of CSV kept in live batches (429 problems).
 */
export async function takeBatchSlot(d: BatchDeps, tenant: string, id: string, now = Date.now()): Promise<BatchSlot> {
  const { BATCH_TENANT_MAX_ACTIVE: maxActive, BATCH_TENANT_MAX_BYTES: maxBytes } = d.api.config;
  const quota = new TenantQuota(d.api.redis, d.api.config.REDIS_PREFIX);
  const stored = await prune(d, quota, tenant, now);
  if (stored >= maxBytes) {
    throw new AppError('quota-exceeded', `the tenant keeps ${stored} bytes of batches (BATCH_TENANT_MAX_BYTES = ${maxBytes}); delete or wait for old batches to expire`, { headers: { 'Retry-After': '3600' } });
  }
  if (!(await quota.reserve(tenant, id, maxActive, now))) {
    throw new AppError('quota-exceeded', `the tenant already has ${maxActive} batches uploading, queued or running (BATCH_TENANT_MAX_ACTIVE); retry when one completes`, { headers: { 'Retry-After': '30' } });
  }
  return {
    bytesLeft: maxBytes - stored,
    commit: async (bytes) => {
      await quota.setBytes(tenant, id, bytes);
      await quota.endIngesting(tenant, [id]);
    },
    cancel: async () => {
      await Promise.all([quota.release(tenant, [id]), quota.forgetBytes(tenant, [id]), quota.endIngesting(tenant, [id])]);
    },
  };
}
