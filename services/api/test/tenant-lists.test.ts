import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(90_000);

/** Two tenants (acme, globex), each with an admin and a screen key, and the deployment's operator. */
const KEYS = 'k-operator-0001:operator,k-acme-admin-01:admin:acme,k-acme-screen-1:screen:acme,k-globex-admin1:admin:globex,k-globex-screen:screen:globex';
const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
const OPERATOR = auth('k-operator-0001');
const ACME_ADMIN = auth('k-acme-admin-01');
const ACME = auth('k-acme-screen-1');
const GLOBEX_ADMIN = auth('k-globex-admin1');
const GLOBEX = auth('k-globex-screen');

const ACME_CSV = 'id,name,type,country\nA-1,Zanzibar Quill Trading FZE,organization,AE\n';
const SHARED_CSV = 'id,name,type,country\nS-1,Orinoco Helix Shipping Ltd,organization,PA\n';

type Listed = { id: string; version: string };
const listIds = async (s: TestStack, who: Record<string, string>) => ((await request(s.app).get('/v1/lists').set(who)).body as Listed[]).map((l) => l.id);
const matchIds = async (s: TestStack, who: Record<string, string>, name: string, lists?: string[]) => {
  const r = await request(s.app).post('/v1/match').set(who).send({ entity: { name }, ...(lists ? { lists } : {}) });
  return { status: r.status, ids: ((r.body.matches ?? []) as { entityId: string; match: boolean }[]).filter((m) => m.match).map((m) => m.entityId), body: r.body };
};

describe('custom lists per tenant (issue 12, item 3): a tenant screens against official lists, deployment-wide lists and its own lists only', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack({ API_KEYS: KEYS, LISTS_POLL_MS: '200', MONITOR_RESCREEN_EVERY_MS: '0' });
    const up = await request(s.app).put('/v1/lists/custom/watch').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(ACME_CSV);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ id: 'custom:acme.watch', entities: 1 });
    const shared = await request(s.app).put('/v1/lists/custom/shared-watch?scope=deployment').set(OPERATOR).set('Content-Type', 'text/csv').send(SHARED_CSV);
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ id: 'custom:shared-watch', entities: 1 });
    await waitFor(async () => ((await listIds(s, OPERATOR)).includes('custom:acme.watch') && (await listIds(s, OPERATOR)).includes('custom:shared-watch') ? true : undefined), 'both lists served');
  });
  afterAll(() => s?.close());

  it("when tenant B matches the name on tenant A's custom list, then it gets no entry of that list (and A does)", async () => {
    const a = await matchIds(s, ACME, 'Zanzibar Quill Trading');
    expect(a.ids).toContain('custom:acme.watch:A-1');
    const b = await matchIds(s, GLOBEX, 'Zanzibar Quill Trading');
    expect(b.status).toBe(200);
    expect(b.ids).toEqual([]);
    expect(JSON.stringify(b.body)).not.toContain('acme.watch');
  });

  it("when tenant B names tenant A's list explicitly, then it is not loaded for B (and the problem does not list A's lists)", async () => {
    const b = await matchIds(s, GLOBEX, 'Zanzibar Quill Trading', ['custom:acme.watch']);
    expect(b.status).toBe(422); // as any list that is not loaded
    expect(b.body.code ?? b.body.type).toBeDefined();
    expect(b.body.detail).not.toMatch(/; loaded: .*acme\.watch/);
  });

  it("when tenant B screens a shipment or asks yente's /match, then A's list entries are not found either", async () => {
    const party = { role: 'buyer', name: 'Zanzibar Quill Trading FZE', country: 'AE' };
    const b = await request(s.app).post('/v1/screenings').set(GLOBEX).send({ parties: [party] });
    expect(b.status).toBe(200);
    expect(JSON.stringify(b.body)).not.toContain('acme.watch');
    const a = await request(s.app).post('/v1/screenings').set(ACME).send({ parties: [party] });
    expect(a.body.parties[0].matches.map((m: { entityId: string }) => m.entityId)).toContain('custom:acme.watch:A-1');
    const y = await request(s.app).post('/match/default').set(GLOBEX).send({ queries: { q: { schema: 'Company', properties: { name: ['Zanzibar Quill Trading'] } } } });
    expect(y.status).toBe(200);
    expect(JSON.stringify(y.body)).not.toContain('acme.watch');
  });

  it("when tenant B lists the lists or asks for the changes of A's list, then A's list is hidden (404), while A sees it", async () => {
    expect(await listIds(s, GLOBEX)).not.toContain('custom:acme.watch');
    expect(await listIds(s, GLOBEX_ADMIN)).not.toContain('custom:acme.watch');
    expect(await listIds(s, ACME)).toContain('custom:acme.watch');
    expect(await listIds(s, OPERATOR)).toContain('custom:acme.watch');
    const changes = await request(s.app).get('/v1/lists/custom:acme.watch/changes').set(GLOBEX);
    expect(changes.status).toBe(404);
    expect(JSON.stringify(changes.body)).not.toMatch(/sha256-/);
  });

  it("when tenant B names A's list in a batch, or reads /metrics, then A's list is neither accepted nor named", async () => {
    const up = await request(s.app).post('/v1/batches?lists=custom:acme.watch').set(GLOBEX_ADMIN).set('Content-Type', 'text/csv').send('name\nZanzibar Quill Trading\n');
    expect(up.status).toBe(422);
    expect(String(up.body.detail)).not.toMatch(/; loaded: .*acme\.watch/);
    const metrics = await request(s.app).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).not.toContain('acme.watch');
    expect(metrics.text).toContain('list="custom:(tenant)"');
  });

  it('when an operator uploads a deployment-wide list, then both tenants see and match it', async () => {
    for (const who of [ACME, GLOBEX]) {
      expect(await listIds(s, who)).toContain('custom:shared-watch');
      expect((await matchIds(s, who, 'Orinoco Helix Shipping')).ids).toContain('custom:shared-watch:S-1');
    }
  });

  it('when a tenant admin asks for a deployment-wide list, then it is refused (403): only the operator may', async () => {
    const r = await request(s.app).put('/v1/lists/custom/sneaky?scope=deployment').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(SHARED_CSV);
    expect(r.status).toBe(403);
    expect(await listIds(s, OPERATOR)).not.toContain('custom:sneaky');
  });

  it("when tenant A's list changes, then only A's monitored parties are re-screened against it: B gets no alert", async () => {
    const party = { role: 'buyer', name: 'Quetzal Marrow Industries', type: 'organization', country: 'AE' };
    for (const who of [ACME, GLOBEX]) expect((await request(s.app).post('/v1/screenings').set(who).send({ parties: [party], monitor: true })).status).toBe(200);
    await waitFor(async () => ((await s.worker!.lists.monitor.count()) >= 2 ? true : undefined), 'both parties kept');
    const up = await request(s.app).put('/v1/lists/custom/watch').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(`${ACME_CSV}A-2,Quetzal Marrow Industries LLC,organization,AE\n`);
    expect(up.status).toBe(200);
    const alerts = await waitFor(async () => {
      const r = await request(s.app).get('/v1/alerts').set(ACME);
      return r.body.alerts?.length ? r.body.alerts : undefined;
    }, 'the acme alert');
    expect(alerts[0]).toMatchObject({ match: { entityId: 'custom:acme.watch:A-2' } });
    // the full re-screening (every list) does not give B the hit either
    await s.worker!.lists.rescreenFull();
    expect((await request(s.app).get('/v1/alerts').set(GLOBEX)).body.alerts).toEqual([]);
  });

  it('when tenant B uploads a list of the same name, then each tenant keeps its own', async () => {
    const up = await request(s.app).put('/v1/lists/custom/watch').set(GLOBEX_ADMIN).set('Content-Type', 'text/csv').send('id,name,type\nG-1,Kestrel Moraine Logistics,organization\n');
    expect(up.status).toBe(200);
    expect(up.body.id).toBe('custom:globex.watch');
    await waitFor(async () => ((await listIds(s, GLOBEX)).includes('custom:globex.watch') ? true : undefined), 'globex list served');
    expect((await matchIds(s, GLOBEX, 'Kestrel Moraine Logistics')).ids).toEqual(['custom:globex.watch:G-1']);
    expect((await matchIds(s, ACME, 'Kestrel Moraine Logistics')).ids).toEqual([]);
    expect((await matchIds(s, ACME, 'Zanzibar Quill Trading')).ids).toEqual(['custom:acme.watch:A-1']);
  });

  it('when a list is uploaded with a category, then its entries carry it and the rules treat a hit as that category (export → A2, not A1); a bad category is a 400 naming it', async () => {
    const bad = await request(s.app).put('/v1/lists/custom/ctl?category=embargo').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(ACME_CSV);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('category');
    const csv = 'id,name,type,country\nE-1,Vantablack Optronics Kft,organization,HU\n';
    const up = await request(s.app).put('/v1/lists/custom/ctl?category=export').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(csv);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ id: 'custom:acme.ctl', category: 'export', scope: 'tenant' });
    await waitFor(async () => ((await listIds(s, ACME)).includes('custom:acme.ctl') ? true : undefined), 'ctl served');
    const party = { role: 'consignee', name: 'Vantablack Optronics Kft', type: 'organization', country: 'HU' };
    const r = await request(s.app).post('/v1/screenings').set(ACME).send({ parties: [party] });
    expect(r.status).toBe(200);
    const hit = r.body.parties[0].matches.find((m: { entityId: string }) => m.entityId === 'custom:acme.ctl:E-1');
    expect(hit.categories).toEqual(['export']);
    const rules = r.body.flags.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toContain('A2');
    expect(rules).not.toContain('A1');
    // the same list without a category counts as blocking (documented default): A1
    await request(s.app).put('/v1/lists/custom/ctl').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(csv).expect(200);
    const blocking = await waitFor(async () => {
      const x = await request(s.app).post('/v1/screenings').set(ACME).send({ parties: [party] });
      const m = x.body.parties[0].matches.find((mm: { entityId: string }) => mm.entityId === 'custom:acme.ctl:E-1');
      return m?.categories?.[0] === 'blocking' ? x.body : undefined;
    }, 'the re-declared list served');
    expect(blocking.flags.map((f: { ruleId: string }) => f.ruleId)).toContain('A1');
  });

  it('when a tenant has as many lists as CUSTOM_LISTS_PER_TENANT, then a new name is a 429 naming the quota; replacing one of its lists still works, and another tenant is not counted', async () => {
    const t = await startStack({ API_KEYS: KEYS, CUSTOM_LISTS_PER_TENANT: '2' });
    try {
      const put = (who: Record<string, string>, name: string) => request(t.app).put(`/v1/lists/custom/${name}`).set(who).set('Content-Type', 'text/csv').send(ACME_CSV);
      expect((await put(ACME_ADMIN, 'one')).status).toBe(200);
      expect((await put(ACME_ADMIN, 'two')).status).toBe(200);
      const third = await put(ACME_ADMIN, 'three');
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('quota-exceeded');
      expect(third.body.detail).toMatch(/CUSTOM_LISTS_PER_TENANT|2 custom lists/);
      expect((await put(ACME_ADMIN, 'two')).status).toBe(200);
      expect((await put(GLOBEX_ADMIN, 'three')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("when a tenant deletes its list, then it is no longer served or matched; another tenant's delete of the same name touches only its own (404); a deployment-wide list is the operator's to delete", async () => {
    const t = await startStack({ API_KEYS: KEYS, LISTS_POLL_MS: '200' });
    try {
      const ids = async (who: Record<string, string>) => ((await request(t.app).get('/v1/lists').set(who)).body as Listed[]).map((l) => l.id);
      await request(t.app).put('/v1/lists/custom/gone').set(ACME_ADMIN).set('Content-Type', 'text/csv').send(ACME_CSV).expect(200);
      await request(t.app).put('/v1/lists/custom/wide?scope=deployment').set(OPERATOR).set('Content-Type', 'text/csv').send(SHARED_CSV).expect(200);
      await waitFor(async () => ((await ids(ACME)).includes('custom:acme.gone') ? true : undefined), 'served');
      expect((await request(t.app).delete('/v1/lists/custom/gone').set(GLOBEX_ADMIN)).status).toBe(404);
      expect((await request(t.app).delete('/v1/lists/custom/wide?scope=deployment').set(ACME_ADMIN)).status).toBe(403);
      expect((await request(t.app).delete('/v1/lists/custom/gone').set(ACME)).status).toBe(403);
      expect((await request(t.app).delete('/v1/lists/custom/gone').set(ACME_ADMIN)).status).toBe(204);
      await waitFor(async () => (!(await ids(OPERATOR)).includes('custom:acme.gone') ? true : undefined), 'no longer served');
      const m = await request(t.app).post('/v1/match').set(ACME).send({ entity: { name: 'Zanzibar Quill Trading' } });
      expect(m.body.matches.filter((x: { match: boolean }) => x.match)).toEqual([]);
      expect((await request(t.app).delete('/v1/lists/custom/wide?scope=deployment').set(OPERATOR)).status).toBe(204);
      await waitFor(async () => (!(await ids(OPERATOR)).includes('custom:wide') ? true : undefined), 'deployment list gone');
    } finally {
      await t.close();
    }
  });
});
