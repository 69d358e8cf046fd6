import { type ChildProcess, spawn } from 'node:child_process';
import { assertRedis, cleanupPrefix, REDIS_URL, testPrefix, waitFor } from '@screening/testkit';
import { call, cmdline, freePort, processTree, ROOT, signalTree, within } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

interface Supervised {
  child: ChildProcess;
  url: string;
  prefix: string;
  output: () => string;
  exited: Promise<number | null>;
  /** pids of the worker processes it runs now */
  workers: () => number[];
  stop: () => Promise<void>;
}

/** `pnpm start` as a user runs it (scripts/start.mjs: the supervisor, the API and WORKERS workers) on the shared Redis under a fresh prefix. */
async function startSupervised(env: Record<string, string>): Promise<Supervised> {
  const port = await freePort();
  const prefix = testPrefix('sup');
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', REDIS_URL, REDIS_PREFIX: prefix, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const workers = () => processTree(child.pid!).filter((p) => cmdline(p).includes('services/worker/src/main.ts'));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    if ((await within(exited, 20_000)) === undefined) signalTree(child.pid!, 'SIGKILL');
    await cleanupPrefix(prefix);
  };
  const s = { child, url, prefix, output: () => out, exited, workers, stop };
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`pnpm start exited early:\n${out.slice(-2000)}`);
    return (await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200;
  }, 'pnpm start to be ready', 90_000, 200);
  return s;
}

function csv(rows: number): string {
  const lines = ['name,customer_id'];
  for (let i = 1; i <= rows; i++) lines.push(`${i % 10 === 0 ? 'Evgeny Prigozhin' : `Customer ${i} Trading Company`},C-${i}`);
  return `${lines.join('\n')}\n`;
}

describe('pnpm start supervises its processes', () => {
  beforeAll(() => assertRedis());

  it('when a worker process is SIGKILLed mid-batch (as an OOM kill would), then the supervisor restarts it, the API keeps answering, and the batch completes with every row once', async () => {
    const ROWS = 3000;
    const s = await startSupervised({ WORKERS: '2', BATCH_CHUNK_SIZE: '50', WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000' });
    try {
      await waitFor(() => s.workers().length === 2, 'two worker processes');
      const up = await fetch(`${s.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv(ROWS) });
      expect(up.status).toBe(202);
      const { id } = (await up.json()) as { id: string };
      const progress = async () => (await call(s.url, `/v1/batches/${id}`)).body as { status: string; processed: number; rows: number; errors: number };
      await waitFor(async () => (await progress()).processed > 0, 'the batch to start', 60_000, 20);

      const [victim, survivor] = s.workers();
      signalTree(victim!, 'SIGKILL');
      expect((await progress()).processed).toBeLessThan(ROWS); // it really was mid-batch

      // the API answers all along, while the supervisor brings a new worker up
      const health: number[] = [];
      const restarted = await waitFor(async () => {
        health.push((await call(s.url, '/healthz')).status);
        const now = s.workers();
        return now.length === 2 && !now.includes(victim!) && now.includes(survivor!) ? now : undefined;
      }, 'the supervisor to restart the worker', 60_000, 100);
      expect(restarted).toHaveLength(2);
      expect(health.every((h) => h === 200)).toBe(true);
      expect(s.output()).toMatch(/worker-\d \(pid \d+\) exited \(SIGKILL\); restarting it in \d+ ms/);
      expect(s.child.exitCode).toBeNull();

      const done = await waitFor(async () => ((p) => (p.status === 'completed' || p.status === 'failed' ? p : undefined))(await progress()), 'the batch to complete', 90_000, 200);
      expect(done).toMatchObject({ status: 'completed', rows: ROWS, processed: ROWS, errors: 0 });
      const text = await (await fetch(`${s.url}/v1/batches/${id}/results?format=ndjson`)).text();
      const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { row: number; input: { customer_id: string } });
      expect(lines).toHaveLength(ROWS);
      lines.forEach((l, i) => {
        expect(l.row).toBe(i + 1);
        expect(l.input.customer_id).toBe(`C-${i + 1}`);
      });
    } finally {
      await s.stop();
    }
  });

  it('when a worker keeps dying past SUPERVISOR_MAX_RESTARTS, then pnpm start stops everything and exits 1 with a message saying so', async () => {
    const s = await startSupervised({ WORKERS: '1', SUPERVISOR_MAX_RESTARTS: '1', SUPERVISOR_RESTART_WINDOW_MS: '60000' });
    try {
      const [first] = await waitFor(() => (s.workers().length === 1 ? s.workers() : undefined), 'the worker');
      signalTree(first!, 'SIGKILL');
      const [second] = await waitFor(() => ((w) => (w.length === 1 && w[0] !== first ? w : undefined))(s.workers()), 'the restarted worker', 60_000, 100);
      signalTree(second!, 'SIGKILL');
      const code = await within(s.exited, 30_000);
      expect(code).toBe(1);
      expect(s.output()).toMatch(/worker-1 exited \(SIGKILL\) after 1 restart\(s\) within 60 s \(SUPERVISOR_MAX_RESTARTS=1\): giving up, stopping everything/);
      // nothing is left running: the API went down with it
      expect((await fetch(`${s.url}/healthz`).catch(() => undefined))?.status).toBeUndefined();
    } finally {
      await s.stop();
    }
  });
});
