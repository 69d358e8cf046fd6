import { type AuditStore, type BatchRefQueue, type BatchStore, parseBatchRefJob, toBatch } from '@screening/queue';
import type { Logger } from '@screening/runtime';
import type { Batch } from '@screening/schemas';
import { type Job, UnrecoverableError } from 'bullmq';

export interface BatchFinalizeDeps {
  store: BatchStore;
  webhookQueue: BatchRefQueue;
  logger: Logger;
  audit: AuditStore;
}

/**
 * Processor of `batch-finalize`, the parent of a batch's chunks: BullMQ runs it once every chunk has
 * completed. It marks the batch completed (idempotently: a rerun keeps the first completion time) and
 * queues the completion webhook when the batch has one.
 */
export function batchFinalizeProcessor(deps: BatchFinalizeDeps) {
  return async (job: Job): Promise<Batch> => {
    let batchId: string;
    try {
      ({ batchId } = parseBatchRefJob(job.data));
    } catch (err) {
      throw new UnrecoverableError(`invalid job payload: ${(err as Error).message}`);
    }
    const rec = await deps.store.get(batchId);
    if (!rec) throw new UnrecoverableError(`batch ${batchId} no longer exists (expired?)`);
    const completedAt = rec.completedAt ?? new Date().toISOString();
    // a streamed upload cut off by a limit (or a dropped connection): the rows received are screened, the batch fails
    const status = rec.cutReason ? 'failed' : 'completed';
    await deps.store.update(batchId, { status, completedAt, ...(rec.cutReason ? { failedReason: rec.cutReason } : {}) });
    if (rec.processed !== rec.rows) {
      deps.logger.error({ batchId, rows: rec.rows, processed: rec.processed }, 'batch completed with a row count mismatch');
    }
    if (rec.webhookUrl) await deps.webhookQueue.add('webhook', { batchId }, { jobId: `${batchId}-webhook` });
    await job.updateProgress({ processed: rec.processed, rows: rec.rows, percent: 100 });
    const batch = toBatch({ ...rec, status, completedAt, ...(rec.cutReason ? { failedReason: rec.cutReason } : {}) });
    if (!rec.completedAt) {
      await deps.audit.append(rec.tenant, [
        {
          at: completedAt, type: 'batch', tenant: rec.tenant, actor: rec.actor ?? 'anonymous', subject: { batchId },
          result: { rows: rec.rows, processed: rec.processed, errors: rec.errors, ...batch.counts },
          versions: { ...(rec.listVersions ? { lists: rec.listVersions.map((l) => ({ id: String(l.id), version: l.version })) } : {}), ...(rec.algorithm ? { algorithm: rec.algorithm } : {}) },
        },
      ]);
    }
    deps.logger.info({ queue: job.queueName, jobId: job.id, batchId, rows: rec.rows, errors: rec.errors, counts: batch.counts, status }, 'batch completed');
    return batch;
  };
}
