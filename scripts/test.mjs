#!/usr/bin/env node
// `pnpm test` / `npm test`: installs what is missing, makes sure a Redis answers (starting a throwaway one
// on a free port if none does), then runs every package's tests serially against it.
import { spawnSync } from 'node:child_process';
import { ensureDeps, ensurePnpm, ROOT, testRedisEnv } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDeps(pnpm);
const { env, stop } = await testRedisEnv();
const args = ['-r', '--workspace-concurrency=1', '--no-bail', 'test', ...process.argv.slice(2)];
const r = spawnSync(pnpm, args, { cwd: ROOT, env, stdio: 'inherit' });
await stop();
process.exit(r.status ?? 1);
