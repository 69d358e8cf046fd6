#!/usr/bin/env node
// `pnpm test` / `npm test`: installs what is missing, makes sure a Redis answers (starting a throwaway one
// on a free port if none does), then runs every package's tests serially against it.
import { spawnSync } from 'node:child_process';
import { ensureDeps, ensurePnpm, freePort, hasCommand, REDIS_HELP, redisAnswers, ROOT, startRedis } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDeps(pnpm);
const env = { ...process.env, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
let redis;
if (!(await redisAnswers(env.REDIS_URL))) {
  if (!hasCommand('redis-server')) {
    console.error(REDIS_HELP);
    process.exit(1);
  }
  redis = await startRedis(await freePort(), { persistent: false });
  env.REDIS_URL = redis.url;
}
const args = ['-r', '--workspace-concurrency=1', '--no-bail', 'test', ...process.argv.slice(2)];
const r = spawnSync(pnpm, args, { cwd: ROOT, env, stdio: 'inherit' });
await redis?.stop();
process.exit(r.status ?? 1);
