import { randomBytes } from 'node:crypto';
import { hasRedisServer, type LocalCluster, startLocalCluster, waitFor, WATCHLISTS } from '@screening/testkit';
import { call, type Stack, startProcesses } from './support/processes';
import { streamedUpload } from './support/streamed-upload';

// 10,000 rows through a 3-master cluster with a master restarted mid-batch: as long as it takes on a busy machine
// (the tests assert every row once and in order, not how fast)
jest.setTimeout(300_000);
const BATCH_MS = 240_000;

const ROWS = 10_000;

/** Rows of customers (a tenth of them listed names) in `chunk`-row chunks. */
function csv(rows: number): string {
  const listed = ['Dmitry Khoroshev', 'Evgeny Prigozhin', 'Banco Nacional de Cuba'];
  const lines = ['name,country,customer_id'];
  for (let i = 1; i <= rows; i++) lines.push(`${i % 10 === 0 ? listed[(i / 10) % listed.length] : `Customer ${i} Trading Company`},DE,C-${i}`);
  return `${lines.join('\n')}\n`;
}

const available = hasRedisServer();
if (!available) {
  // eslint-disable-next-line no-console
  console.warn('\n!!!!!!!! SKIPPED: the Redis Cluster e2e test needs redis-server and redis-cli (apt-get install redis-server) !!!!!!!!\n');
}

(available ? describe : describe.skip)('the whole service on a real Redis Cluster (3 masters, AOF on)', () => {
  let cluster: LocalCluster;
  let stack: Stack;
  const tag = `e2e-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    cluster = await startLocalCluster(3, { nodeTimeoutMs: 1000 });
    stack = await startProcesses({
      env: {
        REDIS_CLUSTER_NODES: cluster.nodes,
        REDIS_URL: 'redis://127.0.0.1:1', // ignored: nothing may connect here
        REDIS_PREFIX: `{${tag}}`,
        SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`,
        BATCH_CHUNK_SIZE: '100',
        BATCH_CHUNK_CONCURRENCY: '1',
        SERVER_TIMING: 'true',
        LISTS_POLL_MS: '300',
        MONITOR_RESCREEN_EVERY_MS: '0',
        LOG_LEVEL: 'warn',
      },
      workers: 1,
      readyTimeoutMs: 180_000,
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await cluster?.destroy();
  });

  it('when a match and a shipment screening are sent, then the workers answer them through the cluster', async () => {
    const m = await call(stack.url, '/v1/match', { entity: { name: 'Dmitry Khoroshev' } });
    expect(m.status).toBe(200);
    expect(m.body.matches[0]).toMatchObject({ list: 'us_ofac_sdn', match: true });
    // the answer came on the API's sharded reply channel: only a published reply carries the worker's marks (a job
    // found by the waiter's poll has none), so Server-Timing has the `reply` phase
    expect(m.headers.get('server-timing')).toMatch(/\breply;dur=/);
    const s = await call(stack.url, '/v1/screenings', { parties: [{ role: 'buyer', name: 'Dmitry Khoroshev', country: 'RU' }, { role: 'seller', name: 'Acme Pumps GmbH', country: 'DE' }] });
    expect(s.status).toBe(200);
    expect(s.body.parties[0].matches[0]).toMatchObject({ list: 'us_ofac_sdn', match: true });
    expect(['block', 'review']).toContain(s.body.decision);
    expect((await call(stack.url, `/v1/screenings/${s.body.id}`)).body.id).toBe(s.body.id);
  });

  it('when a custom list is uploaded (a list swap), then it is served and a monitored party it names raises one alert', async () => {
    const upload = (body: string) => fetch(`${stack.url}/v1/lists/custom/acme-watch`, { method: 'PUT', headers: { 'content-type': 'text/csv' }, body });
    const v1 = await upload('id,name,type,country\nC-0,Initech Holdings Limited,organization,GB\n');
    expect(v1.status).toBe(200);
    const served = async (name: string, entityId: string) => {
      const r = await call(stack.url, '/v1/match', { entity: { name }, lists: ['custom:default.acme-watch'] });
      return r.status === 200 && r.body.matches[0]?.entityId === entityId;
    };
    await waitFor(() => served('Initech Holdings', 'custom:default.acme-watch:C-0'), 'the first version to be served', 120_000, 200);
    const party = { role: 'buyer', name: 'Globex Dual Use Trading FZE', type: 'organization', country: 'AE' };
    const first = await call(stack.url, '/v1/screenings', { parties: [party], monitor: true });
    expect(first.status).toBe(200);
    expect(first.body.parties[0].matches.filter((x: { match: boolean }) => x.match)).toEqual([]);
    const v2 = await upload('id,name,type,country\nC-0,Initech Holdings Limited,organization,GB\nC-1,Globex Dual Use Trading FZE,organization,AE\n');
    expect(v2.status).toBe(200);
    await waitFor(() => served('Globex Dual-Use Trading', 'custom:default.acme-watch:C-1'), 'the second version to be served (the swap)', 120_000, 200);
    const alerts = await waitFor(async () => {
      const r = await call(stack.url, '/v1/alerts');
      return r.body.alerts?.length ? r.body.alerts : undefined;
    }, 'an alert', 120_000, 200);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'new-hit', partyName: party.name, match: { entityId: 'custom:default.acme-watch:C-1' } });
  });

  it('when the master holding the queues restarts mid-batch, then the 10,000-row batch completes with every row exactly once', async () => {
    const up = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv(ROWS) });
    expect(up.status).toBe(202);
    const { id } = (await up.json()) as { id: string };
    const progress = async () => (await call(stack.url, `/v1/batches/${id}`)).body as { status: string; processed: number; rows: number; errors: number };
    await waitFor(async () => (await progress()).processed > 0, 'the first chunk', BATCH_MS, 20);
    const owner = await cluster.ownerOf(`{${tag}}`);
    expect((await progress()).processed).toBeLessThan(ROWS); // it really is mid-batch
    await cluster.stop(owner);
    await cluster.start(owner);
    const done = await waitFor(async () => {
      const p = await progress().catch(() => undefined);
      return p?.status === 'completed' || p?.status === 'failed' ? p : undefined;
    }, 'the batch to complete', BATCH_MS, 250);
    expect(done).toMatchObject({ status: 'completed', rows: ROWS, processed: ROWS, errors: 0 });
    const text = await (await fetch(`${stack.url}/v1/batches/${id}/results?format=ndjson`)).text();
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { row: number; status: string; decision?: string });
    expect(lines.map((l) => l.row)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1)); // every row exactly once, in order
    expect(lines.every((l) => l.status === 'ok')).toBe(true);
    expect(lines.filter((l) => l.decision && l.decision !== 'clear').length).toBeGreaterThan(0); // the listed names were found
  });

  it('when a batch is uploaded streamed (stream=true), then its chunks join the batch flow on the cluster as the file arrives and every row comes once', async () => {
    const rows = 3000;
    const { id, sent } = await streamedUpload(stack.url, csv(rows));
    await sent;
    const done = await waitFor(async () => {
      const p = (await call(stack.url, `/v1/batches/${id}`)).body as { status: string };
      return p.status === 'completed' || p.status === 'failed' ? p : undefined;
    }, 'the streamed batch to complete', BATCH_MS, 250);
    expect(done).toMatchObject({ status: 'completed', rows, processed: rows, errors: 0 });
    const text = await (await fetch(`${stack.url}/v1/batches/${id}/results?format=ndjson`)).text();
    expect(text.trim().split('\n').map((l) => (JSON.parse(l) as { row: number }).row)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
  });
});
