import { createHmac } from 'node:crypto';
import { type BatchStore, parseBatchRefJob, toBatch } from '@screening/queue';
import type { Logger } from '@screening/runtime';
import type { BatchWebhook } from '@screening/schemas';
import { type Job, UnrecoverableError } from 'bullmq';

export interface BatchWebhookDeps {
  store: BatchStore;
  secret: string;
  timeoutMs: number;
  logger: Logger;
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the shared secret (BATCH_WEBHOOK_SECRET). */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Processor of `batch-webhook`: POSTs the completed batch to its `webhookUrl`, signed. A non-2xx answer or
 * a network error throws, and BullMQ retries with exponential backoff (BATCH_WEBHOOK_ATTEMPTS).
 */
export function batchWebhookProcessor(deps: BatchWebhookDeps) {
  return async (job: Job): Promise<{ status: number }> => {
    const { batchId } = parseBatchRefJob(job.data);
    const rec = await deps.store.get(batchId);
    if (!rec?.webhookUrl) throw new UnrecoverableError(`batch ${batchId} has no webhook (expired?)`);
    const payload: BatchWebhook = { event: 'batch.completed', batch: toBatch(rec), sentAt: new Date().toISOString() };
    const body = JSON.stringify(payload);
    const res = await fetch(rec.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-screening-signature': signWebhook(deps.secret, body), 'x-screening-batch': batchId },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered HTTP ${res.status}`);
    deps.logger.info({ queue: job.queueName, jobId: job.id, batchId, status: res.status, attempt: job.attemptsMade + 1 }, 'batch webhook delivered');
    return { status: res.status };
  };
}
