import { pingRedis } from '@screening/queue';
import { createLogger } from '@screening/runtime';
import { testConfig, WATCHLISTS, waitFor } from '@screening/testkit';
import request from 'supertest';
import { createApp, createDeps } from '../src/app';
import { type OwnRedis, ownRedis } from '@screening/testkit';
import { type TestStack, startStack } from './support/stack';

const LISTS = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;
const body = { entity: { name: 'Dmitry Yuryevich Khoroshev', type: 'person' } };

/** Runs a request and returns its status and how long it took. */
async function timed(run: () => Promise<{ status: number; body: { code?: string } }>) {
  const t = Date.now();
  const res = await run();
  return { status: res.status, code: res.body.code, ms: Date.now() - t };
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
    const stack: TestStack = await startStack({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS, SCREEN_SYNC_TIMEOUT_MS: '3000' });
    try {
      await request(stack.app).post('/v1/match').send(body).expect(200);

      await redis.stop();
      const during = [];
      for (let i = 0; i < 5; i++) {
        during.push(await timed(() => request(stack.app).post('/v1/match').send(body)));
        during.push(await timed(() => request(stack.app).get('/v1/lists')));
      }
      for (const r of during) {
        expect(r).toMatchObject({ status: 503, code: 'unavailable' });
        expect(r.ms).toBeLessThan(1000);
      }
      const ready = await timed(() => request(stack.app).get('/readyz'));
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(1500);

      await redis.start();
      await waitFor(async () => (await request(stack.app).get('/readyz')).status === 200, 'readiness to recover', 20_000, 200);
      const res = await request(stack.app).post('/v1/match').send(body).expect(200);
      expect(res.body.matches[0].match).toBe(true);
    } finally {
      await stack.close();
    }
  }, 60_000);

  it('when Redis stops while a request waits for its worker, then that request gets a 503 at once instead of waiting out its timeout', async () => {
    if (!(await pingRedis(redis.url, 200))) await redis.start();
    const stack = await startStack({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS, SCREEN_SYNC_TIMEOUT_MS: '8000' }, { worker: false });
    try {
      const inflight = timed(() => request(stack.app).post('/v1/match').send(body)); // no worker: it would wait 8 s
      await new Promise((r) => setTimeout(r, 300));
      const stopped = Date.now();
      await redis.stop();
      const res = await inflight;
      expect(res).toMatchObject({ status: 503, code: 'unavailable' });
      expect(Date.now() - stopped).toBeLessThan(1500);
    } finally {
      await stack.close();
    }
  }, 30_000);

  it('when Redis is down at start, then the API starts, answers 503 at once, and serves once Redis comes up', async () => {
    if (await pingRedis(redis.url, 200)) await redis.stop();
    const config = testConfig({ REDIS_URL: redis.url, SCREENING_LISTS: LISTS });
    const deps = await createDeps(config, createLogger({ level: 'silent', name: 'test' }));
    const app = createApp(deps);
    try {
      const r = await timed(() => request(app).post('/v1/match').send(body));
      expect(r).toMatchObject({ status: 503, code: 'unavailable' });
      expect(r.ms).toBeLessThan(1000);
      expect((await request(app).get('/readyz')).status).toBe(503);
      expect((await request(app).get('/healthz')).status).toBe(200);

      // operations pages: concurrent scrapes answer at once (no pile-up behind a hanging one), the board says 503 without internal text
      const scrapes = await Promise.all(Array.from({ length: 5 }, () => timed(() => request(app).get('/metrics'))));
      for (const m of scrapes) expect(m).toMatchObject({ status: 200 });
      expect(Math.max(...scrapes.map((m) => m.ms))).toBeLessThan(1500);
      expect((await request(app).get('/metrics')).text).toMatch(/screening_redis_up 0/);
      const board = await timed(() => request(app).get('/admin/queues/api/queues'));
      expect(board).toMatchObject({ status: 503, code: 'unavailable' });
      expect(board.ms).toBeLessThan(1000);
      const boardBody = (await request(app).get('/admin/queues/api/queues')).text;
      expect(boardBody).not.toMatch(/ECONNREFUSED|Connection is closed|stack|at .*\.js/i);
      const page = await timed(() => request(app).get('/admin'));
      expect(page).toMatchObject({ status: 200 });
      expect(page.ms).toBeLessThan(1500);
      expect((await request(app).get('/admin')).text).toMatch(/Redis is not reachable/);

      await redis.start();
      await waitFor(async () => (await request(app).get('/readyz')).body.reasons?.includes('redis is not reachable') === false, 'the API to reach Redis', 10_000, 100);
      // no worker in this test: Redis answers, so the list registry is simply empty
      const late = await request(app).get('/v1/lists').expect(200);
      expect(late.body).toEqual([]);
    } finally {
      await deps.close();
    }
  }, 30_000);
});
