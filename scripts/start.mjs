#!/usr/bin/env node
// `pnpm start` / `npm start`: installs what is missing, makes sure a Redis answers (starting a private one
// if needed), then runs the API and WORKERS worker processes. Ctrl-C stops everything cleanly.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ensureDeps, ensurePnpm, hasCommand, REDIS_HELP, redisAnswers, ROOT, startRedis } from './lib.mjs';
import { serviceNodeFlags } from './service-node-flags.cjs';

const env = { ...process.env };
env.REDIS_URL ??= 'redis://127.0.0.1:6379';
const workers = Number(env.WORKERS || cpus().length);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`WORKERS must be a positive integer (got "${env.WORKERS}")`);
  process.exit(1);
}

ensureDeps(ensurePnpm());

let redis;
if (!(await redisAnswers(env.REDIS_URL))) {
  if (!hasCommand('redis-server')) {
    console.error(`${REDIS_HELP}\n(REDIS_URL=${env.REDIS_URL})`);
    process.exit(1);
  }
  redis = await startRedis(Number(new URL(env.REDIS_URL).port || 6379), { persistent: true });
}

/** Supervision (README "Run"): a process that dies is restarted with backoff; too many restarts stop everything. */
const intEnv = (name, def) => {
  const v = env[name] === undefined || env[name] === '' ? def : Number(env[name]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`${name} must be a non-negative integer (got "${env[name]}")`);
    process.exit(1);
  }
  return v;
};
const MAX_RESTARTS = intEnv('SUPERVISOR_MAX_RESTARTS', 5);
const RESTART_WINDOW_MS = intEnv('SUPERVISOR_RESTART_WINDOW_MS', 60_000);
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 16_000, 30_000];

const children = new Map();
const restarts = new Map();
const pending = new Set();
const say = (msg) => console.error(`\x1b[33m[start]\x1b[0m ${msg}`);

const run = (name, entry) => {
  // node with tsx's loader rather than the tsx CLI, whose signal relay SIGKILLs a child that is busy for 30 ms
  // (a worker in the middle of a chunk): SIGTERM must reach the process so that it drains gracefully
  const child = spawn(process.execPath, [...serviceNodeFlags(env), '--conditions=source', '--import', 'tsx', entry], { cwd: ROOT, env, stdio: 'inherit' });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    const recent = (restarts.get(name) ?? []).filter((t) => now - t < RESTART_WINDOW_MS);
    if (recent.length >= MAX_RESTARTS) {
      say(`\x1b[31m${name} exited (${signal ?? code}) after ${recent.length} restart(s) within ${RESTART_WINDOW_MS / 1000} s (SUPERVISOR_MAX_RESTARTS=${MAX_RESTARTS}): giving up, stopping everything\x1b[0m`);
      void stop(1);
      return;
    }
    recent.push(now);
    restarts.set(name, recent);
    const delay = BACKOFF_MS[Math.min(recent.length - 1, BACKOFF_MS.length - 1)];
    say(`${name} (pid ${child.pid}) exited (${signal ?? code}); restarting it in ${delay} ms (restart ${recent.length} of ${MAX_RESTARTS} within ${RESTART_WINDOW_MS / 1000} s); the other processes keep serving`);
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!stopping) run(name, entry);
    }, delay);
    pending.add(timer);
  });
};

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const t of pending) clearTimeout(t);
  await Promise.all(
    [...children.values()].map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', resolve);
          c.kill('SIGTERM');
        }),
    ),
  );
  await redis?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

for (let i = 0; i < workers; i++) run(`worker-${i + 1}`, 'services/worker/src/main.ts');
run('api', 'services/api/src/main.ts');
console.log(`\x1b[36m[start]\x1b[0m API + ${workers} worker process(es); Ctrl-C stops them. Readiness: http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 8080}/readyz`);
