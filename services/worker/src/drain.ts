import type { Logger } from '@screening/runtime';
import type { Job, Worker } from 'bullmq';

type Processor<R> = (job: Job, token?: string) => Promise<R>;

/** The jobs this process is working on, with their lock tokens, so that a shutdown can hand them back. */
export class ActiveJobs {
  private readonly active = new Map<string, { job: Job; token: string }>();

  get size(): number {
    return this.active.size;
  }

  /** Wraps a processor so that its running jobs are tracked. */
  track<R>(processor: Processor<R>): Processor<R> {
    return async (job, token) => {
      const key = `${job.queueName}/${job.id}`;
      if (token) this.active.set(key, { job, token });
      try {
        return await processor(job, token);
      } finally {
        this.active.delete(key);
      }
    };
  }

  /** Moves every tracked job back to waiting (releasing its lock) so another worker takes it at once. */
  async handBack(logger: Logger): Promise<number> {
    let n = 0;
    for (const { job, token } of this.active.values()) {
      try {
        await job.moveToWait(token);
        n++;
        logger.warn({ queue: job.queueName, jobId: job.id }, 'job handed back to the queue at shutdown');
      } catch (err) {
        logger.warn({ queue: job.queueName, jobId: job.id, err: (err as Error).message }, 'could not hand back job (its lock will expire and another worker will pick it up)');
      }
    }
    this.active.clear();
    return n;
  }
}

/**
 * Stops the workers taking new jobs and waits for their active jobs up to `timeoutMs`; jobs still running
 * then are handed back to their queue (none is lost: another worker, or this one after a restart, runs them).
 */
export async function drainWorkers(workers: Worker[], active: ActiveJobs, timeoutMs: number, logger: Logger): Promise<{ ms: number; handedBack: number }> {
  const started = Date.now();
  const closing = Promise.all(workers.map((w) => w.close().catch((err: Error) => logger.warn({ err: err.message }, 'worker close failed'))));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([closing.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs)))]);
  clearTimeout(timer);
  const handedBack = timedOut ? await active.handBack(logger) : 0;
  return { ms: Date.now() - started, handedBack };
}
