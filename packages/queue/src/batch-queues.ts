import { type BatchChunkJob, BatchChunkJobSchema, type BatchRefJob, BatchRefJobSchema, QueueNames } from '@screening/schemas';
import { type FlowJob, type FlowJobNode, FlowProducer, Queue } from 'bullmq';
import type { RedisClient } from './redis';
import { defaultJobOptions } from './queues';

export type BatchChunkQueue = Queue<BatchChunkJob | BatchRefJob, ChunkResult, 'chunk' | 'seal'>;
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
  await flow.add(finalizeFlow(prefix, batchId, children));
}

/** A batch's `batch-finalize` parent job (jobId = batch id) over the given children. */
function finalizeFlow(prefix: string, batchId: string, children: FlowJobNode[]): FlowJob {
  return { name: 'finalize', queueName: QueueNames.batchFinalize, prefix, data: BatchRefJobSchema.parse({ batchId }), opts: { ...defaultJobOptions, jobId: batchId }, children };
}

/** Name of the child job that holds a streamed batch's finalize job back until the upload has ended. */
export const SEAL_JOB = 'seal';

/**
 * Starts a streamed batch's flow: the `batch-finalize` parent (jobId = batch id) with one child, the `seal` job
 * (jobId = `<batch>-seal`, in the chunk queue), delayed by `sealDelayMs`. Chunk jobs join the parent as the
 * upload is stored (`addChunkJobs`); the parent cannot run before the seal has, and the seal runs when the API
 * promotes it at the end of the upload — or, if the API died mid-upload, when its delay expires (the worker then
 * fails the batch, see the chunk processor).
 */
export async function startStreamedFlow(flow: FlowProducer, prefix: string, batchId: string, sealDelayMs: number): Promise<void> {
  await flow.add(
    finalizeFlow(prefix, batchId, [
      {
        name: SEAL_JOB,
        queueName: QueueNames.batchChunk,
        prefix,
        data: BatchRefJobSchema.parse({ batchId }),
        opts: { ...chunkOptions, attempts: 1, jobId: `${batchId}-${SEAL_JOB}`, delay: sealDelayMs, failParentOnFailure: true },
      },
    ]),
  );
}

/**
 * Adds chunk jobs of a streamed batch as children of its (waiting) finalize job, in one call. `first`: queued at
 * the head of the wait list (chunks held back until the end of the upload, which the in-order results wait for).
 */
export async function addChunkJobs(queue: BatchChunkQueue, prefix: string, batchId: string, chunks: Omit<BatchChunkJob, 'batchId'>[], first = false): Promise<void> {
  if (!chunks.length) return;
  const parent = { id: batchId, queue: `${prefix}:${QueueNames.batchFinalize}` };
  // LIFO puts each at the head: add the last first so that the earliest ends up in front
  const ordered = first ? [...chunks].reverse() : chunks;
  await queue.addBulk(
    ordered.map((c) => ({
      name: 'chunk' as const,
      data: BatchChunkJobSchema.parse({ ...c, batchId }),
      opts: { ...chunkOptions, jobId: `${batchId}-${c.chunkNo}`, parent, failParentOnFailure: true, ...(first ? { lifo: true } : {}) },
    })),
  );
}

/** Runs a streamed batch's seal job now (the upload has ended and every chunk job has been added). */
export async function releaseSeal(queue: BatchChunkQueue, batchId: string): Promise<void> {
  const job = await queue.getJob(`${batchId}-${SEAL_JOB}`);
  if (job && (await job.isDelayed())) await job.promote();
}

export function createBatchChunkQueue(connection: RedisClient, prefix: string): BatchChunkQueue {
  return new Queue<BatchChunkJob | BatchRefJob, ChunkResult, 'chunk' | 'seal'>(QueueNames.batchChunk, { connection, prefix, defaultJobOptions: chunkOptions });
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
