import { assertRedis, WATCHLISTS, waitFor } from '@screening/testkit';
import request from 'supertest';
import { type TestStack, startStack } from './support/stack';

const OFAC_SAMPLE = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;
const admin = { Authorization: 'Bearer k-admin' };
const operator = { Authorization: 'Bearer k-operator' };
const screen = { Authorization: 'Bearer k-screen' };

/** The value of one sample line of the Prometheus text (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const lbl = line.slice(name.length).split(' ')[0] ?? '';
    if (want.every((w) => lbl.includes(w))) return Number(line.split(' ').pop());
  }
  return 0;
}

describe('operations: metrics, queue dashboard and overview page', () => {
  let stack: TestStack;
  const metrics = async () => (await request(stack.app).get('/metrics').expect(200)).text;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, API_KEYS: 'k-screen:screen,k-admin:admin,k-operator:operator', METRICS_PUBLISH_INTERVAL_MS: '200' });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('when scraped, then every registered queue has its gauges and the lists their entity counts and age', async () => {
    const text = await metrics();
    for (const state of ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed']) {
      expect(text).toContain(`screening_queue_jobs{queue="screen",state="${state}"}`);
    }
    expect(sample(text, 'screening_list_entities', { list: 'us_ofac_sdn' })).toBe(17);
    expect(sample(text, 'screening_list_age_seconds', { list: 'us_ofac_sdn' })).toBeGreaterThan(0);
    expect(sample(text, 'screening_workers')).toBe(1);
    expect(sample(text, 'screening_redis_up')).toBe(1);
    await waitFor(async () => sample(await metrics(), 'screening_worker_index_build_seconds') > 0, 'the worker index build time');
    expect(sample(await metrics(), 'screening_worker_memory_bytes', { type: 'rss' })).toBeGreaterThan(10 * 2 ** 20);
  });

  it('when jobs run, then the completed gauge, job histograms, decisions and matches by list move', async () => {
    const before = await metrics();
    const completed0 = sample(before, 'screening_queue_jobs', { queue: 'screen', state: 'completed' });
    const jobs0 = sample(before, 'screening_job_duration_seconds_count', { queue: 'screen', status: 'completed' });
    const block0 = sample(before, 'screening_screenings_total', { decision: 'block' });
    const ofac0 = sample(before, 'screening_matches_total', { list: 'us_ofac_sdn' });
    const http0 = sample(before, 'screening_http_request_duration_seconds_count', { method: 'POST', route: '/v1/screenings', status: '200' });

    await request(stack.app).post('/v1/match').set(screen).send({ entity: { name: 'Dmitry Yuryevich Khoroshev', type: 'person' } }).expect(200);
    await request(stack.app).post('/v1/screenings').set(screen).send({ parties: [{ role: 'buyer', name: 'Dmitry Yuryevich KHOROSHEV', type: 'person', country: 'RU' }] }).expect(200);

    const after = await waitFor(async () => {
      const t = await metrics();
      return sample(t, 'screening_job_duration_seconds_count', { queue: 'screen', status: 'completed' }) >= jobs0 + 2 ? t : undefined;
    }, 'worker metrics to be published');
    expect(sample(after, 'screening_queue_jobs', { queue: 'screen', state: 'completed' })).toBe(completed0 + 2);
    expect(sample(after, 'screening_job_wait_seconds_count', { queue: 'screen' })).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'screening_screenings_total', { decision: 'block' })).toBe(block0 + 1);
    expect(sample(after, 'screening_matches_total', { list: 'us_ofac_sdn' })).toBeGreaterThanOrEqual(ofac0 + 2);
    expect(sample(after, 'screening_http_request_duration_seconds_count', { method: 'POST', route: '/v1/screenings', status: '200' })).toBe(http0 + 1);
  });

  it('when a batch completes, then each of its rows is counted once under its decision', async () => {
    const total = (t: string) => ['clear', 'review', 'block'].reduce((n, decision) => n + sample(t, 'screening_screenings_total', { decision }), 0);
    const before = total(await metrics());
    const csv = 'name,type\nDmitriy KHOROSHEV,person\nAcme Coffee Roasters,organization\nJane Example,person\n';
    const up = await request(stack.app).post('/v1/batches').set(admin).set('Content-Type', 'text/csv').send(csv).expect(202);
    await waitFor(async () => (await request(stack.app).get(`/v1/batches/${up.body.id}`).set(admin)).body.status === 'completed', 'the batch to complete');
    await waitFor(async () => total(await metrics()) >= before + 3, 'the batch decisions in the metrics');
    await new Promise((r) => setTimeout(r, 500)); // a few more publications: nothing is counted twice
    expect(total(await metrics())).toBe(before + 3);
  });

  it('when an unknown URL is requested, then it is counted under one bounded route label, never the raw path', async () => {
    await request(stack.app).get('/no/such/path-12345').expect(404);
    const text = await metrics();
    expect(text).not.toContain('path-12345');
    expect(sample(text, 'screening_http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
  });

  it.each(['/admin', '/admin/overview.json', '/admin/queues', '/admin/queues/api/queues'])('when %s is asked without the admin scope, then 401 then 403', async (path) => {
    const anon = await request(stack.app).get(path).expect(401);
    expect(anon.headers['www-authenticate']).toMatch(/^Basic /);
    expect(anon.headers['content-type']).toMatch(/application\/problem\+json/);
    await request(stack.app).get(path).set(screen).expect(403);
    // the raw queue board shows every tenant's jobs: operator only (issue 12); the overview is per tenant for an admin
    await request(stack.app).get(path).set(admin).expect(path.startsWith('/admin/queues') ? 403 : 200);
    await request(stack.app).get(path).set(operator).expect(200);
  });

  it('when a browser sends the admin key as the Basic password, then the page opens', async () => {
    const res = await request(stack.app).get('/admin').set('Authorization', `Basic ${Buffer.from('ops:k-admin').toString('base64')}`).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    await request(stack.app).get('/admin').set('Authorization', `Basic ${Buffer.from('ops:k-screen').toString('base64')}`).expect(403);
  });

  it('when the queue board is read-only (default), then it lists every queue and refuses actions with 405', async () => {
    const res = await request(stack.app).get('/admin/queues/api/queues').set(operator).expect(200);
    const names = res.body.queues.map((q: { name: string }) => q.name);
    expect(names).toEqual(expect.arrayContaining(['screen', 'batch-chunk', 'refresh-watchlist'])); // every registered queue
    expect(res.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    await request(stack.app).put('/admin/queues/api/queues/screen/pause').set(operator).expect(405);
    const page = await request(stack.app).get('/admin/queues').set(operator).expect(200);
    expect(page.headers['content-security-policy']).not.toMatch(/https:/);
  });

  it('when the overview is rendered, then it shows the lists, the queues with throughput and links to the board', async () => {
    const json = await request(stack.app).get('/admin/overview.json').set(operator).expect(200);
    expect(json.body).toMatchObject({ redis: true, workers: 1 });
    const screenQ = json.body.queues.find((q: { name: string }) => q.name === 'screen');
    expect(screenQ.completedPerMinute).toHaveLength(15);
    expect(screenQ.completed).toBeGreaterThanOrEqual(2);
    expect(screenQ.errorRate).toBe(0);
    const html = (await request(stack.app).get('/admin').set(operator).expect(200)).text;
    expect(html).toContain('data-list="us_ofac_sdn"');
    expect(html).toContain('data-queue="screen"');
    expect(html).toContain('href="/admin/queues"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
  });
});
