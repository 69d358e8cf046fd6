import { createHmac } from 'node:crypto';
import { type BatchStore, parseBatchRefJob, toBatch } from '@screening/queue';
import { type Logger, type OutboundPolicy, OutboundRefused, postWebhook } from '@screening/runtime';
import type { BatchWebhook } from '@screening/schemas';
import { type Job, UnrecoverableError } from 'bullmq';

export interface BatchWebhookDeps {
  store: BatchStore;
  /** the key a tenant's webhooks are signed with (BATCH_WEBHOOK_SECRETS, else BATCH_WEBHOOK_SECRET) */
  secret: (tenant: string) => string;
  timeoutMs: number;
  maxResponseBytes: number;
  policy: OutboundPolicy;
  logger: Logger;
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the tenant's key (BATCH_WEBHOOK_SECRETS, else BATCH_WEBHOOK_SECRET). */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Processor of `batch-webhook`: POSTs the completed batch to its `webhookUrl`, signed, through the outbound guard
 * (the address is checked again at send time and pinned; redirects are refused; the answer is read up to a cap).
 * A non-2xx answer or a network error throws, and BullMQ retries with exponential backoff (BATCH_WEBHOOK_ATTEMPTS);
 * a refused address or a redirect fails for good.
 */
export function batchWebhookProcessor(deps: BatchWebhookDeps) {
  return async (job: Job): Promise<{ status: number }> => {
    const { batchId } = parseBatchRefJob(job.data);
    const rec = await deps.store.get(batchId);
    if (!rec?.webhookUrl) throw new UnrecoverableError(`batch ${batchId} has no webhook (expired?)`);
    const payload: BatchWebhook = { event: 'batch.completed', batch: toBatch(rec), sentAt: new Date().toISOString() };
    const body = JSON.stringify(payload);
    let status: number;
    try {
      ({ status } = await postWebhook(
        rec.webhookUrl,
        body,
        { 'content-type': 'application/json', 'x-screening-signature': signWebhook(deps.secret(rec.tenant), body), 'x-screening-batch': batchId },
        { ...deps.policy, timeoutMs: deps.timeoutMs, maxResponseBytes: deps.maxResponseBytes },
      ));
    } catch (err) {
      if (err instanceof OutboundRefused) throw new UnrecoverableError(`webhook refused: ${err.message}`);
      throw err;
    }
    if (status < 200 || status >= 300) throw new Error(`webhook answered HTTP ${status}`);
    deps.logger.info({ queue: job.queueName, jobId: job.id, batchId, status, attempt: job.attemptsMade + 1 }, 'batch webhook delivered');
    return { status };
  };
}

/** The key a tenant's batch webhooks are signed with: its own (BATCH_WEBHOOK_SECRETS), else the deployment's; '' = none. */
export function batchSecretFor(tenant: string, config: { BATCH_WEBHOOK_SECRETS: readonly { tenant: string; secret: string }[]; BATCH_WEBHOOK_SECRET: string }): string {
  return config.BATCH_WEBHOOK_SECRETS.find((w) => w.tenant === tenant)?.secret ?? config.BATCH_WEBHOOK_SECRET;
}
