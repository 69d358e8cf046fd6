import { AppError } from '@screening/runtime';
import type { Queue } from 'bullmq';

/**
 * Bounded queue admission: when `max` jobs already wait for a worker (plain or prioritized), new work is refused
 * with a 503 and `Retry-After` instead of growing the queue (and every client's wait) without bound.
 */
export async function admit(queue: Queue, max: number, what: string): Promise<void> {
  const c = await queue.getJobCounts('waiting', 'prioritized');
  const waiting = (c.waiting ?? 0) + (c.prioritized ?? 0);
  if (waiting >= max) {
    throw new AppError('unavailable', `the ${what} queue is full (${waiting} waiting); retry shortly`, { headers: { 'Retry-After': '5' } });
  }
}
