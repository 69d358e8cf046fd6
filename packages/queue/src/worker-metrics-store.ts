import type { RedisClient } from './redis';

/**
 * Worker metrics published through Redis: each worker process writes a snapshot of its own metrics
 * (prom-client's `getMetricsAsJSON()`) under its worker id; the API reads the fresh ones and aggregates
 * them into its `/metrics`. One hash per prefix, so it follows REDIS_PREFIX (and its cluster hash tag).
 */
export class WorkerMetricsStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key() {
    return `${this.prefix}:metrics:workers`;
  }

  async publish(workerId: string, metrics: unknown[], ttlSeconds = 120): Promise<void> {
    await this.redis
      .multi()
      .hset(this.key, workerId, JSON.stringify({ at: Date.now(), metrics }))
      .expire(this.key, ttlSeconds)
      .exec();
  }

  async withdraw(workerId: string): Promise<void> {
    await this.redis.hdel(this.key, workerId);
  }

  /** Snapshots written within `maxAgeMs` (a crashed worker's entry stops counting, stale ones are removed). */
  async fresh(maxAgeMs: number): Promise<unknown[][]> {
    const all = await this.redis.hgetall(this.key);
    const now = Date.now();
    const out: unknown[][] = [];
    const stale: string[] = [];
    for (const [id, raw] of Object.entries(all)) {
      const entry = JSON.parse(raw) as { at: number; metrics: unknown[] };
      if (now - entry.at > maxAgeMs) stale.push(id);
      else out.push(entry.metrics);
    }
    if (stale.length) await this.redis.hdel(this.key, ...stale);
    return out;
  }
}
