import { randomBytes } from 'node:crypto';
import { openRedis, pingRedis } from '@screening/queue';
import { type Config, loadConfig } from '@screening/runtime';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Absolute path of the shared official list files (never copied into the repo). */
export const WATCHLISTS = require('node:path').resolve(__dirname, '../../../../shared/watchlists') as string;

/** A unique Redis key prefix per test file, so that test files never see each other's keys. */
export function testPrefix(name = 'test'): string {
  return `t-${name}-${randomBytes(4).toString('hex')}`;
}

/**
 * How long a synchronous call waits for its worker in tests unless a test sets its own: a liveness bound, not the
 * 10 s default, which a worker on a loaded 2-core machine (lists indexing, other test processes) can exceed, so that a
 * call expected to answer 200 got the timeout's 202/503. Tests of the timeout itself set SCREEN_SYNC_TIMEOUT_MS.
 */
export const TEST_SYNC_TIMEOUT_MS = '60000';

/** Config for a test: real Redis at REDIS_URL, a fresh prefix, quiet logs, generous sync timeout, overrides on top. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ REDIS_URL, REDIS_PREFIX: testPrefix(), LOG_LEVEL: 'silent', NODE_ENV: 'test', SCREEN_SYNC_TIMEOUT_MS: TEST_SYNC_TIMEOUT_MS, ...overrides });
}

/** Fails fast (instead of 18 s of ECONNREFUSED) when no Redis answers. */
export async function assertRedis(url = REDIS_URL): Promise<void> {
  if (!(await pingRedis(url))) throw new Error(`Redis not reachable at ${url}: start one (pnpm test does) or set REDIS_URL`);
}

/** Deletes every key under a prefix (SCAN, not KEYS). */
export async function cleanupPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const r = openRedis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

/**
 * Polls `probe` until it returns a truthy value or the timeout passes (then throws with `what`). The default timeout
 * is a liveness bound for a loaded 2-core machine (a worker heartbeat, a job, a list load there can take well over
 * 10 s), kept under jest's 60 s per test so that a condition that never holds fails with its own message.
 */
export async function waitFor<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 30_000, everyMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
export * from './cluster';
export * from './own-redis';
export * from './webhook-receiver';
