import { type BatchChunkJob, BatchChunkJobSchema, type BatchRefJob, BatchRefJobSchema, QueueNames } from '@screening/schemas';
import { FlowProducer, Queue } from 'bullmq';
import type { RedisClient } from './redis';
import { defaultJobOptions } from './queues';

export type BatchChunkQueue = Queue<BatchChunkJob, ChunkResult, 'chunk'>;
export type BatchRefQueue = Queue<BatchRefJob, unknown, 'finalize' | 'webhook'>;

/** What a chunk job returns (kept on the job, visible in the dashboard). */
export interface ChunkResult {
  rows: number;
  processed: number;
  errors: number;
  counted: boolean;
  /** decisions of the chunk's rows (counted once into the workers' `screening_screenings_total` when `counted`) */
  decisions?: { clear: number; review: number; block: number };
}

/** Chunk jobs keep their result for the dashboard but carry no party data (only ids and row ranges). */
const chunkOptions = { ...defaultJobOptions, attempts: 5, removeOnComplete: { age: 24 * 3600, count: 10_000 } };

/** Row ranges of `rows` rows in chunks of `size`: [{ chunkNo, from, to }] (1-based, inclusive). */
export function chunkRanges(rows: number, size: number): BatchChunkJob[] {
  const out: BatchChunkJob[] = [];
  for (let from = 1, chunkNo = 0; from <= rows; from += size, chunkNo++) out.push({ batchId: '', chunkNo, from, to: Math.min(rows, from + size - 1) });
  return out;
}

/**
 * Adds the batch flow: one `batch-finalize` parent (jobId = batch id) whose children are the `batch-chunk`
 * jobs (jobId = `<batch>-<chunkNo>`), all in one atomic call. Adding it twice is a no-op (same ids).
 * A chunk that fails for good fails the parent, so the batch ends as `failed` instead of waiting forever.
 */
export async function addBatchFlow(flow: FlowProducer, prefix: string, batchId: string, rows: number, chunkSize: number): Promise<void> {
  const children = chunkRanges(rows, chunkSize).map((c) => {
    const data = BatchChunkJobSchema.parse({ ...c, batchId });
    return { name: 'chunk', queueName: QueueNames.batchChunk, data, prefix, opts: { ...chunkOptions, jobId: `${batchId}-${c.chunkNo}`, failParentOnFailure: true } };
  });
  await flow.add({
    name: 'finalize',
    queueName: QueueNames.batchFinalize,
    prefix,
    data: BatchRefJobSchema.parse({ batchId }),
    opts: { ...defaultJobOptions, jobId: batchId },
    children,
  });
}

export function createFlowProducer(connection: RedisClient, prefix: string): FlowProducer {
  return new FlowProducer({ connection, prefix });
}

export function createBatchFinalizeQueue(connection: RedisClient, prefix: string): BatchRefQueue {
  return new Queue<BatchRefJob, unknown, 'finalize' | 'webhook'>(QueueNames.batchFinalize, { connection, prefix, defaultJobOptions });
}

/** Webhook deliveries: retried with exponential backoff from 1 s, `attempts` times. */
export function createBatchWebhookQueue(connection: RedisClient, prefix: string, attempts: number): BatchRefQueue {
  return new Queue<BatchRefJob, unknown, 'finalize' | 'webhook'>(QueueNames.batchWebhook, {
    connection,
    prefix,
    defaultJobOptions: { ...defaultJobOptions, attempts, backoff: { type: 'exponential', delay: 1000 } },
  });
}

export function parseChunkJob(data: unknown): BatchChunkJob {
  return BatchChunkJobSchema.parse(data);
}

export function parseBatchRefJob(data: unknown): BatchRefJob {
  return BatchRefJobSchema.parse(data);
}
