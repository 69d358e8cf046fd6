import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { serviceNodeFlags } from '../../../scripts/service-node-flags.cjs';
import { cleanupPrefix, REDIS_URL, TEST_SYNC_TIMEOUT_MS, testPrefix, waitFor } from '@screening/testkit';

export const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
    srv.on('error', reject);
  });
}

/** Resolves with the promise's value, or undefined after `ms` (the timer never keeps jest alive). */
export function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((r) => {
    timer = setTimeout(() => r(undefined), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** A process and all its descendants (from /proc; a process that spawned children must be killed with them). */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        tree.push(...readFileSync(`/proc/${tree[i]}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return tree;
}

/** Sends `signal` to a process and its descendants, children first. */
export function signalTree(pid: number, signal: NodeJS.Signals): void {
  for (const p of processTree(pid).reverse()) {
    try {
      process.kill(p, signal);
    } catch {
      // gone already
    }
  }
}

/** The command line of a process ('' once it is gone). */
export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Peak resident memory of a process so far (VmHWM, bytes). */
export function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) * 1024;
}

export interface Proc {
  child: ChildProcess;
  name: string;
  /** everything the process wrote (JSON log lines) */
  output: () => string;
  exited: Promise<number | null>;
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv): Proc {
  // node with tsx's loader, not the tsx CLI: the CLI relays SIGTERM and SIGKILLs a child whose event loop is busy
  // for 30 ms (a worker in the middle of a chunk), which would defeat graceful shutdown
  const child = spawn(process.execPath, [...serviceNodeFlags(env), '--conditions=source', '--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, name, output: () => out, exited };
}

export interface Stack {
  url: string;
  env: NodeJS.ProcessEnv;
  api: Proc;
  workers: Proc[];
  addWorker: () => Proc;
  /** starts a new API process on the same port and env (after the old one died); resolves when it listens */
  restartApi: () => Promise<Proc>;
  stop: () => Promise<void>;
}

/**
 * Starts the real API and N real worker processes (as `pnpm start` does) on the shared Redis under a fresh
 * prefix; resolves when /readyz says ready.
 */
export async function startProcesses(opts: { env?: Record<string, string>; workers?: number; readyTimeoutMs?: number } = {}): Promise<Stack> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    REDIS_URL,
    REDIS_PREFIX: testPrefix('e2e'),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SCREEN_SYNC_TIMEOUT_MS: TEST_SYNC_TIMEOUT_MS, // a liveness bound on a loaded machine; tests of the timeout set their own
    ...opts.env,
  };
  const workers: Proc[] = [];
  const addWorker = () => {
    const w = launch(`worker-${workers.length + 1}`, 'services/worker/src/main.ts', env);
    workers.push(w);
    return w;
  };
  for (let i = 0; i < (opts.workers ?? 1); i++) addWorker();
  let api = launch('api', 'services/api/src/main.ts', env);
  const url = `http://127.0.0.1:${port}`;
  const restartApi = async () => {
    api = launch('api', 'services/api/src/main.ts', env);
    stack.api = api;
    await waitFor(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200, 'the new API to listen', 60_000, 100);
    return api;
  };
  const stop = async () => {
    for (const p of [api, ...workers]) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.all([api, ...workers].map((p) => within(p.exited, 15_000)));
    for (const p of [api, ...workers]) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    if (!env.REDIS_CLUSTER_NODES) await cleanupPrefix(env.REDIS_PREFIX!); // a test cluster is thrown away whole
  };
  try {
    // a process that exited is final: fail at once instead of polling out the (long) readiness timeout
    const exited = () => [api, ...workers].find((p) => p.child.exitCode !== null);
    await waitFor(
      async () => exited() ?? (await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200,
      'the stack to be ready',
      opts.readyTimeoutMs ?? 180_000, // API and workers loading lists: minutes on a loaded 2-core machine (60 s was exceeded at load 13)
      200,
    );
    const early = exited();
    if (early) throw new Error(`${early.name} exited early:\n${early.output().slice(-2000)}`);
  } catch (err) {
    await stop();
    throw err;
  }
  const stack: Stack = { url, env, api, workers, addWorker, restartApi, stop };
  return stack;
}

/** JSON helper for the running API. */
export interface CallResult {
  status: number;
  headers: { get: (name: string) => string | null };
  body: any;
  text: string;
}

export async function call(url: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<CallResult> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, body: json, text };
}
