import type { ScreenQueue } from '@screening/queue';
import { AppError, type ErrorCode, ErrorCodes } from '@screening/runtime';
import type { ScreenJob } from '@screening/schemas';
import type { QueueEvents } from 'bullmq';
import { currentRequestId } from '../middleware/lifecycle';

export type JobOutcome<R> = { done: true; result: R } | { done: false; jobId: string };

/**
 * Enqueues a job and waits (bounded) for its worker. A worker-side request error comes back as the same
 * problem; a timeout is reported as not done so the caller can answer 202 or 503.
 */
export async function runJob<R>(
  queue: ScreenQueue,
  events: QueueEvents,
  job: ScreenJob,
  opts: { timeoutMs: number; jobId?: string; priority?: number },
): Promise<JobOutcome<R>> {
  const requestId = job.requestId ?? currentRequestId();
  const added = await queue.add(job.kind, requestId ? { ...job, requestId } : job, { ...(opts.jobId ? { jobId: opts.jobId } : {}), priority: opts.priority ?? 1 });
  try {
    const result = (await added.waitUntilFinished(events, opts.timeoutMs)) as R;
    return { done: true, result };
  } catch (err) {
    const state = await queue.getJobState(added.id!).catch(() => 'unknown');
    if (state !== 'failed') return { done: false, jobId: added.id! };
    const reason = (err as Error).message;
    try {
      const { code, detail } = JSON.parse(reason) as { code: ErrorCode; detail?: string };
      if (code in ErrorCodes) throw new AppError(code, detail);
    } catch (e) {
      if (e instanceof AppError) throw e;
    }
    throw new AppError('internal', 'the screening job failed', { cause: err });
  }
}
