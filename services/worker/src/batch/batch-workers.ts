import { BatchStore, createBatchFinalizeQueue, createBatchWebhookQueue } from '@screening/queue';
import type { AnalystDeps } from '../analyst';
import { type Config, loggableError, type Logger } from '@screening/runtime';
import { QueueNames } from '@screening/schemas';
import { type Job, MetricsTime, Worker } from 'bullmq';
import type { RedisClient } from '@screening/queue';
import type { CatalogHolder } from '../catalog';
import { batchChunkProcessor, type KeepMonitored } from '../processors/batch-chunk.processor';
import { batchFinalizeProcessor } from '../processors/batch-finalize.processor';
import { batchSecretFor, batchWebhookProcessor } from '../processors/batch-webhook.processor';
import { bandsOf } from '../screening';

type Processor = (job: Job, token?: string) => Promise<unknown>;

export interface BatchWorkers {
  workers: Worker[];
  /** closes the producer-side queues (after the workers have been closed) */
  closeQueues: () => Promise<void>;
}

/**
 * The three bulk-CSV workers (chunk, finalize, webhook), created paused (`autorun: false`) like the screen
 * worker; `wrap` lets the app track their active jobs for a graceful drain.
 */
export function createBatchWorkers(opts: {
  config: Config;
  logger: Logger;
  connection: RedisClient;
  catalog: CatalogHolder;
  wrap?: (p: Processor) => Processor;
  /** keeps the parties of a batch uploaded with `monitor` (the lists runtime's keep) */
  keep?: KeepMonitored;
  analyst: AnalystDeps;
}): BatchWorkers {
  const { config, logger, connection, catalog } = opts;
  const wrap = opts.wrap ?? ((p: Processor) => p);
  const prefix = config.REDIS_PREFIX;
  const store = new BatchStore(connection, prefix, config.BATCH_TTL_SECONDS);
  const finalizeQueue = createBatchFinalizeQueue(connection, prefix);
  const webhookQueue = createBatchWebhookQueue(connection, prefix, config.BATCH_WEBHOOK_ATTEMPTS);
  const common = {
    connection,
    prefix,
    autorun: false,
    lockDuration: config.WORKER_LOCK_DURATION_MS,
    stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
    // per-minute completed/failed counts for the /admin throughput and error-rate columns
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  };
  const workers = [
    new Worker(QueueNames.batchChunk, wrap(batchChunkProcessor({ analyst: opts.analyst, catalog, store, finalizeQueue, defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), timeBudgetMs: config.MATCH_TIME_BUDGET_MS, maxGroupRows: config.BATCH_MAX_GROUP_ROWS, logger, ...(opts.keep ? { keep: opts.keep } : {}) })), {
      ...common,
      concurrency: config.BATCH_CHUNK_CONCURRENCY,
      // a chunk is idempotent, so running it again after a false stall (a long event-loop pause) is harmless
      maxStalledCount: 5,
    }),
    new Worker(QueueNames.batchFinalize, wrap(batchFinalizeProcessor({ store, webhookQueue, logger, audit: opts.analyst.audit })), { ...common, concurrency: 1 }),
    new Worker(
      QueueNames.batchWebhook,
      wrap(batchWebhookProcessor({
        store, secret: (tenant: string) => batchSecretFor(tenant, config), timeoutMs: config.BATCH_WEBHOOK_TIMEOUT_MS, maxResponseBytes: config.WEBHOOK_MAX_RESPONSE_BYTES,
        policy: { allowCidrs: config.WEBHOOK_ALLOW_CIDRS }, logger,
      })),
      { ...common, concurrency: 4 },
    ),
  ];
  for (const w of workers) {
    w.on('error', (err) => logger.error({ queue: w.name, err: err.message }, 'worker error'));
    w.on('stalled', (jobId) => logger.warn({ queue: w.name, jobId }, 'stalled job (its worker died or froze) moved back to wait'));
    w.on('failed', (job, err) => logger.warn({ queue: w.name, jobId: job?.id, batchId: job?.data?.batchId, attempts: job?.attemptsMade, ...loggableError(err) }, 'job failed'));
  }
  return {
    workers,
    closeQueues: async () => {
      await finalizeQueue.close().catch(() => undefined);
      await webhookQueue.close().catch(() => undefined);
    },
  };
}
