import { assertRedis, type OwnRedis, ownRedis, waitFor } from '@screening/testkit';
import { call, type Stack, startProcesses } from './support/processes';

// a 3000-row batch, a 10 s outage and the batch's recovery: as long as they take on a busy machine
jest.setTimeout(300_000);

const SHIPMENT = { parties: [{ role: 'buyer', name: 'Evgeny Prigozhin', type: 'person', country: 'RU' }, { role: 'seller', name: 'Nordic Timber AB', country: 'SE' }] };
const ROWS = 3000;
const csv = () => `name,customer_id\n${Array.from({ length: ROWS }, (_, i) => `${i % 10 === 0 ? 'Mahan Air' : `Customer ${i + 1} Trading`},C-${i + 1}`).join('\n')}\n`;

/**
 * An answer, not a hang: what "answers without Redis" is told from. Without Redis a screening would otherwise wait
 * out SCREEN_SYNC_TIMEOUT_MS (SYNC_MS here, then a 202) and a page reading Redis would hang on its command; the
 * fail-fast answers take milliseconds on a quiet machine. HANG_MS is no latency bound: it only has to stay far
 * below SYNC_MS and far above what a loaded machine adds.
 */
const SYNC_MS = 60_000;
const HANG_MS = 10_000;

/** A GET or POST that must answer before HANG_MS (an abort is a failure of the test, not a slow pass). */
async function quick(url: string, init: RequestInit = {}): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(HANG_MS) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

describe('Redis unavailable for about 10 s under traffic (real API and worker processes, a private redis-server)', () => {
  let redis: OwnRedis;
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    redis = await ownRedis();
    await redis.start();
    stack = await startProcesses({ workers: 1, env: { REDIS_URL: redis.url, SCREEN_SYNC_TIMEOUT_MS: String(SYNC_MS), BATCH_CHUNK_SIZE: '50', WORKER_LOCK_DURATION_MS: '3000', WORKER_STALLED_INTERVAL_MS: '1000' } });
  });
  afterAll(async () => {
    await stack?.stop().catch(() => undefined);
    await redis?.destroy();
  });

  it('when Redis stops mid-batch, then /metrics, /admin and the API answer at once, not hang (stale or 503 problems); when it returns, screenings resume and the batch completes with every row once', async () => {
    expect((await call(stack.url, '/v1/screenings', SHIPMENT)).status).toBe(200);
    const up = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv() });
    expect(up.status).toBe(202);
    const { id } = (await up.json()) as { id: string };
    await waitFor(async () => (await call(stack.url, `/v1/batches/${id}`)).body.processed > 0, 'the batch to start', 60_000, 20);

    await redis.stop();
    const until = Date.now() + 10_000;
    const seen: Record<string, Set<number>> = {};
    const note = (what: string, status: number) => (seen[what] ??= new Set()).add(status);
    while (Date.now() < until) {
      const [metrics, admin, board, screening, batch] = await Promise.all([
        quick(`${stack.url}/metrics`),
        quick(`${stack.url}/admin`),
        quick(`${stack.url}/admin/queues/api/queues`),
        quick(`${stack.url}/v1/screenings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SHIPMENT) }),
        quick(`${stack.url}/v1/batches/${id}`),
      ]);
      for (const [what, r] of Object.entries({ metrics, admin, board, screening, batch })) {
        note(what, r.status);
        expect([200, 503]).toContain(r.status);
        if (r.status === 503) {
          expect(r.type).toMatch(/application\/problem\+json/);
          expect(r.text).not.toMatch(/ECONNREFUSED|Connection is closed|\bat \S+ \(|node_modules/);
        }
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    expect([...seen.screening!]).toEqual([503]); // no screening can be made without Redis, and none hangs
    expect(seen.metrics!.has(200) || seen.metrics!.has(503)).toBe(true);

    await redis.start();
    await waitFor(async () => (await quick(`${stack.url}/readyz`).catch(() => ({ status: 0 }))).status === 200, 'readiness after Redis returns', 60_000, 200);
    const after = await waitFor(async () => ((r) => (r.status === 200 ? r : undefined))(await call(stack.url, '/v1/screenings', SHIPMENT)), 'screenings to resume', 30_000, 200);
    expect(after.body.decision).toBeDefined();
    const done = await waitFor(async () => ((b) => (b.status === 'completed' || b.status === 'failed' ? b : undefined))((await call(stack.url, `/v1/batches/${id}`)).body), 'the batch to complete', 180_000, 200);
    expect(done).toMatchObject({ status: 'completed', rows: ROWS, processed: ROWS, errors: 0 });
    const lines = (await (await fetch(`${stack.url}/v1/batches/${id}/results?format=ndjson`)).text()).trim().split('\n').map((l) => JSON.parse(l) as { row: number; input: { customer_id: string } });
    expect(lines).toHaveLength(ROWS);
    lines.forEach((l, i) => expect(l.input.customer_id).toBe(`C-${i + 1}`));
  });
});
