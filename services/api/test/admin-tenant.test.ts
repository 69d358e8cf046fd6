import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

const KEYS = 'k-operator-0001:operator,k-acme-admin-01:admin:acme,k-globex-admin1:admin:globex,k-acme-batch-01:batch:acme,k-globex-batch1:batch:globex';
const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
const OPERATOR = auth('k-operator-0001');
const ACME_ADMIN = auth('k-acme-admin-01');
const GLOBEX_ADMIN = auth('k-globex-admin1');
const ACME_BATCH = auth('k-acme-batch-01');
const GLOBEX_BATCH = auth('k-globex-batch1');

/**
 * /admin and /admin/queues per tenant (issue 12, item 3). No worker runs, so uploaded batches stay queued and their
 * finalize jobs stay on the queues: what each key sees of them is the point.
 */
describe('admin pages per tenant: a tenant admin sees its own batches only; the raw queue board is for the operator', () => {
  let s: TestStack;
  let acmeBatch: string;
  let globexBatch: string;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack({ API_KEYS: KEYS }, { worker: false });
    const csv = 'name,type\nZanzibar Quill Trading,organization\nAcme Coffee Roasters,organization\n';
    acmeBatch = (await request(s.app).post('/v1/batches').set(ACME_BATCH).set('Content-Type', 'text/csv').send(csv).expect(202)).body.id;
    globexBatch = (await request(s.app).post('/v1/batches').set(GLOBEX_BATCH).set('Content-Type', 'text/csv').send(csv).expect(202)).body.id;
    await waitFor(async () => {
      const o = await request(s.app).get('/admin/overview.json').set(OPERATOR);
      const ids = (o.body.batches ?? []).map((b: { id: string }) => b.id);
      return ids.includes(acmeBatch) && ids.includes(globexBatch) ? true : undefined;
    }, 'both batches queued');
  });
  afterAll(() => s?.close());

  it("when a tenant admin opens /admin, then it sees its own batches and not another tenant's, nor the deployment's queues", async () => {
    const a = await request(s.app).get('/admin/overview.json').set(ACME_ADMIN).expect(200);
    expect(a.body.batches.map((b: { id: string }) => b.id)).toEqual([acmeBatch]);
    expect(a.body).toMatchObject({ scope: 'tenant', tenant: 'acme', queues: [] });
    const g = await request(s.app).get('/admin/overview.json').set(GLOBEX_ADMIN).expect(200);
    expect(g.body.batches.map((b: { id: string }) => b.id)).toEqual([globexBatch]);
    const html = (await request(s.app).get('/admin').set(ACME_ADMIN).expect(200)).text;
    expect(html).toContain(acmeBatch);
    expect(html).not.toContain(globexBatch);
    expect(html).not.toContain('href="/admin/queues"');
  });

  it('when a tenant admin asks for the raw queue board (page or data), then 403; the operator gets it', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', `/admin/queues/api/queues/batch-finalize/${globexBatch}`]) {
      const r = await request(s.app).get(path).set(ACME_ADMIN);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.text).code).toBe('forbidden'); // a problem, no job data
    }
    const board = await request(s.app).get('/admin/queues/api/queues').set(OPERATOR).expect(200);
    expect(board.body.queues.length).toBeGreaterThan(0);
  });

  it('when the operator opens /admin, then it sees every tenant\'s batches and the queues', async () => {
    const o = await request(s.app).get('/admin/overview.json').set(OPERATOR).expect(200);
    expect(o.body.batches.map((b: { id: string }) => b.id).sort()).toEqual([acmeBatch, globexBatch].sort());
    expect(o.body.scope).toBe('deployment');
    expect(o.body.queues.length).toBeGreaterThan(0);
    const html = (await request(s.app).get('/admin').set(OPERATOR).expect(200)).text;
    expect(html).toContain('href="/admin/queues"');
  });
});
