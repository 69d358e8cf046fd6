import { randomUUID } from 'node:crypto';
import { ReplyHub, workerConnection } from '@screening/queue';
import { createLogger } from '@screening/runtime';
import { MatchRequestSchema, QueueNames } from '@screening/schemas';
import { startWorkerApp, type WorkerApp } from '@screening/worker';
import { assertRedis, waitFor, WATCHLISTS } from '@screening/testkit';
import { Worker } from 'bullmq';
import request from 'supertest';
import { runJob } from '../src/use-cases/run-job';
import { type TestStack, startStack } from './support/stack';

const OFAC_SAMPLE = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;
const LISTED = { entity: { name: 'Dmitry Yuryevich Khoroshev', type: 'person' } };
const phases = (header: string | undefined) => Object.fromEntries((header ?? '').split(', ').filter(Boolean).map((p) => [p.split(';')[0], Number(p.split('dur=')[1])]));

describe('direct reply path of synchronous calls (real API, BullMQ and Redis)', () => {
  beforeAll(() => assertRedis());

  describe('with a worker', () => {
    let s: TestStack;
    beforeAll(async () => {
      s = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, SERVER_TIMING: 'true' });
    });
    afterAll(() => s?.close());

    it('when a worker answers a match, then the answer comes on the API instance\'s reply channel (Server-Timing carries the worker\'s phases) and no waiter is left', async () => {
      const res = await request(s.app).post('/v1/match').send(LISTED).expect(200);
      expect(res.body.matches[0]).toMatchObject({ list: 'us_ofac_sdn', match: true });
      const p = phases(res.headers['server-timing']);
      // worker marks exist only in a reply published on the channel (a polled job carries none)
      for (const name of ['http', 'admit', 'queue', 'prep', 'engine', 'post', 'reply', 'resp', 'total']) expect(p[name]).toEqual(expect.any(Number));
      expect(p.total).toBeGreaterThanOrEqual(p.engine!);
      expect(s.deps.replies.pending).toBe(0);
    });

    it('when the reply is missed (nobody listens on the channel the job names), then the waiter finds the finished job and still answers', async () => {
      const deaf = new ReplyHub(workerConnection(s.config), s.config.REDIS_PREFIX, `deaf-${randomUUID()}`); // never subscribed
      try {
        const out = await runJob<{ matches: { match: boolean }[] }>(s.deps.screenQueue, deaf, { kind: 'match', tenant: 'default', request: MatchRequestSchema.parse(LISTED) }, { timeoutMs: 20_000 });
        expect(out.done).toBe(true);
        expect(out.done && out.result.matches[0]?.match).toBe(true);
        expect(deaf.pending).toBe(0);
      } finally {
        deaf.close();
      }
    });

    it('when Server-Timing is off (the default), then answers carry no timings', async () => {
      const off = await startStack({ SCREENING_LISTS: OFAC_SAMPLE }, { worker: false });
      try {
        const res = await request(off.app).get('/healthz').expect(200);
        expect(res.headers['server-timing']).toBeUndefined();
      } finally {
        await off.close();
      }
      const on = await request(s.app).post('/v1/compare').send({ a: { name: 'Vladimir Putin' }, b: { name: 'PUTIN, Vladimir' } }).expect(200);
      expect(phases(on.headers['server-timing']).engine).toEqual(expect.any(Number));
    });
  });

  describe('the worker holding the job dies', () => {
    let s: TestStack;
    let rescuer: WorkerApp | undefined;
    beforeAll(async () => {
      s = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, SCREEN_SYNC_TIMEOUT_MS: '60000', WORKER_LOCK_DURATION_MS: '1000', WORKER_STALLED_INTERVAL_MS: '500' }, { worker: false });
    });
    afterAll(async () => {
      await rescuer?.close();
      await s?.close();
    });

    it('when the worker that took a match dies mid-job, then another worker runs it again (stalled job) and the waiting request gets the answer', async () => {
      // a worker that takes the job and then "dies": its connection is cut, its lock is never renewed again
      const conn = workerConnection(s.config);
      conn.on('error', () => undefined);
      const doomed = new Worker(QueueNames.screen, () => new Promise(() => undefined), { connection: conn, prefix: s.config.REDIS_PREFIX, lockDuration: 1000, stalledInterval: 500 });
      doomed.on('error', () => undefined);
      const pending = request(s.app).post('/v1/match').send(LISTED).then((r) => r);
      await waitFor(async () => (await s.deps.screenQueue.getActiveCount()) === 1, 'the doomed worker to take the job');
      conn.disconnect();
      void doomed.close(true).catch(() => undefined);

      rescuer = await startWorkerApp(s.config, createLogger({ level: 'silent', name: 'rescuer' }));
      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.body.matches[0]).toMatchObject({ list: 'us_ofac_sdn', match: true });
      const [job] = await s.deps.screenQueue.getJobs(['completed']);
      expect(job?.stalledCounter ?? 0).toBeGreaterThanOrEqual(1);
    });
  });

  describe('no worker answers', () => {
    let s: TestStack;
    beforeAll(async () => {
      s = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, SCREEN_SYNC_TIMEOUT_MS: '300' }, { worker: false });
    });
    afterAll(() => s?.close());

    it('when no worker answers within SCREEN_SYNC_TIMEOUT_MS, then the match is a 503 problem+json with Retry-After, no internal text, and no waiter is left', async () => {
      const res = await request(s.app).post('/v1/match').send(LISTED);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.body).toMatchObject({ status: 503, code: 'unavailable', detail: 'no worker answered in time; retry shortly' });
      expect(JSON.stringify(res.body)).not.toMatch(/replies|bullmq|redis:|Khoroshev/i);
      expect(s.deps.replies.pending).toBe(0);
    });
  });
});
