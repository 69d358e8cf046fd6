import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRedis, waitFor, WATCHLISTS } from '@screening/testkit';
import { call, freePort, type Proc, type Stack, startProcesses } from './support/processes';

// batches of thousands of rows with a worker stopped mid-way: as long as they take on a busy machine
jest.setTimeout(300_000);

const ROWS = 4000;
const LISTS = `us_ofac_sdn:${WATCHLISTS}/ofac/2023-01`;

function csv(rows: number): string {
  const listed = ['Evgeny Prigozhin', 'Banco Nacional de Cuba', 'Mahan Air', 'Rosoboronexport'];
  const lines = ['name,customer_id'];
  for (let i = 1; i <= rows; i++) lines.push(`${i % 10 === 0 ? listed[(i / 10) % listed.length] : `Customer ${i} Trading Company`},C-${i}`);
  return `${lines.join('\n')}\n`;
}

interface Progress {
  status: string;
  processed: number;
  rows: number;
  errors: number;
}

/** Sends SIGTERM and resolves with the exit code and the time the process took to drain and exit. */
async function terminate(p: Proc): Promise<{ code: number | null; ms: number }> {
  const t = Date.now();
  p.child.kill('SIGTERM');
  const code = await p.exited;
  return { code, ms: Date.now() - t };
}

/** Jobs of the screen queue waiting for a worker, as the API's /metrics reports them. */
function queued(metrics: string): number {
  let n = 0;
  for (const m of metrics.matchAll(/^screening_queue_jobs\{queue="screen",state="(?:waiting|prioritized)"\} (\d+)$/gm)) n += Number(m[1]);
  return n;
}

/** JSON log lines of a process with the given `msg`. */
const logs = (p: Proc, msg: string) =>
  p
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{') && l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** True once worker `p` has started a chunk it has not finished (its debug log says so). */
function busyWithAChunk(p: Proc): boolean {
  const open = new Set(logs(p, 'chunk started').map((l) => `${String(l.jobId)}#${String(l.attempt)}`));
  for (const l of logs(p, 'chunk screened')) for (const k of open) if (k.startsWith(`${String(l.jobId)}#`)) open.delete(k);
  return open.size > 0;
}

/**
 * Uploads a batch and sends SIGTERM to the first worker once a tenth of the rows are done and — when `midChunk` —
 * right after that worker has started a chunk (so that the chunk is surely still running when the signal lands).
 */
async function runBatchAndTerminateAWorker(stack: Stack, { rows = ROWS, midChunk = false } = {}) {
  const up = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv(rows) });
  expect(up.status).toBe(202);
  const { id } = (await up.json()) as { id: string };
  const progress = async () => (await call(stack.url, `/v1/batches/${id}`)).body as Progress;
  await waitFor(async () => (await progress()).processed >= rows / 10, 'a tenth of the rows', 60_000, 20);
  let victim = stack.workers[0]!;
  if (midChunk) {
    // the first worker to start a chunk from now on: that chunk has just begun (one already running might be about to end)
    const before = stack.workers.map((w) => logs(w, 'chunk started').length);
    victim = await waitFor(() => stack.workers.find((w, i) => logs(w, 'chunk started').length > before[i]! && busyWithAChunk(w)), 'a worker to start a new chunk', 60_000, 5);
  }
  const drained = { ...(await terminate(victim)), victim };
  expect((await progress()).processed).toBeLessThan(rows); // it really was mid-batch
  const done = await waitFor(async () => {
    const p = await progress();
    return p.status === 'completed' || p.status === 'failed' ? p : undefined;
  }, 'the batch to complete', 240_000, 200);
  expect(done).toMatchObject({ status: 'completed', rows, processed: rows, errors: 0 });
  const text = await (await fetch(`${stack.url}/v1/batches/${id}/results?format=ndjson`)).text();
  const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { row: number; status: string });
  expect(lines.map((l) => l.row)).toEqual(Array.from({ length: rows }, (_, i) => i + 1)); // every row exactly once, in order
  expect(lines.every((l) => l.status === 'ok')).toBe(true);
  return drained;
}

describe('SIGTERM on a worker during a batch', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
  });

  it('when a worker gets SIGTERM mid-batch, then it finishes its active chunks, exits 0, and the batch loses nothing', async () => {
    await assertRedis();
    stack = await startProcesses({ workers: 2, env: { SCREENING_LISTS: LISTS, BATCH_CHUNK_SIZE: '100' } });
    const drained = await runBatchAndTerminateAWorker(stack);
    const [report] = logs(stack.workers[0]!, 'workers drained');
    if (drained.code !== 0 || !report) console.log(stack.workers[0]!.output().slice(-4000));
    expect(drained.code).toBe(0);
    expect(report).toMatchObject({ handedBack: 0 });
    console.log(`worker drain (SIGTERM → exit, active chunks finished): ${drained.ms} ms; drain step ${report!.ms} ms`);
  });

  it('when the grace period is shorter than a chunk, then the active chunks are handed back and the other worker runs them', async () => {
    // a 4,000-row chunk takes well over the 100 ms grace period (~80-140 µs a row); one chunk at a time per worker,
    // and the debug logs tell when a worker has just started one
    const env = { SCREENING_LISTS: LISTS, BATCH_CHUNK_SIZE: '4000', BATCH_CHUNK_CONCURRENCY: '1', SHUTDOWN_TIMEOUT_MS: '100', LOG_LEVEL: 'debug' };
    stack = await startProcesses({ workers: 2, env });
    const drained = await runBatchAndTerminateAWorker(stack, { rows: 16_000, midChunk: true });
    expect(drained.code).toBe(0);
    const [report] = logs(drained.victim, 'workers drained');
    expect(report!.handedBack as number).toBeGreaterThanOrEqual(1);
    console.log(`worker drain with hand-back (SHUTDOWN_TIMEOUT_MS=100): ${drained.ms} ms, ${String(report!.handedBack)} chunk(s) handed back`);
  });
});

describe('SIGTERM on the API', () => {
  it('when requests are in flight, then /readyz turns 503, every in-flight request gets its answer, and the process exits 0', async () => {
    // the requests outlive the readiness delay (SCREEN_SYNC_TIMEOUT_MS > SHUTDOWN_READINESS_DELAY_MS), so they are
    // still in flight when the API stops accepting; the delay is long enough for a loaded machine to see it
    const stack = await startProcesses({ workers: 1, env: { SCREENING_LISTS: LISTS, SHUTDOWN_READINESS_DELAY_MS: '5000', SCREEN_SYNC_TIMEOUT_MS: '8000' } });
    try {
      // with the worker gone, each screening waits for SCREEN_SYNC_TIMEOUT_MS, then answers 202: slow in-flight requests
      await terminate(stack.workers[0]!);
      const body = { parties: [{ role: 'buyer', name: 'Acme Coffee Roasters' }] };
      const inflight = Array.from({ length: 8 }, () => call(stack.url, '/v1/screenings', body));
      // in flight = their jobs are queued (nobody takes them)
      await waitFor(async () => queued(await (await fetch(`${stack.url}/metrics`)).text()) === 8, 'the 8 screenings to be queued', 60_000, 50);
      const t = Date.now();
      stack.api.child.kill('SIGTERM');
      const ready = await waitFor(async () => ((r) => (r.body?.reasons?.includes('draining: shutting down') ? r : undefined))(await call(stack.url, '/readyz')), 'readiness to say draining', 4000, 20);
      expect(ready.status).toBe(503);
      const answers = await Promise.all(inflight);
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
      const code = await stack.api.exited;
      const ms = Date.now() - t;
      expect(code).toBe(0);
      console.log(`API drain (SIGTERM → exit, 8 in-flight requests, readiness delay 5000 ms): ${ms} ms`);

      // nothing was lost: a new API and worker answer every accepted screening
      const ids = answers.map((a) => a.body.id as string);
      const again = await startProcesses({ workers: 1, env: { ...pick(stack.env), SHUTDOWN_READINESS_DELAY_MS: '0' } });
      try {
        for (const id of ids) await waitFor(async () => (await call(again.url, `/v1/screenings/${id}`)).status === 200, `screening ${id}`, 30_000, 100);
      } finally {
        await again.stop();
      }
    } finally {
      await stack.stop();
    }
  });
});

describe('scale-out: two workers and one API on one Redis', () => {
  it('when many requests arrive, then both worker processes take jobs and readiness counts two workers', async () => {
    const stack = await startProcesses({ workers: 2, env: { SCREENING_LISTS: LISTS, WORKER_CONCURRENCY: '1' } });
    try {
      await waitFor(async () => (await call(stack.url, '/readyz')).body.workers === 2, 'two workers in readiness', 120_000, 100);
      const body = { parties: [{ role: 'buyer', name: 'Mahan Air', type: 'organization', country: 'IR' }] };
      const res = await Promise.all(Array.from({ length: 60 }, () => call(stack.url, '/v1/screenings', body)));
      expect(res.every((r) => r.status === 200 && r.body.decision === 'block')).toBe(true);
      // the answer travels on the direct reply path, which can beat the worker's own log line: wait for the 60th line
      const count = () => stack.workers.map((w) => logs(w, 'screening done').length);
      await waitFor(() => count().reduce((a, b) => a + b, 0) >= 60, 'a "screening done" log line per request', 60_000, 50);
      const done = count();
      expect(done[0]! + done[1]!).toBe(60);
      expect(Math.min(...done)).toBeGreaterThan(0);
      // one request id from the API's log to the worker's log
      const reqId = 'e2e-correlation-1';
      await call(stack.url, '/v1/screenings', body, { 'x-request-id': reqId });
      await waitFor(() => stack.workers.some((w) => logs(w, 'screening done').some((l) => l.requestId === reqId)), 'the request id in a worker log', 60_000);
      await waitFor(() => stack.api.output().includes(`"id":"${reqId}"`), 'the request id in the API log', 60_000);
      for (const w of stack.workers) expect(w.output()).not.toContain('Mahan Air'); // party names never in logs
    } finally {
      await stack.stop();
    }
  });
});

/** The env of a stack without the per-process PORT (a new stack picks its own). */
function pick(env: NodeJS.ProcessEnv): Record<string, string> {
  const { REDIS_PREFIX, SCREENING_LISTS } = env;
  return { REDIS_PREFIX: REDIS_PREFIX!, SCREENING_LISTS: SCREENING_LISTS! };
}

describe('SIGTERM while Redis is down', () => {
  it('when Redis is gone, then the API and the worker still exit within the grace period', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'own-redis-'));
    const url = `redis://127.0.0.1:${port}`;
    execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', join(dir, 'r.pid'), '--logfile', join(dir, 'r.log')]);
    await waitFor(async () => (await assertRedis(url).then(() => true)), 'the private redis-server', 5000);
    const GRACE_MS = 10_000; // generous, so that a loaded machine stays well inside it; hanging on Redis would not
    const stack = await startProcesses({ workers: 1, env: { REDIS_URL: url, SHUTDOWN_TIMEOUT_MS: String(GRACE_MS) } });
    try {
      try {
        execFileSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'ignore' });
      } catch {
        // the dropped connection of a successful SHUTDOWN
      }
      await waitFor(async () => (await call(stack.url, '/readyz')).status === 503, 'readiness 503 without Redis', 60_000);
      const [api, worker] = await Promise.all([terminate(stack.api), terminate(stack.workers[0]!)]);
      // registerShutdown would force exit 1 at SHUTDOWN_TIMEOUT_MS + 2 s: a clean exit 0 before the grace period ran
      // out means nothing waited for Redis (a drain step waiting out its bound would take the whole grace period)
      expect(api.code).toBe(0);
      expect(worker.code).toBe(0);
      expect(Math.max(api.ms, worker.ms)).toBeLessThan(GRACE_MS);
      console.log(`exit with Redis down: API ${api.ms} ms, worker ${worker.ms} ms`);
    } finally {
      await stack.stop();
    }
  });
});
