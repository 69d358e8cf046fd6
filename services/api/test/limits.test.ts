import { randomBytes } from 'node:crypto';
import { createLogger } from '@screening/runtime';
import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { createApp, createDeps } from '../src/app';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

const A1 = { Authorization: 'Bearer key-acme-one-0001' };
const A2 = { Authorization: 'Bearer key-acme-two-0002' };
const O1 = { Authorization: 'Bearer key-other-one-003' };
const KEYS = 'key-acme-one-0001:admin:acme,key-acme-two-0002:admin:acme,key-other-one-003:admin:other';

const csv = (rows: number, prefix = 'Customer') => `name\n${Array.from({ length: rows }, (_, i) => `${prefix} ${i + 1} Trading`).join('\n')}\n`;
const upload = (s: TestStack, auth: Record<string, string>, body: string) => request(s.app).post('/v1/batches').set(auth).set('Content-Type', 'text/csv').send(body);

describe('rate limits (Redis-backed, shared by API replicas)', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    // a hash-tagged prefix, as under Redis Cluster: the limiter's multi-key script must run on it
    s = await startStack({ API_KEYS: KEYS, REDIS_PREFIX: `{t-rl-${randomBytes(3).toString('hex')}}`, RATE_LIMIT_PER_KEY: '3', RATE_LIMIT_PER_TENANT: '5', RATE_LIMIT_WINDOW_MS: '60000' }, { worker: false });
  });
  afterAll(() => s?.close());

  it('when a key and then its tenant go over their limits across two API replicas, then 429 with Retry-After and RateLimit headers; other tenants go on', async () => {
    const replica = await createDeps(s.config, createLogger({ level: 'silent', name: 'replica' }));
    const apps = [s.app, createApp(replica)];
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await request(apps[i % 2]!).get('/v1/lists').set(A1);
        statuses.push(r.status);
        if (r.status === 200) {
          expect(r.headers['ratelimit-limit']).toBe('3');
          expect(r.headers['ratelimit-remaining']).toBe(String(2 - i));
          expect(Number(r.headers['ratelimit-reset'])).toBeGreaterThan(0);
        } else {
          expect(r.body).toMatchObject({ status: 429, code: 'rate-limited' });
          expect(r.headers['content-type']).toMatch(/problem\+json/);
          expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
          expect(r.headers['ratelimit-remaining']).toBe('0');
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      // the tenant has 5 per window: the second key of the tenant gets the 2 left, on either replica
      const second = [];
      for (let i = 0; i < 3; i++) second.push((await request(apps[i % 2]!).get('/v1/lists').set(A2)).status);
      expect(second).toEqual([200, 200, 429]);
      expect((await request(apps[1]!).get('/v1/lists').set(O1)).status).toBe(200);
      // a request without a key is not counted (auth answers it)
      expect((await request(apps[0]!).get('/v1/lists')).status).toBe(401);
    } finally {
      await replica.close();
    }
  });
});

describe('queue admission and batch quotas (no worker: everything stays queued)', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack(
      {
        API_KEYS: KEYS,
        SCREEN_QUEUE_MAX_WAITING: '2',
        SCREEN_SYNC_TIMEOUT_MS: '100',
        BATCH_TENANT_MAX_ACTIVE: '2',
        BATCH_QUEUE_MAX_WAITING_CHUNKS: '6',
        BATCH_CHUNK_SIZE: '1',
        BATCH_MAX_COLUMNS: '5',
        BATCH_MAX_HEADER_BYTES: '64',
      },
      { worker: false },
    );
  });
  afterAll(() => s?.close());

  it('when the screening queue is full, then new screenings get 503 with Retry-After instead of joining it', async () => {
    const party = { parties: [{ role: 'buyer', name: 'Acme Trading' }] };
    expect((await request(s.app).post('/v1/screenings').set(A1).send(party)).status).toBe(202);
    expect((await request(s.app).post('/v1/screenings').set(A1).send(party)).status).toBe(202);
    const full = await request(s.app).post('/v1/screenings').set(A1).send(party);
    expect(full.status).toBe(503);
    expect(full.body).toMatchObject({ code: 'unavailable', detail: expect.stringMatching(/queue is full/) });
    expect(full.headers['retry-after']).toBe('5');
    expect(await s.deps.screenQueue.count()).toBe(2);
  });

  it('when a CSV header has too many columns or bytes, then 422 names the limit', async () => {
    const wide = await upload(s, O1, 'name,a,b,c,d,e\nX,1,2,3,4,5\n');
    expect(wide.status).toBe(422);
    expect(wide.body.detail).toMatch(/6 columns; at most 5 \(BATCH_MAX_COLUMNS\)/);
    const long = await upload(s, O1, `name,${'x'.repeat(80)}\nX,1\n`);
    expect(long.status).toBe(422);
    expect(long.body.detail).toMatch(/BATCH_MAX_HEADER_BYTES/);
  });

  it('when a tenant has its maximum of active batches, then the next upload is a 429 before it is read; another tenant still uploads', async () => {
    expect((await upload(s, A1, csv(2))).status).toBe(202);
    expect((await upload(s, A2, csv(2))).status).toBe(202);
    const over = await upload(s, A1, csv(2));
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ code: 'quota-exceeded', detail: expect.stringMatching(/BATCH_TENANT_MAX_ACTIVE/) });
    expect(over.headers['retry-after']).toBeDefined();
    expect((await upload(s, O1, csv(2))).status).toBe(202);
    // 6 chunks now wait for a worker: the batch queue is full for everyone
    const full = await upload(s, { Authorization: 'Bearer key-other-one-003' }, csv(1));
    expect(full.status).toBe(503);
    expect(full.body.detail).toMatch(/batch queue is full/);
  });

});

describe('stored bytes quota, slots freed when batches end, shipment group cap (with a worker)', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack({ API_KEYS: KEYS, BATCH_TENANT_MAX_ACTIVE: '1', BATCH_TENANT_MAX_BYTES: '400', BATCH_MAX_GROUP_ROWS: '3' });
  });
  afterAll(() => s?.close());

  const completed = (auth: Record<string, string>, id: string) =>
    waitFor(async () => (await request(s.app).get(`/v1/batches/${id}`).set(auth)).body.status === 'completed', `batch ${id} to complete`, 30_000);

  it('when a batch completes, then its active slot is free again; stored bytes count until the tenant is over its quota', async () => {
    const first = await upload(s, A1, csv(3));
    expect(first.status).toBe(202);
    await completed(A1, first.body.id);
    const second = await upload(s, A1, csv(3, 'Client'));
    expect(second.status).toBe(202);
    await completed(A1, second.body.id);
    // about 2 × 65 bytes are stored: an upload of about 480 bytes crosses the 400 and is cut off, nothing kept
    const big = await upload(s, A1, csv(30, 'Big'));
    expect(big.status).toBe(429);
    expect(big.body).toMatchObject({ code: 'quota-exceeded', detail: expect.stringMatching(/BATCH_TENANT_MAX_BYTES/) });
    const other = await upload(s, O1, csv(12, 'Big'));
    expect(other.status).toBe(202);
    await completed(O1, other.body.id);
    const meta = await s.deps.redis.keys(`${s.config.REDIS_PREFIX}:batch:*:meta`);
    expect(meta).toHaveLength(3);
  });

  it('when a shipment has more rows than BATCH_MAX_GROUP_ROWS, then each of its rows is a row error and the other shipments are screened', async () => {
    const body = ['reference,role,name', 'S-1,buyer,Acme One', 'S-1,seller,Acme Two', 'S-1,consignee,Acme Three', 'S-1,carrier,Acme Four', 'S-2,buyer,Beta One', 'S-2,seller,Beta Two'].join('\n');
    const up = await upload(s, O1, `${body}\n`);
    expect(up.status).toBe(202);
    await completed(O1, up.body.id);
    const lines = (await request(s.app).get(`/v1/batches/${up.body.id}/results?format=ndjson`).set(O1)).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l: { status: string }) => l.status)).toEqual(['error', 'error', 'error', 'error', 'ok', 'ok']);
    expect(lines[0].reason).toMatch(/shipment S-1 has 4 rows; at most 3 \(BATCH_MAX_GROUP_ROWS\)/);
  });
});
