import { type ScreenJob, QueueNames, ScreenJobSchema } from '@screening/schemas';
import { type DefaultJobOptions, Queue, QueueEvents } from 'bullmq';
import type { RedisClient } from './redis';

export type ScreenJobName = ScreenJob['kind'];
export type ScreenQueue = Queue<ScreenJob, unknown, ScreenJobName>;

/** Retention: completed jobs are short-lived (they carry party data); failed ones are evidence and stay 30 days. */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export function createScreenQueue(connection: RedisClient, prefix: string): ScreenQueue {
  return new Queue<ScreenJob, unknown, ScreenJobName>(QueueNames.screen, { connection, prefix, defaultJobOptions });
}

export function createQueueEvents(name: string, connection: RedisClient, prefix: string): QueueEvents {
  return new QueueEvents(name, { connection, prefix });
}

/** Job payloads are parsed when produced and when consumed. */
export function parseScreenJob(data: unknown): ScreenJob {
  return ScreenJobSchema.parse(data);
}
