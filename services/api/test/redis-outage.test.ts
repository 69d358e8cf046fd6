import { createLogger } from '@screening/runtime';
import { testConfig, WATCHLISTS, waitFor } from '@screening/testkit';
import request from 'supertest';
import { createApp, createDeps } from '../src/app';
import { type OwnRedis, ownRedis } from '@screening/testkit';
import { type TestStack, startStack } from './support/stack';

const LISTS = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;
const body = { entity: { name: 'Dmitry Yuryevich Khoroshev', type: 'person' } };
/**
 * What "fails fast" is told from. A request that needs Redis while it is down is answered without waiting on
 * anything; the alternatives are waiting out SCREEN_SYNC_TIMEOUT_MS (set to SYNC_MS here, and its 503 says
 * 'no worker answered in time': the tests check the problem's detail names Redis instead) or hanging on a
 * command that never returns. HANG_MS tells an answer from a hang on however loaded a machine; it is no
 * latency bound (fail-fast answers take milliseconds when the machine is quiet).
 */
const SYNC_MS = 30_000;
const HANG_MS = 10_000;
const REDIS_DOWN = /^Redis is not reachable/;

/** Runs a request and returns its status, problem code and detail, and how long it took. */
async function timed(run: () => PromiseLike<{ status: number; body: { code?: string; detail?: string } }>) {
  const t = Date.now();
  const res = await run();
  return { status: res.status, code: res.body.code, detail: res.body.detail, ms: Date.now() - t };
}

describe('Redis outage', () => {
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = await ownRedis();
  });
  afterAll(async () => {
    await redis?.destroy();
  });

  it('when Redis stops during traffic, then requests fail fast with 503 and readiness is 503; when it returns, both recover by themselves', async () => {
    await redis.start();
    const stack: TestStack = await startStack({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS, SCREEN_SYNC_TIMEOUT_MS: String(SYNC_MS) });
    try {
      await request(stack.app).post('/v1/match').send(body).expect(200);

      await redis.stop();
      const during = [];
      for (let i = 0; i < 5; i++) {
        during.push(await timed(() => request(stack.app).post('/v1/match').send(body)));
        during.push(await timed(() => request(stack.app).get('/v1/lists')));
      }
      for (const r of during) {
        expect(r).toMatchObject({ status: 503, code: 'unavailable', detail: expect.stringMatching(REDIS_DOWN) });
        expect(r.ms).toBeLessThan(HANG_MS);
      }
      const ready = await timed(() => request(stack.app).get('/readyz'));
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(HANG_MS);

      await redis.start();
      // the API and the worker reconnect with back-off and the worker heartbeats again: as long as that takes
      await waitFor(async () => (await request(stack.app).get('/readyz')).status === 200, 'readiness to recover', 60_000, 200);
      const res = await request(stack.app).post('/v1/match').send(body).expect(200);
      expect(res.body.matches[0].match).toBe(true);
    } finally {
      await stack.close();
    }
  }, 120_000);

  it('when Redis stops while a request waits for its worker, then that request gets a 503 at once instead of waiting out its timeout', async () => {
    await redis.start();
    const stack = await startStack({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS, SCREEN_SYNC_TIMEOUT_MS: String(SYNC_MS) }, { worker: false });
    try {
      const inflight = timed(() => request(stack.app).post('/v1/match').send(body)); // no worker: it would wait SYNC_MS
      // the request waits for its worker once its job is queued
      await waitFor(async () => (await stack.deps.screenQueue.count()) === 1, 'the job of the request to be queued', 30_000);
      await redis.stop();
      const res = await inflight;
      // answered because the connection dropped, not because the timeout ran out ('no worker answered in time')
      expect(res).toMatchObject({ status: 503, code: 'unavailable', detail: expect.stringMatching(/^the connection to Redis was lost while waiting for the worker/) });
      expect(res.ms).toBeLessThan(SYNC_MS);
    } finally {
      await stack.close();
    }
  }, 120_000);

  it('when Redis is down at shutdown, then the worker and the API close completely instead of leaving closes (and their timers) behind', async () => {
    await redis.start();
    const stack = await startStack({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS });
    const worker = stack.worker!;
    await redis.stop();
    // the connections now wait between reconnection attempts, where a disconnect used to leave them neither up nor ended
    await waitFor(() => !worker.health.redisReady(), 'the worker to see Redis down', 30_000);
    await stack.close();
    // stack.close() bounds each close with a timeout; the ones it gave up on must still finish (a Worker still closing
    // keeps extending its locks every 7.5 s, a QueueEvents keeps its read watchdog: the process cannot exit)
    const finished = (p: Promise<void> | undefined) => Promise.race([Promise.resolve(p).then(() => true, () => true), new Promise<false>((r) => setTimeout(() => r(false), HANG_MS).unref())]);
    expect(await finished(worker.worker.closing)).toBe(true);
    expect(await finished(stack.deps.listTasks.events.closing)).toBe(true);
  }, 120_000);

  it('when Redis is down at start, then the API starts, answers 503 at once, and serves once Redis comes up', async () => {
    await redis.stop();
    const config = testConfig({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS, SCREEN_SYNC_TIMEOUT_MS: String(SYNC_MS) });
    const deps = await createDeps(config, createLogger({ level: 'silent', name: 'test' }));
    const app = createApp(deps);
    try {
      const r = await timed(() => request(app).post('/v1/match').send(body));
      expect(r).toMatchObject({ status: 503, code: 'unavailable', detail: expect.stringMatching(REDIS_DOWN) });
      expect(r.ms).toBeLessThan(HANG_MS);
      expect((await request(app).get('/readyz')).status).toBe(503);
      expect((await request(app).get('/healthz')).status).toBe(200);

      // operations pages: concurrent scrapes answer at once (no pile-up behind a hanging one), the board says 503 without internal text
      const scrapes = await Promise.all(Array.from({ length: 5 }, () => timed(() => request(app).get('/metrics'))));
      for (const m of scrapes) expect(m).toMatchObject({ status: 200 });
      expect(Math.max(...scrapes.map((m) => m.ms))).toBeLessThan(HANG_MS);
      expect((await request(app).get('/metrics')).text).toMatch(/screening_redis_up 0/);
      const board = await timed(() => request(app).get('/admin/queues/api/queues'));
      expect(board).toMatchObject({ status: 503, code: 'unavailable', detail: expect.stringMatching(REDIS_DOWN) });
      expect(board.ms).toBeLessThan(HANG_MS);
      const boardBody = (await request(app).get('/admin/queues/api/queues')).text;
      expect(boardBody).not.toMatch(/ECONNREFUSED|Connection is closed|stack|at .*\.js/i);
      const page = await timed(() => request(app).get('/admin'));
      expect(page).toMatchObject({ status: 200 });
      expect(page.ms).toBeLessThan(HANG_MS);
      expect((await request(app).get('/admin')).text).toMatch(/Redis is not reachable/);

      await redis.start();
      await waitFor(async () => (await request(app).get('/readyz')).body.reasons?.includes('redis is not reachable') === false, 'the API to reach Redis', 60_000, 100);
      // no worker in this test: Redis answers, so the list registry is simply empty
      const late = await request(app).get('/v1/lists').expect(200);
      expect(late.body).toEqual([]);
    } finally {
      await deps.close();
    }
  }, 120_000);
});
