import type { Scope } from '@screening/runtime';
import { assertRedis, waitFor } from '@screening/testkit';
import type { Express } from 'express';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

/**
 * The auth matrix (issue 12, "Prove it"): every route of the Express app, enumerated from the app itself, must have an
 * auth decision here; for each, every scope (none, screen, batch, admin, operator) gets the expected status, and a
 * tenant's ids answer 404 to another tenant. A new route without a decision, or a decision for a route that is gone,
 * fails the first test.
 */
type Need = 'public' | Scope;
interface Decision {
  /** the scope the route needs (`public`: no key) */
  need: Need;
  /** /ui pages: the scope comes from the signed-in session, not a header (anonymous: 303 to the login page, or 401) */
  session?: boolean;
  /** the route reads or changes one of the tenant's own records: another tenant's key gets 404 */
  tenantOwned?: boolean;
  /** the sign-in form: a missing or unknown key is its 401 */
  login?: boolean;
}

const D: Record<string, Decision> = {
  'GET /healthz': { need: 'public' },
  'GET /readyz': { need: 'public' },
  'GET /metrics': { need: 'public' },
  'GET /openapi.json': { need: 'public' },
  'USE /docs': { need: 'public' },
  'GET /admin': { need: 'admin' },
  'GET /admin/overview.json': { need: 'admin' },
  'USE /admin/queues': { need: 'operator' },
  'POST /v1/match': { need: 'screen' },
  'POST /v1/compare': { need: 'screen' },
  'POST /match/:dataset': { need: 'screen' },
  'POST /v1/screenings': { need: 'screen' },
  'GET /v1/screenings/:id': { need: 'screen', tenantOwned: true },
  'GET /v1/lists': { need: 'screen' },
  'POST /v1/lists/refresh': { need: 'operator' }, // syncs and reloads the lists of every tenant
  'PUT /v1/lists/custom/:name': { need: 'admin' },
  'DELETE /v1/lists/custom/:name': { need: 'admin' },
  'GET /v1/lists/:source/changes': { need: 'screen', tenantOwned: true },
  'GET /v1/alerts': { need: 'screen' },
  'POST /v1/batches': { need: 'batch' },
  'GET /v1/batches/:id': { need: 'batch', tenantOwned: true },
  'DELETE /v1/batches/:id': { need: 'batch', tenantOwned: true },
  'GET /v1/batches/:id/results': { need: 'batch', tenantOwned: true },
  'POST /v1/decisions': { need: 'screen' },
  'GET /v1/decisions': { need: 'screen' },
  'GET /v1/decisions/:id': { need: 'screen', tenantOwned: true },
  'POST /v1/decisions/:id/approve': { need: 'screen', tenantOwned: true },
  'DELETE /v1/decisions/:id': { need: 'screen', tenantOwned: true },
  'GET /v1/audit': { need: 'screen' },
  'GET /v1/parties/:fingerprint/history': { need: 'screen' },
  'DELETE /v1/parties/:fingerprint/monitoring': { need: 'screen' },
  'GET /ui': { need: 'public' },
  'GET /ui/login': { need: 'public' },
  'POST /ui/login': { need: 'public', login: true },
  'GET /ui/assets/*': { need: 'public' },
  'POST /ui/logout': { need: 'screen', session: true },
  'GET /ui/queue': { need: 'screen', session: true },
  'GET /ui/screenings/:id': { need: 'screen', session: true, tenantOwned: true },
  // a batch row's hit, opened from the review queue: analysts (screen) decide on batch rows as on screenings (POST /v1/decisions)
  'GET /ui/batches/:id/rows/:row': { need: 'screen', session: true, tenantOwned: true },
  'POST /ui/decisions': { need: 'screen', session: true },
  'POST /ui/decisions/:id/approve': { need: 'screen', session: true },
  'POST /ui/decisions/:id/revoke': { need: 'screen', session: true },
  'GET /ui/decisions': { need: 'screen', session: true },
  'GET /ui/batches': { need: 'screen', session: true },
  'POST /ui/batches': { need: 'batch', session: true },
  'GET /ui/batches/:id/progress.json': { need: 'batch', session: true, tenantOwned: true },
  'GET /ui/batches/:id': { need: 'batch', session: true, tenantOwned: true },
  'POST /ui/batches/:id/delete': { need: 'batch', session: true },
  'GET /ui/parties/:fingerprint': { need: 'screen', session: true },
  'POST /ui/parties/:fingerprint/stop-monitoring': { need: 'screen', session: true },
};

interface RouteEntry {
  method: string;
  path: string;
}

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; rawPath?: string | string[]; name?: string };

/**
 * Every route of the app: `METHOD path` for each route, and `USE path` for a sub-app mounted on a path (bull-board,
 * swagger-ui), whose own routes are its business; fingerprinted assets are one `GET /ui/assets/*` entry.
 */
export function routesOf(app: Express): RouteEntry[] {
  const out = new Map<string, RouteEntry>();
  const add = (method: string, path: string) => out.set(`${method} ${path}`, { method, path });
  const walk = (stack: Layer[], prefix: string) => {
    for (const l of stack) {
      const mount = typeof l.rawPath === 'string' && l.rawPath !== '/' && !l.route ? l.rawPath : undefined;
      if (l.route) {
        const path = `${prefix}${l.route.path}`;
        for (const m of Object.keys(l.route.methods)) if (m !== '_all') add(m.toUpperCase(), path.startsWith('/ui/assets/') ? '/ui/assets/*' : path);
      } else if (mount && (mount === '/docs' || mount === '/admin/queues' || l.handle?.stack)) {
        if (l.handle?.stack && !(mount === '/docs' || mount === '/admin/queues')) walk(l.handle.stack, `${prefix}${mount}`);
        else add('USE', `${prefix}${mount}`);
      } else if (l.handle?.stack) walk(l.handle.stack, prefix);
    }
  };
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  walk(root.stack, '');
  return [...out.values()];
}

const TENANT_A = { screen: 'k-acme-screen-01', batch: 'k-acme-batch-001', admin: 'k-acme-admin-001', operator: 'k-operator-00001' } as const;
const TENANT_B = { screen: 'k-globex-screen1', batch: 'k-globex-batch01', admin: 'k-globex-admin01' } as const;
const KEYS = [
  ...Object.entries(TENANT_A).map(([scope, k]) => `${k}:${scope}${scope === 'operator' ? '' : ':acme'}`),
  ...Object.entries(TENANT_B).map(([scope, k]) => `${k}:${scope}:globex`),
].join(',');
const SCOPES: Scope[] = ['screen', 'batch', 'admin', 'operator'];
const grants = (have: Scope, need: Need) => need === 'public' || have === need || have === 'operator' || (have === 'admin' && (need === 'screen' || need === 'batch'));
const bearer = (k: string) => ({ Authorization: `Bearer ${k}` });

/** A refusal for want of scope: 403 whose problem names the scope (other 403s, e.g. four-eyes, are decisions of the route). */
const scopeRefused = (r: request.Response) => r.status === 403 && /scope/.test(String(r.body?.detail ?? r.text));

describe('auth matrix: every route × every scope × cross-tenant', () => {
  let s: TestStack;
  let ids: Record<string, string>;
  const routes = () => routesOf(s.app);

  beforeAll(async () => {
    await assertRedis();
    s = await startStack({ API_KEYS: KEYS });
    // tenant A's own records, for the cross-tenant cases
    const scr = await request(s.app).post('/v1/screenings').set(bearer(TENANT_A.screen)).send({ parties: [{ role: 'buyer', name: 'Wagner Group', type: 'organization', country: 'RU' }] }).expect(200);
    const hit = scr.body.parties[0].matches.find((m: { match: boolean }) => m.match);
    const dec = await request(s.app).post('/v1/decisions').set(bearer(TENANT_A.screen)).send({ screeningId: scr.body.id, partyIndex: 0, entityId: hit.entityId, verdict: 'false_positive', reason: 'auth matrix fixture' });
    expect([200, 201, 202]).toContain(dec.status);
    const bat = await request(s.app).post('/v1/batches').set(bearer(TENANT_A.batch)).set('Content-Type', 'text/csv').send('name,type\nAcme Coffee Roasters,organization\n').expect(202);
    await request(s.app).put('/v1/lists/custom/matrix').set(bearer(TENANT_A.admin)).set('Content-Type', 'text/csv').send('id,name\nM-1,Matrix Fixture Holding\n').expect(200);
    await waitFor(async () => (await request(s.app).get(`/v1/batches/${bat.body.id}`).set(bearer(TENANT_A.batch))).body.status === 'completed' || undefined, 'the batch');
    ids = { screening: scr.body.id, decision: dec.body.id, batch: bat.body.id, fingerprint: scr.body.parties[0].fingerprint, list: 'custom:acme.matrix' };
  });
  afterAll(() => s?.close());

  /** A concrete URL of a route, with tenant A's records for its parameters. */
  const urlOf = (path: string) =>
    path
      .replace('/ui/assets/*', '/ui/assets/none.css')
      .replace(/\/(screenings|ui\/screenings)\/:id/, (_m, p: string) => `/${p}/${ids.screening}`)
      .replace(/\/batches\/:id/, `/batches/${ids.batch}`)
      .replace(/\/decisions\/:id/, `/decisions/${ids.decision}`)
      .replace(':fingerprint', ids.fingerprint!)
      .replace(':source', ids.list!)
      .replace(':dataset', 'default')
      .replace(':name', 'matrix-probe')
      .replace(':row', '1');
  const send = (app: Express, method: string, url: string, headers: Record<string, string> = {}) => {
    const m = (method === 'USE' ? 'get' : method.toLowerCase()) as 'get' | 'post' | 'put' | 'delete';
    const req = request(app)[m](url).set(headers);
    return m === 'get' || m === 'delete' ? req : req.send({});
  };

  it('when the app is built, then every route has an auth decision and every decision a route', () => {
    const found = routes().map((r) => `${r.method} ${r.path}`).sort();
    const undecided = found.filter((k) => !D[k]);
    const stale = Object.keys(D).filter((k) => !found.includes(k));
    expect({ undecided, stale }).toEqual({ undecided: [], stale: [] });
  });

  it("when another tenant's key with the right scope asks for a tenant's record, then 404 (never its data)", async () => {
    const failures: string[] = [];
    const owned = routes().filter((r) => D[`${r.method} ${r.path}`]?.tenantOwned && !D[`${r.method} ${r.path}`]?.session);
    expect(owned.length).toBeGreaterThan(5);
    for (const { method, path } of owned.filter((r) => r.method !== 'DELETE').concat(owned.filter((r) => r.method === 'DELETE'))) {
      const d = D[`${method} ${path}`]!;
      const key = d.need === 'batch' ? TENANT_B.batch : d.need === 'admin' ? TENANT_B.admin : TENANT_B.screen;
      const r = await send(s.app, method, urlOf(path), bearer(key));
      if (r.status !== 404) failures.push(`${method} ${path} as tenant B: ${r.status}, expected 404`);
      for (const v of Object.values(ids)) if (r.status !== 404 && r.text.includes(v)) failures.push(`${method} ${path} as tenant B: shows ${v}`);
    }
    // and the record is still there for its own tenant (nothing was deleted by tenant B)
    expect((await request(s.app).get(`/v1/batches/${ids.batch}`).set(bearer(TENANT_A.batch))).status).toBe(200);
    expect(failures).toEqual([]);
  });

  it('when a /ui page is asked without a session, then it sends to the login page (303) or answers 401; with a session of each scope, as decided', async () => {
    const failures: string[] = [];
    const ui = routes().filter((r) => D[`${r.method} ${r.path}`]?.session);
    const agents = Object.fromEntries(
      await Promise.all(
        SCOPES.map(async (scope) => {
          const agent = request.agent(s.app);
          // /ui is the analysts' app: signing in needs the screen scope (a batch-only key is refused, 403)
          const login = await agent.post('/ui/login').type('form').send({ key: TENANT_A[scope], next: '/ui/queue' });
          if (login.status !== (grants(scope, 'screen') ? 303 : 403)) failures.push(`sign-in as ${scope}: ${login.status}`);
          return [scope, agent] as const;
        }),
      ),
    );
    for (const { method, path } of ui) {
      const d = D[`${method} ${path}`]!;
      const url = urlOf(path);
      const anon = await send(s.app, method, url);
      const toLogin = anon.status === 303 && String(anon.headers.location).startsWith('/ui/login');
      if (!toLogin && anon.status !== 401 && anon.status !== 403) failures.push(`${method} ${path} without a session: ${anon.status}`);
      if (method !== 'GET') continue; // form posts also need the session's CSRF token: their scope checks are in ui.test
      for (const scope of SCOPES) {
        const r = await agents[scope]!.get(url);
        const allowed = grants(scope, 'screen') && grants(scope, d.need);
        const refused = r.status === 401 || r.status === 403 || (r.status === 303 && String(r.headers.location).startsWith('/ui/login'));
        if (allowed && refused) failures.push(`${method} ${path} as ${scope}: ${r.status}, needs only ${d.need}`);
        if (!allowed && !refused) failures.push(`${method} ${path} as ${scope}: ${r.status}, expected a refusal (needs ${d.need})`);
      }
    }
    expect(failures).toEqual([]);
  });
  it('when a header-authenticated route is called with no key, a key of every scope, then 401, 403 or through as decided', async () => {
    const failures: string[] = [];
    // read-only routes first, so that deleting routes run last
    const order = routes().filter((r) => !D[`${r.method} ${r.path}`]?.session).sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const { method, path } of order) {
      const d = D[`${method} ${path}`]!;
      const url = urlOf(path);
      const anon = await send(s.app, method, url);
      if (d.need === 'public') {
        if (!d.login && (anon.status === 401 || anon.status === 403)) failures.push(`${method} ${path}: public, got ${anon.status}`);
        continue;
      }
      if (anon.status !== 401) failures.push(`${method} ${path} without a key: ${anon.status}, expected 401`);
      for (const scope of SCOPES) {
        const r = await send(s.app, method, url, bearer(TENANT_A[scope]));
        const allowed = grants(scope, d.need);
        if (r.status === 401) failures.push(`${method} ${path} as ${scope}: 401`);
        else if (allowed && scopeRefused(r)) failures.push(`${method} ${path} as ${scope}: refused (${r.status}), needs only ${d.need}`);
        else if (!allowed && !scopeRefused(r)) failures.push(`${method} ${path} as ${scope}: ${r.status}, expected 403 (needs ${d.need})`);
      }
    }
    expect(failures).toEqual([]);
  });

});
