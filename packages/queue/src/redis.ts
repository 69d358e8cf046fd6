import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for BullMQ workers and blocking commands: waits for Redis forever (BullMQ's production guide).
 */
export function workerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra });
}

/**
 * Connection for producers in the API: fails fast while Redis is down (so requests answer 503 instead of
 * hanging), and reconnects on its own when Redis returns.
 */
export function producerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
}

/**
 * Closes a connection last in a shutdown: QUIT when Redis is reachable (pending replies arrive first), else
 * (or when QUIT does not return within `timeoutMs`) a plain disconnect, so that a shutdown never waits for a
 * Redis that is down.
 */
export async function closeConnection(r: Redis, timeoutMs = 1000): Promise<void> {
  if (r.status === 'end') return;
  if (r.status !== 'ready') return r.disconnect();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([r.quit().catch(() => undefined), new Promise((res) => (timer = setTimeout(res, timeoutMs)))]);
  clearTimeout(timer);
  if ((r.status as string) !== 'end') r.disconnect();
}

/** Waits for `p` at most `ms` (its errors ignored): shutdown steps must not hang on a Redis that is down. */
export async function withTimeout(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** One-shot probe: resolves true when Redis answers PING within the timeout. */
export async function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
