#!/usr/bin/env node
// `pnpm start` / `npm start`: installs what is missing, makes sure a Redis answers (starting a private one
// if needed), then runs the API and WORKERS worker processes. Ctrl-C stops everything cleanly.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ensureDeps, ensurePnpm, hasCommand, REDIS_HELP, redisAnswers, ROOT, startRedis } from './lib.mjs';

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

const children = [];
const run = (name, entry) => {
  // node with tsx's loader rather than the tsx CLI, whose signal relay SIGKILLs a child that is busy for 30 ms
  // (a worker in the middle of a chunk): SIGTERM must reach the process so that it drains gracefully
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry], { cwd: ROOT, env, stdio: 'inherit' });
  child.name = name;
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
};

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
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
