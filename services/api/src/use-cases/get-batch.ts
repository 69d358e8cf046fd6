import { type BatchRecord, toBatch } from '@screening/queue';
import { AppError } from '@screening/runtime';
import type { Batch } from '@screening/schemas';
import type { BatchDeps } from './batch-deps';

const ID = /^bat-[0-9a-f-]{36}$/;

/** The batch record of the tenant, or 404 (unknown, expired, or another tenant's batch). */
export async function findBatch(d: BatchDeps, tenant: string, id: string): Promise<BatchRecord> {
  const rec = ID.test(id) ? await d.store.get(id) : undefined;
  if (!rec || rec.tenant !== tenant) throw new AppError('not-found', `no such batch (batches are kept for BATCH_TTL_SECONDS = ${d.api.config.BATCH_TTL_SECONDS} s)`);
  if (rec.status === 'uploading' || rec.status === 'queued' || rec.status === 'running') {
    // a chunk that failed for good fails the finalize job (failParentOnFailure): the batch has failed
    const parent = await d.finalizeQueue.getJob(id);
    if (parent && (await parent.getState()) === 'failed') {
      return { ...rec, status: 'failed', failedReason: parent.failedReason || 'a chunk failed after all its attempts' };
    }
  }
  return rec;
}

/** GET /v1/batches/{id}: status, progress and counts. */
export async function getBatch(d: BatchDeps, tenant: string, id: string): Promise<Batch> {
  return toBatch(await findBatch(d, tenant, id));
}
