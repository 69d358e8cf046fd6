import { AppError } from '@screening/runtime';
import type { Queue } from 'bullmq';

const waitingOf = async (queue: Queue) => {
  const c = await queue.getJobCounts('waiting', 'prioritized');
  return (c.waiting ?? 0) + (c.prioritized ?? 0);
};

const full = (what: string, waiting: number) =>
  new AppError('unavailable', `the ${what} queue is full (${waiting} waiting); retry shortly`, { headers: { 'Retry-After': '5' } });

/**
 * Bounded queue admission: when `max` jobs already wait for a worker (plain or prioritized), new work is refused
 * with a 503 and `Retry-After` instead of growing the queue (and every client's wait) without bound. One exact
 * count per call: for rare, heavy admissions (a batch upload).
 */
export async function admit(queue: Queue, max: number, what: string): Promise<void> {
  const waiting = await waitingOf(queue);
  if (waiting >= max) throw full(what, waiting);
}

/**
 * Admission for the synchronous path, without a Redis round trip per request: the waiting count is read at most
 * every `freshMs` (one read in flight, shared by all requests), and this process's own adds since that read are
 * counted on top. The estimate can only be too high for this process (jobs finished since the read are not
 * subtracted), so before refusing it reads the count again: a request is never refused on a stale figure. Other
 * API processes' adds within `freshMs` are what the bound may be exceeded by (rate × freshMs jobs at most).
 */
export class CachedAdmission {
  /** the last count read, and how many adds this process had made when that read was sent */
  private count = 0;
  private base = 0;
  private readAt = -Infinity;
  /** adds this process made (monotonic) */
  private added = 0;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly queue: Queue,
    private readonly what: string,
    private readonly freshMs = 100,
  ) {}

  private get estimate() {
    return this.count + (this.added - this.base);
  }

  async admit(max: number): Promise<void> {
    if (performance.now() - this.readAt > this.freshMs) {
      const read = this.reading ?? this.read();
      if (this.readAt === -Infinity) await read; // nothing known yet
    }
    if (this.estimate >= max) {
      await this.read();
      if (this.estimate >= max) throw full(this.what, this.estimate);
    }
    this.added++;
  }

  /**
   * Reads the waiting count. Adds made while the read runs stay counted on top of its figure (they may or may not
   * be in it); of overlapping reads, the one sent last wins.
   */
  private read(): Promise<void> {
    const sentAt = this.added;
    const reading = waitingOf(this.queue).then((n) => {
      if (sentAt < this.base) return;
      this.count = n;
      this.base = sentAt;
      this.readAt = performance.now();
    });
    const settled = reading.finally(() => {
      if (this.reading === settled) this.reading = undefined;
    });
    this.reading = settled;
    settled.catch(() => undefined); // a background read's failure: the next request reads again
    return settled;
  }
}

const cached = new WeakMap<Queue, CachedAdmission>();

/** `admit` for the synchronous path: one CachedAdmission per queue object. */
export function admitCached(queue: Queue, max: number, what: string): Promise<void> {
  let a = cached.get(queue);
  if (!a) cached.set(queue, (a = new CachedAdmission(queue, what)));
  return a.admit(max);
}
