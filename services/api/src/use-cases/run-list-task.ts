import { AppError } from '@screening/runtime';
import { type ListTaskJob, ListTaskJobSchema } from '@screening/schemas';
import type { Queue, QueueEvents } from 'bullmq';
import { failedJobProblem } from './run-job';

export type ListTaskQueue = Queue<ListTaskJob>;

const retryLater = (detail: string) => new AppError('unavailable', detail, { headers: { 'Retry-After': '5' } });

/**
 * Enqueues a `list-task` job and waits (bounded) for a worker: list files are read by workers only, never by the
 * API. A worker-side request error (`{ code, detail }`) comes back as the same problem; no answer in time is a
 * 503 with Retry-After, and a job still waiting is withdrawn so that it does not run for nobody.
 */
export async function runListTask<R>(queue: ListTaskQueue, events: QueueEvents, task: ListTaskJob, opts: { timeoutMs: number; jobId?: string }): Promise<R> {
  const data = ListTaskJobSchema.parse(task);
  const job = await queue.add(data.kind, data, {
    attempts: 1,
    removeOnComplete: { age: 60 },
    removeOnFail: { age: 3600 },
    ...(opts.jobId ? { jobId: opts.jobId } : {}),
  });
  try {
    return (await job.waitUntilFinished(events, opts.timeoutMs)) as R;
  } catch (err) {
    const state = await queue.getJobState(job.id!).catch(() => 'unknown');
    if (state !== 'failed') {
      if (state === 'waiting' || state === 'prioritized' || state === 'delayed') await job.remove().catch(() => undefined);
      throw retryLater(`no worker finished the list task within ${opts.timeoutMs} ms; retry shortly`);
    }
    const problem = failedJobProblem((err as Error).message, err);
    if (problem.code === 'unavailable') throw retryLater(problem.detail ?? 'retry shortly');
    if (problem.code !== 'internal') throw problem;
    throw new AppError('internal', 'the list task failed', { cause: err });
  }
}
