import { randomUUID } from 'node:crypto';
import type { RedisClient, ReplyHub, ScreenQueue } from '@screening/queue';
import { AppError, type ErrorCode, ErrorCodes, type FieldError } from '@screening/runtime';
import type { ScreenJob } from '@screening/schemas';
import type { Queue } from 'bullmq';
import { currentRequestId, currentTiming } from '../middleware/lifecycle';
import { admitCached } from './admission';

export type JobOutcome<R> = { done: true; result: R } | { done: false; jobId: string };

/**
 * Enqueues a job and waits (bounded) for its worker's answer on this API instance's reply channel. A
 * worker-side request error comes back as the same problem; a timeout is reported as not done so the caller
 * can answer 202 or 503.
 */
export async function runJob<R>(
  queue: ScreenQueue,
  replies: ReplyHub,
  job: ScreenJob,
  opts: { timeoutMs: number; jobId?: string; priority?: number; maxWaiting?: number },
): Promise<JobOutcome<R>> {
  const timing = currentTiming();
  timing?.mark('handler');
  if (opts.maxWaiting) await admitCached(queue as Queue, opts.maxWaiting, 'screening');
  const requestId = job.requestId ?? currentRequestId();
  const jobId = opts.jobId ?? randomUUID();
  // registered before the job exists: a fast worker may answer before `add` returns
  const waiter = replies.wait(jobId, queue, opts.timeoutMs);
  const lost = redisLost(queue);
  try {
    timing?.mark('addSent');
    await Promise.race([queue.add(job.kind, { ...job, ...(requestId ? { requestId } : {}), replyTo: replies.channel }, { jobId, priority: opts.priority ?? 1 }), lost.promise]);
    timing?.mark('added');
    const reply = await Promise.race([waiter.reply, lost.promise]);
    if (timing && reply) {
      timing.mark('seen');
      if (reply.t) timing.worker = reply.t;
    }
    if (!reply) return { done: false, jobId };
    if (reply.ok) return { done: true, result: reply.result as R };
    throw failedJobProblem(reply.error);
  } finally {
    waiter.cancel();
    lost.dispose();
  }
}

/**
 * The problem of a failed job: a worker-side request error (`{ code, detail, errors }` as JSON, e.g. 422
 * `work-limit` naming the field) comes back as the same problem; any other failure reason is internal text and
 * never reaches the client.
 */
export function failedJobProblem(reason: string | undefined, cause?: unknown): AppError {
  let parsed: { code?: unknown; detail?: unknown; errors?: unknown } | undefined;
  try {
    parsed = JSON.parse(reason ?? '') as typeof parsed;
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed.code === 'string' && parsed.code in ErrorCodes && parsed.code !== 'internal') {
    const detail = typeof parsed.detail === 'string' ? parsed.detail : undefined;
    const errors = Array.isArray(parsed.errors) ? (parsed.errors as FieldError[]) : undefined;
    return new AppError(parsed.code as ErrorCode, detail, errors ? { errors } : {});
  }
  return new AppError('internal', 'the screening job failed', { cause: cause ?? new Error(reason) });
}

const waiting = new WeakMap<object, Set<() => void>>();

/** Rejects with a 503 as soon as the producer's Redis connection drops, so that a waiting request does not hang. */
function redisLost(queue: ScreenQueue): { promise: Promise<never>; dispose: () => void } {
  const conn = queue.opts.connection as Partial<Pick<RedisClient, 'on'>> & object;
  let set = waiting.get(conn);
  if (!set) {
    const fresh = new Set<() => void>();
    waiting.set(conn, (set = fresh));
    conn.on?.('close', () => {
      for (const fail of fresh) fail();
      fresh.clear();
    });
  }
  let fail = () => undefined as void;
  const promise = new Promise<never>((_, reject) => {
    fail = () => reject(new AppError('unavailable', 'the connection to Redis was lost while waiting for the worker; retry shortly', { headers: { 'Retry-After': '2' } }));
  });
  promise.catch(() => undefined);
  set.add(fail);
  const registered = set;
  return { promise, dispose: () => void registered.delete(fail) };
}
