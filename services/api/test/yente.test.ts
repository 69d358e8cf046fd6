import { assertRedis, WATCHLISTS } from '@screening/testkit';
import request from 'supertest';
import { type TestStack, startStack } from './support/stack';

describe('POST /match/{dataset} (yente-compatible) with an in-process worker on real Redis', () => {
  let stack: TestStack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, API_KEYS: 'k-screen:screen' });
  });
  afterAll(async () => {
    await stack?.close();
  });
  const auth = { Authorization: 'Bearer k-screen' };
  const post = (dataset: string, body: unknown, query = '') => request(stack.app).post(`/match/${dataset}${query}`).set(auth).send(body as object);

  it('when a batch of FtM queries is sent, then each key gets yente-shaped results from this engine', async () => {
    const res = await post('default', {
      queries: {
        q1: { schema: 'Person', properties: { name: ['Dmitriy Yurievich Khoroshev'], nationality: ['ru'] } },
        q2: { schema: 'Company', properties: { name: ['Bel Kap Steel Limited Liability Company'] } },
        q3: { schema: 'Person', properties: { name: ['Jane Q. Nobody'] } },
      },
    }).expect(200);
    const q1 = res.body.responses.q1;
    expect(q1.status).toBe(200);
    expect(q1.results[0]).toMatchObject({
      id: 'us_ofac_sdn:48603', caption: 'KHOROSHEV, Dmitry Yuryevich', schema: 'Person', datasets: ['us_ofac_sdn'], match: true, band: 'strong', matchedOn: 'name',
      features: expect.objectContaining({ name: expect.any(Number) }),
    });
    expect(q1.total).toEqual({ value: 1, relation: 'eq' });
    expect(q1.query.properties.name).toEqual(['Dmitriy Yurievich Khoroshev']);
    // a name alone, however exact, is a potential match for an analyst to confirm (band), decided on the name
    expect(res.body.responses.q2.results[0]).toMatchObject({ id: 'us_ofac_sdn:44525', schema: 'Organization', match: true, band: 'potential', matchedOn: 'name' });
    expect(res.body.responses.q3).toMatchObject({ results: [], total: { value: 0, relation: 'eq' } });
    expect(res.body.algorithm).toMatch(/@/);
  });

  it('when a threshold is passed, then it decides `match` and the cut-off', async () => {
    const body = { queries: { q: { schema: 'Person', properties: { name: ['Dmitry Khoroshev'] } } } };
    const strict = await post('us_ofac_sdn', body, '?threshold=0.99').expect(200);
    // above the threshold nothing matches; near matches of the review band may come back with match: false
    expect(strict.body.responses.q.results.filter((x: { match: boolean }) => x.match)).toEqual([]);
    expect(strict.body.responses.q.total).toEqual({ value: 0, relation: 'eq' });
    const near = strict.body.responses.q.results;
    expect(near.length).toBeGreaterThan(0);
    for (const r of near) expect(r).toMatchObject({ match: false, band: 'review', matchedOn: 'name' });
    const loose = await post('us_ofac_sdn', body, '?threshold=0.5&limit=1').expect(200);
    expect(loose.body.responses.q.results).toHaveLength(1);
    expect(loose.body.limit).toBe(1);
  });

  it.each([
    ['a query without a name', { queries: { q1: { schema: 'Person', properties: { birthDate: ['1990'] } } } }, '', 400, '/queries/q1/properties/name'],
    ['an unknown schema', { queries: { q1: { schema: 'Sanction', properties: { name: ['x'] } } } }, '', 400, '/queries/q1/schema'],
    ['no queries', { queries: {} }, '', 400, '/queries'],
    ['a limit out of range', { queries: { q1: { schema: 'Person', properties: { name: ['x'] } } } }, '?limit=0', 400, '?/limit'],
  ])('when the request has %s, then a 400 problem points at the field', async (_w, body, query, status, pointer) => {
    const res = await post('default', body, query).expect(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer })]));
  });

  it('when more than 100 queries come in one batch, then 400', async () => {
    const queries = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: ['x'] } }]));
    const res = await post('default', { queries }).expect(400);
    expect(res.body.detail).toMatch(/at most 100/);
  });

  it('when the dataset is not a loaded list, then a 422 problem says so', async () => {
    const res = await post('eu_fsf', { queries: { q: { schema: 'Person', properties: { name: ['x y'] } } } }).expect(422);
    expect(res.body.code).toBe('list-not-loaded');
  });

  it('when the OpenAPI document is read, then it describes the endpoint from the same schemas', async () => {
    const doc = await request(stack.app).get('/openapi.json').expect(200);
    expect(doc.body.paths['/match/{dataset}'].post.requestBody).toBeDefined();
    expect(doc.body.components.schemas.YenteMatchResponse).toBeDefined();
  });

  it('when no API key is given, then 401', async () => {
    await request(stack.app).post('/match/default').send({ queries: {} }).expect(401);
  });
});
