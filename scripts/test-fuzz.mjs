#!/usr/bin/env node
// `pnpm test:fuzz`: the HTTP fuzzer (services/api/test/fuzz.test.ts) with 10,000 generated requests and a fresh
// seed (FUZZ_RUNS and FUZZ_SEED override them; the seed is printed, so a failure can be replayed), against a
// real Redis (a throwaway one when none answers at REDIS_URL), the in-process API and a worker.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { ensureDeps, ensurePnpm, freePort, hasCommand, REDIS_HELP, redisAnswers, ROOT, startRedis } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDeps(pnpm);
const env = { ...process.env, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
env.FUZZ_RUNS ??= '10000';
env.FUZZ_SEED ??= String(randomInt(2 ** 31));
let redis;
if (!(await redisAnswers(env.REDIS_URL))) {
  if (!hasCommand('redis-server')) {
    console.error(REDIS_HELP);
    process.exit(1);
  }
  redis = await startRedis(await freePort(), { persistent: false });
  env.REDIS_URL = redis.url;
}
console.log(`[fuzz] ${env.FUZZ_RUNS} requests, seed ${env.FUZZ_SEED}`);
const r = spawnSync(pnpm, ['--filter', '@screening/api', 'exec', 'jest', '--runInBand', 'test/fuzz.test.ts', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
await redis?.stop();
process.exit(r.status ?? 1);
