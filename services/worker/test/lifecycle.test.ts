import { createServer } from 'node:net';
import { workerConnection } from '@screening/queue';
import { createLogger } from '@screening/runtime';
import { assertRedis, cleanupPrefix, testConfig, testPrefix, WATCHLISTS, waitFor } from '@screening/testkit';
import { Queue, Worker } from 'bullmq';
import { ActiveJobs, drainWorkers } from '../src/drain';
import { startWorkerApp, type WorkerApp } from '../src/worker-app';

const logger = createLogger({ level: 'silent', name: 'test' });
const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
};

describe('worker health server', () => {
  let app: WorkerApp;
  const config = testConfig({ SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, WORKER_HEALTH_PORT: '0' });
  beforeAll(async () => {
    await assertRedis();
  });
  afterAll(async () => {
    await app?.close();
    await cleanupPrefix(config.REDIS_PREFIX);
  });

  it('when started with a health port, then /livez, /readyz and /metrics answer, and /readyz turns 503 while draining', async () => {
    // port 0 means "none" in config; pick a free one through the OS instead
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    app = await startWorkerApp({ ...config, WORKER_HEALTH_PORT: port }, logger);
    expect(app.healthPort).toBe(port);
    expect((await get(port, '/livez')).status).toBe(200);
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    const metrics = await get(port, '/metrics');
    expect(metrics.text).toMatch(/screening_worker_index_build_seconds \d/);
    expect(metrics.text).toContain('process_cpu_seconds_total');
    app.health.draining = true;
    const draining = await get(port, '/readyz');
    expect(draining.status).toBe(503);
    expect(JSON.parse(draining.text).reasons).toContain('draining: shutting down');
  });
});

describe('drain with hand-back', () => {
  const prefix = testPrefix('drain');
  const conn = workerConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  afterAll(async () => {
    await cleanupPrefix(prefix);
    conn.disconnect();
  });

  it('when a job outlives the shutdown grace period, then it is handed back and another worker completes it', async () => {
    const queue = new Queue('slow', { connection: conn, prefix });
    const active = new ActiveJobs();
    let release!: () => void;
    const never = new Promise<void>((r) => (release = r));
    const slow = new Worker('slow', active.track(async () => never), { connection: conn, prefix, concurrency: 1 });
    slow.on('error', () => undefined); // after the hand-back its lock renewals fail; the process would be exiting
    const job = await queue.add('x', { n: 1 });
    await waitFor(async () => (await job.getState()) === 'active', 'the job to be active');

    const drained = await drainWorkers([slow], active, 300, logger);
    expect(drained.handedBack).toBe(1);
    expect(drained.ms).toBeGreaterThanOrEqual(300);
    expect(['waiting', 'prioritized']).toContain(await job.getState());

    const other = new Worker('slow', async () => 'done by the other worker', { connection: conn, prefix });
    await waitFor(async () => (await queue.getJob(job.id!))?.returnvalue, 'the other worker to complete the job');
    const done = await queue.getJob(job.id!);
    expect(await done?.getState()).toBe('completed');
    expect(done?.failedReason).toBeFalsy();
    release();
    await other.close();
    await slow.close(true);
    await queue.close();
  });

  it('when active jobs finish within the grace period, then nothing is handed back', async () => {
    const queue = new Queue('quick', { connection: conn, prefix });
    const active = new ActiveJobs();
    const w = new Worker('quick', active.track(async () => new Promise((r) => setTimeout(() => r('ok'), 200))), { connection: conn, prefix });
    const job = await queue.add('x', {});
    await waitFor(async () => (await job.getState()) === 'active', 'the job to be active');
    const drained = await drainWorkers([w], active, 5000, logger);
    expect(drained.handedBack).toBe(0);
    expect(await job.getState()).toBe('completed');
    await queue.close();
  });
});
