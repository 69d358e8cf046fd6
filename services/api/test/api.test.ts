import { assertRedis, waitFor, WATCHLISTS } from '@screening/testkit';
import request from 'supertest';
import { type TestStack, startStack } from './support/stack';

const OFAC_SAMPLE = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;

describe('API with an in-process worker on real Redis', () => {
  let stack: TestStack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, API_KEYS: 'k-screen:screen,k-admin:admin:acme,k-batch:batch' });
  });
  afterAll(async () => {
    await stack?.close();
  });
  const auth = { Authorization: 'Bearer k-screen' };

  it('when alive, then /healthz is 200 and /readyz reports the worker and list', async () => {
    await request(stack.app).get('/healthz').expect(200);
    const ready = await request(stack.app).get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ ready: true, workers: 1, lists: 1 });
  });

  it('when matching a listed name, then the entity comes back with list version and explanation', async () => {
    const lists = await request(stack.app).get('/v1/lists').set(auth).expect(200);
    const ofac = lists.body.find((l: { id: string }) => l.id === 'us_ofac_sdn');
    expect(ofac.entities).toBe(17);
    const res = await request(stack.app).post('/v1/match').set(auth).send({ entity: { name: 'Dmitry Yuryevich Khoroshev', type: 'person' } }).expect(200);
    expect(res.body.matches[0]).toMatchObject({ list: 'us_ofac_sdn', listVersion: ofac.version, match: true });
    expect(res.body.matches[0].name).toMatch(/KHOROSHEV/);
    expect(res.body.matches[0].explanation.text).toEqual(expect.any(String));
  });

  it('when comparing, then the score is deterministic across calls', async () => {
    const body = { a: { name: 'Vladimir Putin' }, b: { name: 'PUTIN, Vladimir Vladimirovich', type: 'person' } };
    const one = await request(stack.app).post('/v1/compare').set(auth).send(body).expect(200);
    const two = await request(stack.app).post('/v1/compare').set(auth).send(body).expect(200);
    expect(one.body.score).toBeGreaterThan(0.5);
    expect(two.body).toEqual(one.body);
  });

  it('when screening a shipment, then each party is screened and the result can be fetched by id', async () => {
    const res = await request(stack.app)
      .post('/v1/screenings')
      .set(auth)
      .send({ reference: 'PO-1', parties: [{ role: 'buyer', name: 'Acme Coffee Roasters' }, { role: 'consignee', name: 'Dmitry Yuryevich KHOROSHEV', type: 'person', country: 'RU' }] })
      .expect(200);
    expect(res.body.decision).toBe('block');
    expect(res.body.parties).toHaveLength(2);
    expect(res.body.parties[1].matches[0].match).toBe(true);
    expect(res.body.flags.some((f: { ruleId: string; parties: number[] }) => f.ruleId === 'A1' && f.parties.includes(1))).toBe(true);
    const again = await request(stack.app).get(`/v1/screenings/${res.body.id}`).set(auth).expect(200);
    expect(again.body).toEqual(res.body);
    // another tenant cannot read it
    await request(stack.app).get(`/v1/screenings/${res.body.id}`).set({ 'X-API-Key': 'k-admin' }).expect(404);
  });

  it.each([
    ['malformed JSON', '{"entity":', 400, 'malformed-json'],
    ['missing name', { entity: { type: 'person' } }, 400, 'validation'],
    ['wrong types', { entity: { name: 42 }, limit: 'ten' }, 400, 'validation'],
    ['unknown list', { entity: { name: 'x' }, lists: ['nope'] }, 422, 'list-not-loaded'],
  ])('when the body has %s, then a %i problem names it and the service keeps serving', async (_what, body, status, code) => {
    const req = request(stack.app).post('/v1/match').set(auth).set('Content-Type', 'application/json');
    const res = await req.send(typeof body === 'string' ? body : JSON.stringify(body)).expect(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code, type: `/problems/${code}` });
    await request(stack.app).get('/healthz').expect(200);
  });

  it('when a field is wrong, then the problem points at it', async () => {
    const res = await request(stack.app).post('/v1/screenings').set(auth).send({ parties: [{ role: 'buyer' }] }).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/parties/0/name' })]));
  });

  it('when the body is over the limit, then 413', async () => {
    const res = await request(stack.app).post('/v1/match').set(auth).send({ entity: { name: 'x'.repeat(2_000_000) } }).expect(413);
    expect(res.body.code).toBe('payload-too-large');
  });

  it('when a query needs more matching work than allowed, then a 422 work-limit problem names the field', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}x`).join(' ');
    const res = await request(stack.app).post('/v1/match').set(auth).send({ entity: { name: 'Ok Name', aliases: ['x', long] } }).expect(422);
    expect(res.body).toMatchObject({ code: 'work-limit', type: '/problems/work-limit' });
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/entity/aliases/1' })]);
    const shipment = await request(stack.app).post('/v1/screenings').set(auth).send({ parties: [{ role: 'buyer', name: 'Acme' }, { role: 'seller', name: long }] }).expect(422);
    expect(shipment.body.errors).toEqual([expect.objectContaining({ pointer: '/parties/1/name' })]);
  });

  it('when a screening job failed inside the worker, then GET answers a problem without the internal failure text', async () => {
    const id = `scr-broken-${Date.now()}`;
    const queue = stack.deps.screenQueue as unknown as { add: (n: string, d: unknown, o: unknown) => Promise<{ id?: string }> };
    await queue.add('screening', { kind: 'screening', tenant: 'default', id, request: { parties: 'not a list' } }, { jobId: id });
    await waitFor(async () => (await stack.deps.screenQueue.getJobState(id)) === 'failed', 'the job to fail');
    const res = await request(stack.app).get(`/v1/screenings/${id}`).set(auth).expect(500);
    expect(res.body.code).toBe('internal');
    expect(JSON.stringify(res.body)).not.toMatch(/invalid job payload|parties|expected/i);
  });

  it('when the route is unknown, then 404 problem', async () => {
    const res = await request(stack.app).get('/v1/nope').expect(404);
    expect(res.body.code).toBe('not-found');
  });

  it('when the key is missing, unknown or lacks the scope, then 401/401/403', async () => {
    await request(stack.app).post('/v1/match').send({ entity: { name: 'x' } }).expect(401);
    await request(stack.app).post('/v1/match').set('Authorization', 'Bearer wrong').send({ entity: { name: 'x' } }).expect(401);
    const res = await request(stack.app).post('/v1/match').set('X-API-Key', 'k-batch').send({ entity: { name: 'x' } }).expect(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('when asked for the OpenAPI document, then it describes the endpoints from the schemas', async () => {
    const res = await request(stack.app).get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/v1/match', '/v1/screenings', '/v1/compare']));
    expect(res.body.components.schemas.Match).toBeDefined();
    await request(stack.app).get('/docs/').expect(200);
  });
});

describe('readiness without a worker', () => {
  it('when no worker consumes, then /readyz is 503 with the reason', async () => {
    const stack = await startStack({ SCREENING_LISTS: OFAC_SAMPLE }, { worker: false });
    try {
      const res = await request(stack.app).get('/readyz').expect(503);
      expect(res.body.reasons.join(' ')).toMatch(/no worker/);
    } finally {
      await stack.close();
    }
  });
});
