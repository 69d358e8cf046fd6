import { assertRedis, cleanupPrefix, REDIS_URL, testPrefix, waitFor } from '@screening/testkit';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { CachedAdmission } from '../src/use-cases/admission';

describe('cached admission of synchronous jobs (real BullMQ queue on Redis)', () => {
  const prefix = testPrefix('admission');
  let conn: Redis;
  let queue: Queue;

  beforeAll(async () => {
    await assertRedis();
    conn = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('screen', { connection: conn, prefix });
  });
  afterAll(async () => {
    await queue.close();
    conn.disconnect();
    await cleanupPrefix(prefix);
  });

  it('when max jobs wait (added by this process within the fresh window), then the next one is refused with 503; after they are taken, admitted again', async () => {
    const a = new CachedAdmission(queue, 'screening', 60_000);
    for (let i = 0; i < 3; i++) {
      await a.admit(3);
      await queue.add('screening', { i });
    }
    await expect(a.admit(3)).rejects.toMatchObject({ code: 'unavailable', detail: expect.stringMatching(/screening queue is full \(3 waiting\)/) });
    await queue.drain();
    await expect(a.admit(3)).resolves.toBeUndefined(); // the stale estimate is read again before refusing
  });

  it('when other processes filled the queue, then a fresh read refuses; within the fresh window requests cost one count between them, not one per request', async () => {
    await queue.drain();
    await queue.addBulk(Array.from({ length: 5 }, (_, i) => ({ name: 'screening', data: { i } })));
    const monitor = await conn.monitor(); // a connection of its own (ioredis duplicates `conn`; `new Redis().monitor()` leaked the first)
    const reads: string[][] = [];
    const fences = new Set<string>();
    monitor.on('monitor', (_t: string, args: string[]) => {
      if (/^echo$/i.test(args[0] ?? '')) fences.add(args[1] ?? '');
      else if (args.some((x) => x === `${prefix}:screen:wait`)) reads.push(args);
    });
    // MONITOR lines arrive after the replies: a command sent after the ones counted, seen through MONITOR, fences them
    const seenUpToHere = async (fence: string) => {
      await conn.echo(`fence-${prefix}-${fence}`);
      await waitFor(() => fences.has(`fence-${prefix}-${fence}`), `the ${fence} fence through MONITOR`, 30_000, 10);
    };
    try {
      const a = new CachedAdmission(queue, 'screening', 60_000);
      await expect(a.admit(5)).rejects.toMatchObject({ code: 'unavailable' });
      await queue.drain();
      await seenUpToHere('before');
      const before = reads.length;
      for (let i = 0; i < 10; i++) await a.admit(100); // one after another: the count read for the refusal above is fresh
      await Promise.all(Array.from({ length: 10 }, () => a.admit(100))); // and all at once
      await seenUpToHere('after');
      expect(reads.length - before).toBeLessThanOrEqual(1);
    } finally {
      monitor.disconnect();
    }
  });
});
