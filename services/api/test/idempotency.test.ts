import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { IdempotencyStore } from '@screening/queue';
import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { jsonFingerprint } from '../src/use-cases/idempotent';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

const ACME = { Authorization: 'Bearer key-acme-idem-0001' };
const OTHER = { Authorization: 'Bearer key-other-idem-002' };
const KEYS = 'key-acme-idem-0001:admin:acme,key-other-idem-002:admin:other';
const LISTS = `sample:${join(__dirname, '..', '..', '..', 'packages', 'watchlists', 'data', 'sample-list.json')}`;

const shipment = (buyer = 'Acme Coffee Roasters') => ({
  reference: 'PO-IDEM-1',
  parties: [
    { role: 'seller', name: 'Nordic Timber AB', country: 'SE' },
    { role: 'buyer', name: buyer, country: 'US' },
  ],
});
const newKey = () => `"idem-${randomBytes(6).toString('hex')}"`;
const csv = (n: number, tag = 'Customer') => `name,customer_id\n${Array.from({ length: n }, (_, i) => `${tag} ${i + 1} Trading,C-${i + 1}`).join('\n')}\n`;

describe('Idempotency-Key on POST /v1/screenings and POST /v1/batches (draft-ietf-httpapi-idempotency-key-header)', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    // hash-tagged prefix, as under Redis Cluster: the record and its lease must share a slot
    s = await startStack({ API_KEYS: KEYS, SCREENING_LISTS: LISTS, REDIS_PREFIX: `{t-idem-${randomBytes(3).toString('hex')}}` });
  });
  afterAll(() => s?.close());

  const screen = (key: string | undefined, body: unknown, auth = ACME) => {
    const r = request(s.app).post('/v1/screenings').set(auth);
    return (key ? r.set('Idempotency-Key', key) : r).send(body as object);
  };

  it('when a screening is repeated with the same key and body, then the original response comes back (same id, Idempotent-Replayed) and no second screening is made', async () => {
    const key = newKey();
    const first = await screen(key, shipment()).expect(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(first.body.id).toMatch(/^scr-/);
    // same content with another key order is the same request
    const { parties, reference } = shipment();
    const again = await screen(key, { parties, reference }).expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // the bare (unquoted) form of the same key is the same key
    const bare = await screen(key.slice(1, -1), shipment()).expect(200);
    expect(bare.body.id).toBe(first.body.id);
    // without a key: a new screening
    const plain = await screen(undefined, shipment()).expect(200);
    expect(plain.body.id).not.toBe(first.body.id);
    // only one job was queued for the key's request
    const jobs = await s.deps.screenQueue.getJobs(['completed', 'waiting', 'active', 'failed']);
    expect(jobs.filter((j) => j.id === first.body.id)).toHaveLength(1);
    expect(jobs.filter((j) => j.data.kind === 'screening')).toHaveLength(2);
  });

  it('when the same key comes with a different body, then 422 problem naming Idempotency-Key; another tenant may use the same key', async () => {
    const key = newKey();
    const first = await screen(key, shipment()).expect(200);
    const other = await screen(key, shipment('Globex Corporation'));
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.body).toMatchObject({ status: 422, code: 'unprocessable', errors: [{ field: 'Idempotency-Key', pointer: '/headers/Idempotency-Key' }] });
    const tenant2 = await screen(key, shipment('Globex Corporation'), OTHER).expect(200);
    expect(tenant2.headers['idempotent-replayed']).toBeUndefined();
    expect(tenant2.body.id).not.toBe(first.body.id);
  });

  it('when the key is not a valid key, then 400 naming the header; a refused request does not use up its key', async () => {
    for (const bad of ['"unterminated', '"a" "b"', 'x'.repeat(256), '"é"']) {
      const r = await screen(bad, shipment());
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field: 'Idempotency-Key' });
    }
    const key = newKey();
    await screen(key, { parties: 'nope' }).expect(400);
    await screen(key, shipment()).expect(200); // the 400 did not bind the key to the bad body
  });

  it('when a batch upload is repeated with the same key (another multipart framing of the same file), then the same batch id is replayed; a different file is a 422', async () => {
    const key = newKey();
    const first = await request(s.app).post('/v1/batches?clientRef=r1').set(ACME).set('Idempotency-Key', key).set('Content-Type', 'text/csv').send(csv(5)).expect(202);
    expect(first.body).toMatchObject({ id: expect.stringMatching(/^bat-/), rows: 5 });
    const raw = await request(s.app).post('/v1/batches?clientRef=r1').set(ACME).set('Idempotency-Key', key).set('Content-Type', 'text/csv').send(csv(5)).expect(202);
    expect(raw.headers['idempotent-replayed']).toBe('true');
    expect(raw.headers.location).toBe(`/v1/batches/${first.body.id}`);
    expect(raw.body).toEqual(first.body);
    const multi = await request(s.app).post('/v1/batches?clientRef=r1').set(ACME).set('Idempotency-Key', key).attach('file', Buffer.from(csv(5)), 'parties.csv').expect(202);
    expect(multi.body.id).toBe(first.body.id);
    const changed = await request(s.app).post('/v1/batches?clientRef=r1').set(ACME).set('Idempotency-Key', key).set('Content-Type', 'text/csv').send(csv(6));
    expect(changed.status).toBe(422);
    expect(changed.body.errors[0]).toMatchObject({ field: 'Idempotency-Key' });
    const otherOptions = await request(s.app).post('/v1/batches?clientRef=r2').set(ACME).set('Idempotency-Key', key).set('Content-Type', 'text/csv').send(csv(5));
    expect(otherOptions.status).toBe(422);
    await waitFor(async () => (await request(s.app).get(`/v1/batches/${first.body.id}`).set(ACME)).body.status === 'completed', 'the batch');
  });

  it('when the request that holds a key died (its lease ran out), then a retry takes it over with the same screening id', async () => {
    const key = newKey().slice(1, -1);
    const crashed = new IdempotencyStore(s.deps.redis, s.config.REDIS_PREFIX, 600, 100); // a holder that never renews
    const rkey = crashed.key('acme', 'screenings', key);
    const claim = await crashed.claim(rkey, { state: 'running', id: 'scr-from-a-crashed-api', fingerprint: jsonFingerprint(shipment()) }, 'dead-holder');
    expect(claim.outcome).toBe('new');
    // while the lease lives: 409 with Retry-After
    const busy = await screen(key, shipment());
    expect(busy.status).toBe(409);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.body.errors[0]).toMatchObject({ field: 'Idempotency-Key' });
    await new Promise((r) => setTimeout(r, 150));
    // a different body is still refused after the take-over point
    expect((await screen(key, shipment('Globex Corporation'))).status).toBe(422);
    const retry = await screen(key, shipment()).expect(200);
    expect(retry.body.id).toBe('scr-from-a-crashed-api');
    const replay = await screen(key, shipment()).expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe('scr-from-a-crashed-api');
  });
});

describe('Idempotency-Key while the first request is in flight', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    // no worker: a screening waits out SCREEN_SYNC_TIMEOUT_MS and is answered 202
    s = await startStack({ API_KEYS: KEYS, SCREEN_SYNC_TIMEOUT_MS: '1500' }, { worker: false });
  });
  afterAll(() => s?.close());

  it('when a duplicate arrives while the first is running, then 409 with Retry-After; after the first answered 202, the repeat replays that 202 with the same id', async () => {
    const key = newKey();
    const first = request(s.app).post('/v1/screenings').set(ACME).set('Idempotency-Key', key).send(shipment()).then((r) => r);
    await waitFor(() => s.deps.replies.pending > 0, 'the first request to wait for its worker');
    const dup = await request(s.app).post('/v1/screenings').set(ACME).set('Idempotency-Key', key).send(shipment());
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ status: 409, code: 'conflict', errors: [{ field: 'Idempotency-Key' }] });
    expect(Number(dup.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const r1 = await first;
    expect(r1.status).toBe(202);
    const again = await request(s.app).post('/v1/screenings').set(ACME).set('Idempotency-Key', key).send(shipment()).expect(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(r1.body);
    expect(again.headers.location).toBe(r1.headers.location);
    expect(await s.deps.screenQueue.getJobCountByTypes('waiting', 'prioritized')).toBe(1);
  });
});
