#!/usr/bin/env node
// `pnpm test:fuzz`: the HTTP fuzzer (services/api/test/fuzz.test.ts) with 10,000 generated requests and a fresh
// seed (FUZZ_RUNS and FUZZ_SEED override them; the seed is printed, so a failure can be replayed), against a
// real Redis (a throwaway one when none answers at REDIS_URL), the in-process API and a worker.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { ensureDeps, ensurePnpm, ROOT, testRedisEnv } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDeps(pnpm);
const { env, stop } = await testRedisEnv();
env.FUZZ_RUNS ??= '10000';
env.FUZZ_SEED ??= String(randomInt(2 ** 31));
console.log(`[fuzz] ${env.FUZZ_RUNS} requests, seed ${env.FUZZ_SEED}`);
const r = spawnSync(pnpm, ['--filter', '@screening/api', 'exec', 'jest', '--runInBand', 'test/fuzz.test.ts', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
await stop();
process.exit(r.status ?? 1);
