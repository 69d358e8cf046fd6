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
