import { type BatchChunkQueue, BatchStore, type BatchRefQueue, createBatchChunkQueue, createBatchFinalizeQueue, createFlowProducer } from '@screening/queue';
import type { FlowProducer } from 'bullmq';
import type { ApiDeps } from '../deps';

export interface BatchDeps {
  api: ApiDeps;
  store: BatchStore;
  flow: FlowProducer;
  finalizeQueue: BatchRefQueue;
  /** chunk jobs of streamed uploads are added here as the rows are stored */
  chunkQueue: BatchChunkQueue;
}

/** The batch store and producers, on the API's producer connection; closed with the other deps. */
export function batchDeps(api: ApiDeps): BatchDeps {
  const { REDIS_PREFIX: prefix, BATCH_TTL_SECONDS: ttl } = api.config;
  const flow = createFlowProducer(api.redis, prefix);
  const finalizeQueue = createBatchFinalizeQueue(api.redis, prefix);
  const chunkQueue = createBatchChunkQueue(api.redis, prefix);
  chunkQueue.on('error', (err) => api.logger.warn({ err: err.message }, 'queue error'));
  flow.on('error', (err) => api.logger.warn({ err: err.message }, 'flow producer error'));
  finalizeQueue.on('error', (err) => api.logger.warn({ err: err.message }, 'queue error'));
  const closeRest = api.close;
  api.close = async () => {
    await flow.close().catch(() => undefined);
    await finalizeQueue.close().catch(() => undefined);
    await chunkQueue.close().catch(() => undefined);
    await closeRest();
  };
  return { api, store: new BatchStore(api.redis, prefix, ttl), flow, finalizeQueue, chunkQueue };
}
