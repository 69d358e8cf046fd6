import { defaultJobOptions, type RedisClient } from '@screening/queue';
import { allQueueNames, type QueueName } from '@screening/schemas';
import { Queue } from 'bullmq';

/** Read handles on every queue of the registry, for the dashboard, the overview page and the queue gauges. */
export interface MonitoredQueues {
  readonly all: ReadonlyMap<QueueName, Queue>;
  close: () => Promise<void>;
}

/**
 * One `Queue` handle per name in `allQueueNames` on the API's fail-fast producer connection. The API never
 * creates a `Worker`, so looking at a queue here never consumes its jobs.
 */
export function createMonitoredQueues(connection: RedisClient, prefix: string, onError: (err: Error) => void): MonitoredQueues {
  const all = new Map<QueueName, Queue>();
  for (const name of allQueueNames) {
    const q = new Queue(name, { connection, prefix, defaultJobOptions });
    q.on('error', onError);
    all.set(name, q);
  }
  return {
    all,
    close: async () => {
      await Promise.all([...all.values()].map((q) => q.close().catch(() => undefined)));
    },
  };
}

export const JOB_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'waiting-children', 'failed', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Job counts per state of one queue. */
export async function queueCounts(q: Queue): Promise<Record<JobState, number>> {
  const counts = await q.getJobCounts(...JOB_STATES);
  return Object.fromEntries(JOB_STATES.map((s) => [s, counts[s] ?? 0])) as Record<JobState, number>;
}
