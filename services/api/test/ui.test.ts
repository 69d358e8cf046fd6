import { join } from 'node:path';
import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

const KEYS = 'alice-ui-key-0001:screen:acme:alice,bob-ui-key-0002:admin:acme:bob,desk-ui-key-0003:screen:acme:*,eve-ui-key-0004:screen:other:eve,feed-ui-key-0005:batch:acme';
const SAMPLE = join(__dirname, '..', '..', '..', 'packages', 'watchlists', 'data', 'sample-list.json');
const prigozhin = { parties: [{ role: 'buyer', name: 'Evgeny Prigozhin', type: 'person' }] };

/** A signed-in browser: its session cookie and the page's CSRF token. */
interface Browser {
  cookie: string;
  csrf: string;
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the review web app /ui: sign-in, session, CSRF and tenant scoping (real Redis, in-process worker)', () => {
  let s: TestStack;
  const login = async (key: string, analyst = ''): Promise<Browser> => {
    const res = await request(s.app).post('/ui/login').type('form').send({ key, analyst, next: '/ui/queue' }).expect(303);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const page = await request(s.app).get('/ui/queue').set('Cookie', cookie).expect(200);
    return { cookie, csrf: csrfOf(page.text) };
  };
  const screen = async (key: string, body: object = prigozhin) => (await request(s.app).post('/v1/screenings').set('Authorization', `Bearer ${key}`).send(body).expect(200)).body;

  beforeAll(async () => {
    await assertRedis();
    // four-eyes on every false positive here, so that the approval path is exercised whatever the screening's decision
    s = await startStack({ API_KEYS: KEYS, SCREENING_LISTS: `sample:${SAMPLE}`, DECISION_FOUR_EYES: 'all' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('when the key is wrong, then the login form answers 401 with an error and neither renders nor sets anything', async () => {
    const res = await request(s.app).post('/ui/login').type('form').send({ key: 'not-a-key-<script>' }).expect(401);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('This API key is not valid.');
    expect(res.text).not.toContain('not-a-key');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when a key lacks the screen scope, then 403; a key acting for its users needs an analyst name', async () => {
    await request(s.app).post('/ui/login').type('form').send({ key: 'feed-ui-key-0005' }).expect(403);
    const res = await request(s.app).post('/ui/login').type('form').send({ key: 'desk-ui-key-0003' }).expect(400);
    expect(res.text).toContain('enter your analyst name');
    const b = await login('desk-ui-key-0003', 'Carol Jones');
    expect((await request(s.app).get('/ui/queue').set('Cookie', b.cookie)).text).toContain('Carol Jones');
  });

  it('when signing in, then the cookie is HttpOnly, SameSite=Strict, Path=/ui and holds a random id (not the key); Secure behind https', async () => {
    const res = await request(s.app).post('/ui/login').type('form').send({ key: 'alice-ui-key-0001' }).expect(303);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^ui_session=[A-Za-z0-9_-]{43}; Path=\/ui; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(cookie).not.toContain('alice-ui-key');
    expect(res.headers.location).toBe('/ui/queue');
    const https = await request(s.app).post('/ui/login').set('X-Forwarded-Proto', 'https').type('form').send({ key: 'alice-ui-key-0001' }).expect(303);
    expect(String(https.headers['set-cookie'])).toMatch(/; Secure$/);
    const page = await request(s.app).get('/ui/queue').set('Cookie', cookie.split(';')[0]!).expect(200);
    expect(page.text).not.toContain('alice-ui-key');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['ratelimit-limit']).toBe('1200'); // the session's key is rate-limited like its API calls
  });

  it('when not signed in, then pages redirect to the login form and JSON endpoints answer 401', async () => {
    const res = await request(s.app).get('/ui/queue?decision=block').expect(303);
    expect(res.headers.location).toBe(`/ui/login?next=${encodeURIComponent('/ui/queue?decision=block')}`);
    await request(s.app).get('/ui/queue').set('Cookie', 'ui_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(303);
  });

  it('when a form post lacks the CSRF token (or carries another session\'s, or comes cross-site), then 403 and nothing happens', async () => {
    const b = await login('alice-ui-key-0001');
    const other = await login('bob-ui-key-0002');
    const none = await request(s.app).post('/ui/logout').set('Cookie', b.cookie).type('form').send({}).expect(403);
    expect(none.text).toContain('security token');
    await request(s.app).post('/ui/logout').set('Cookie', b.cookie).type('form').send({ _csrf: other.csrf }).expect(403);
    await request(s.app).post('/ui/logout').set('Cookie', b.cookie).set('Sec-Fetch-Site', 'cross-site').type('form').send({ _csrf: b.csrf }).expect(403);
    await request(s.app).post('/ui/logout').set('Cookie', b.cookie).set('Origin', 'https://evil.example').type('form').send({ _csrf: b.csrf }).expect(403);
    await request(s.app).get('/ui/queue').set('Cookie', b.cookie).expect(200); // still signed in
    const out = await request(s.app).post('/ui/logout').set('Cookie', b.cookie).type('form').send({ _csrf: b.csrf }).expect(303);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    await request(s.app).get('/ui/queue').set('Cookie', b.cookie).expect(303); // the session is gone server-side
  });

  it("when two tenants have hits, then each queue shows only its own, filters apply, and names are escaped", async () => {
    const mine = await screen('alice-ui-key-0001', { parties: [{ role: 'buyer', name: 'Evgeny Prigozhin <b>x</b>', type: 'person' }] });
    const theirs = await screen('eve-ui-key-0004');
    expect(mine.decision).not.toBe('clear');
    expect(theirs.decision).not.toBe('clear');
    const b = await login('alice-ui-key-0001');
    const q = await request(s.app).get('/ui/queue').set('Cookie', b.cookie).expect(200);
    expect(q.text).toContain(`/ui/screenings/${mine.id}`);
    expect(q.text).not.toContain(theirs.id);
    expect(q.text).toContain('Evgeny Prigozhin &lt;b&gt;x&lt;/b&gt;');
    expect(q.text).not.toContain('<b>x</b>');
    const other = mine.decision === 'block' ? 'review' : 'block';
    expect((await request(s.app).get(`/ui/queue?decision=${mine.decision}`).set('Cookie', b.cookie)).text).toContain(mine.id);
    expect((await request(s.app).get(`/ui/queue?decision=${other}`).set('Cookie', b.cookie)).text).not.toContain(mine.id);
    expect((await request(s.app).get('/ui/queue?list=no-such-list').set('Cookie', b.cookie)).text).not.toContain(mine.id);
    expect((await request(s.app).get('/ui/queue?age=older-7d').set('Cookie', b.cookie)).text).not.toContain(mine.id);
    expect((await request(s.app).get('/ui/queue?age=1h').set('Cookie', b.cookie)).text).toContain(mine.id);
  });

  it("when another tenant's screening or batch row is asked for, then 404 (an HTML page), as for an unknown id", async () => {
    const theirs = await screen('alice-ui-key-0001');
    const eve = await login('eve-ui-key-0004');
    const res = await request(s.app).get(`/ui/screenings/${theirs.id}`).set('Cookie', eve.cookie).expect(404);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('no such screening');
    expect(res.text).not.toContain('Prigozhin');
    await request(s.app).get('/ui/screenings/scr-unknown').set('Cookie', eve.cookie).expect(404);
    await request(s.app).get('/ui/batches/bat-00000000-0000-0000-0000-000000000000/rows/1').set('Cookie', eve.cookie).expect(404);
    await request(s.app).get(`/ui/screenings/${theirs.id}`).set('Cookie', (await login('alice-ui-key-0001')).cookie).expect(200);
  });

  it('when a hit is cleared from the screening page, then four-eyes holds (the author cannot approve), a second analyst approves, and the next screening shows it suppressed', async () => {
    const first = await screen('alice-ui-key-0001', { parties: [{ role: 'consignee', name: 'Dmitriy Utkin', type: 'person', address: 'ul. Lenina 5, Pskov' }] });
    const hit = first.parties[0].matches.find((m: { match: boolean }) => m.match);
    expect(hit).toBeDefined();
    const alice = await login('alice-ui-key-0001');
    const page = await request(s.app).get(`/ui/screenings/${first.id}`).set('Cookie', alice.cookie).expect(200);
    expect(page.text).toContain('Listed record');
    expect(page.text).toContain('Vagner (weak)'); // the listed record as a worker serves it: its aliases, dates, identifiers…
    expect(page.text).toContain('ul. Lenina 5, Pskov'); // beside the party as it was sent (while its job is kept)
    expect(page.text).toContain('Clear: false positive');
    const form = { _csrf: alice.csrf, returnTo: `/ui/screenings/${first.id}`, screeningId: first.id, partyIndex: '0', entityId: hit.entityId, reason: 'our consignee is a namesake born 1985', verdict: 'false_positive' };
    // without the token: 403 and nothing recorded
    await request(s.app).post('/ui/decisions').set('Cookie', alice.cookie).type('form').send({ ...form, _csrf: '' }).expect(403);
    expect((await request(s.app).get('/v1/decisions').set('Authorization', 'Bearer alice-ui-key-0001')).body.decisions.filter((d: { origin: { id: string } }) => d.origin.id === first.id)).toEqual([]);
    // a too-short reason: 400 naming the field
    const bad = await request(s.app).post('/ui/decisions').set('Cookie', alice.cookie).type('form').send({ ...form, reason: 'x' }).expect(400);
    expect(bad.text).toContain('reason');
    const done = await request(s.app).post('/ui/decisions').set('Cookie', alice.cookie).type('form').send(form).expect(303);
    expect(done.headers.location).toBe(`/ui/screenings/${first.id}?done=pending`);
    const pending = await request(s.app).get(String(done.headers.location)).set('Cookie', alice.cookie).expect(200);
    expect(pending.text).toContain('another analyst must approve');
    const [dec] = (await request(s.app).get('/v1/decisions').set('Authorization', 'Bearer alice-ui-key-0001')).body.decisions;
    expect(dec).toMatchObject({ status: 'pending_approval', author: 'alice', reason: form.reason, origin: { kind: 'screening', id: first.id, index: 0 } });
    await request(s.app).post(`/ui/decisions/${dec.id}/approve`).set('Cookie', alice.cookie).type('form').send({ _csrf: alice.csrf }).expect(403);
    const bob = await login('bob-ui-key-0002');
    expect((await request(s.app).get('/ui/queue').set('Cookie', bob.cookie)).text).toContain('1 decision(s) by other analysts await your approval');
    expect((await request(s.app).get('/ui/queue').set('Cookie', alice.cookie)).text).not.toContain('await your approval'); // not her own
    expect((await request(s.app).get(`/ui/screenings/${first.id}`).set('Cookie', bob.cookie)).text).toContain('Approve (second analyst)');
    const ok = await request(s.app).post(`/ui/decisions/${dec.id}/approve`).set('Cookie', bob.cookie).type('form').send({ _csrf: bob.csrf, returnTo: `/ui/screenings/${first.id}` }).expect(303);
    expect(ok.headers.location).toBe(`/ui/screenings/${first.id}?done=approved`);
    const again = await screen('alice-ui-key-0001', { parties: [{ role: 'consignee', name: 'DMITRIY  UTKIN', type: 'person', address: 'ul. Lenina 5, Pskov' }] });
    const shown = await request(s.app).get(`/ui/screenings/${again.id}`).set('Cookie', bob.cookie).expect(200);
    expect(shown.text).toContain('suppressed');
    expect(shown.text).toContain(dec.id);
    const list = await request(s.app).get('/ui/decisions').set('Cookie', bob.cookie).expect(200);
    expect(list.text).toContain('id="decisions-chart"');
    expect(list.text).toContain(`data-decision="${dec.id}"`);
    expect(list.text).toContain('approved by bob');
  });

  it('when a shipment has listed owners, then the flag shows its ownership path as an SVG graph', async () => {
    const r = await screen('alice-ui-key-0001', { parties: [{ role: 'buyer', name: 'Volga Trading House', type: 'organization', owners: [{ name: 'Evgeny Prigozhin', share: 60, type: 'person' }] }] });
    const graphRules = r.flags.map((f: { ruleId: string }) => f.ruleId).filter((id: string) => ['A3', 'A4', 'A5', 'A6'].includes(id));
    expect(graphRules.length).toBeGreaterThan(0);
    const alice = await login('alice-ui-key-0001');
    const page = await request(s.app).get(`/ui/screenings/${r.id}`).set('Cookie', alice.cookie).expect(200);
    expect(page.text).toMatch(/<svg class="graph" data-rule="A[3-6]"/);
    expect(page.text).toContain('Volga Trading House');
  });

  it('when a CSV is uploaded from the batch page, then it is screened, its progress JSON reaches completed and its rows page through; the token and the batch scope are required', async () => {
    const csv = Buffer.from(`name,type,customer_id\n${Array.from({ length: 60 }, (_, i) => (i === 54 ? 'Dmitriy Utkin,person,C-55' : `Customer ${i + 1} Trading,organization,C-${i + 1}`)).join('\n')}\n`);
    const bob = await login('bob-ui-key-0002'); // admin of acme: screen + batch
    const alice = await login('alice-ui-key-0001'); // screen only
    await request(s.app).post('/ui/batches').set('Cookie', bob.cookie).attach('file', csv, 'parties.csv').expect(403);
    await request(s.app).post(`/ui/batches?_csrf=${encodeURIComponent(alice.csrf)}`).set('Cookie', alice.cookie).attach('file', csv, 'parties.csv').expect(403);
    const up = await request(s.app).post(`/ui/batches?_csrf=${encodeURIComponent(bob.csrf)}`).set('Cookie', bob.cookie).attach('file', csv, 'parties.csv').field('clientRef', 'UI-TEST').expect(303);
    const id = /\/ui\/batches\/(bat-[0-9a-f-]{36})\?done=uploaded$/.exec(String(up.headers.location))?.[1];
    expect(id).toBeDefined();
    await waitFor(async () => (await request(s.app).get(`/ui/batches/${id}/progress.json`).set('Cookie', bob.cookie)).body.status === 'completed', 'the batch', 60_000);
    expect((await request(s.app).get(`/ui/batches/${id}/progress.json`).set('Cookie', bob.cookie)).body).toMatchObject({ rows: 60, processed: 60 });
    const eve = await login('eve-ui-key-0004');
    await request(s.app).get(`/ui/batches/${id}/progress.json`).set('Cookie', eve.cookie).expect(403); // screen scope only
    const first = await request(s.app).get(`/ui/batches/${id}`).set('Cookie', bob.cookie).expect(200);
    expect(first.text).toContain('page 1 of 2');
    expect(first.text).toContain('data-row="50"');
    expect(first.text).not.toContain('data-row="51"');
    const second = await request(s.app).get(`/ui/batches/${id}?page=2`).set('Cookie', bob.cookie).expect(200);
    expect(second.text).toContain(`href="/ui/batches/${id}/rows/55"`);
    const row = await request(s.app).get(`/ui/batches/${id}/rows/55`).set('Cookie', alice.cookie).expect(200);
    expect(row.text).toContain('C-55'); // the row's own columns beside the listed record
    expect(row.text).toContain('Listed record');
    expect((await request(s.app).get('/ui/batches').set('Cookie', bob.cookie)).text).toContain(id!);
    // the party's history (by fingerprint) lists the row's screening
    const fp = /href="\/ui\/parties\/([0-9a-f]{32})"/.exec(row.text)?.[1];
    expect(fp).toBeDefined();
    expect((await request(s.app).get(`/ui/parties/${fp}`).set('Cookie', alice.cookie).expect(200)).text).toContain(`batch row 55`);
    await request(s.app).get(`/ui/parties/${fp}`).set('Cookie', eve.cookie).expect(404); // another tenant
    // deleting: the token is required, then the batch is gone
    await request(s.app).post(`/ui/batches/${id}/delete`).set('Cookie', bob.cookie).type('form').send({}).expect(403);
    const del = await request(s.app).post(`/ui/batches/${id}/delete`).set('Cookie', bob.cookie).type('form').send({ _csrf: bob.csrf }).expect(303);
    expect(del.headers.location).toBe('/ui/batches?done=deleted');
    await request(s.app).get(`/ui/batches/${id}`).set('Cookie', bob.cookie).expect(404);
    expect((await request(s.app).get('/ui/batches').set('Cookie', bob.cookie)).text).not.toContain(id!);
  });
});

describe('the review web app without API_KEYS (development only)', () => {
  let s: TestStack;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack({}, { worker: false });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('when auth is off, then any key signs in as tenant "default" and every page says that authentication is off', async () => {
    const login = await request(s.app).get('/ui/login').expect(200);
    expect(login.text).toContain('Authentication is off');
    const res = await request(s.app).post('/ui/login').type('form').send({ key: 'anything', analyst: 'dev' }).expect(303);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const q = await request(s.app).get('/ui/queue').set('Cookie', cookie).expect(200);
    expect(q.text).toContain('Authentication is off (API_KEYS is not set)');
    expect(q.text).toContain('tenant <strong>default</strong>');
    expect(q.text).toContain('dev');
  });
});
