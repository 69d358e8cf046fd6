import { type ListVersion, ListVersionSchema } from '@screening/schemas';
import type { RedisClient } from './redis';

/**
 * The list versions that workers have loaded, published in Redis so that the API (which never loads lists)
 * can answer GET /v1/lists and readiness. Each worker heartbeats its entry with a TTL.
 */
export class ListsRegistry {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key() {
    return `${this.prefix}:lists:workers`;
  }

  async publish(workerId: string, lists: ListVersion[], ttlSeconds = 30): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .hset(this.key, workerId, JSON.stringify({ at: now, lists }))
      .expire(this.key, ttlSeconds * 4)
      .exec();
  }

  async withdraw(workerId: string): Promise<void> {
    await this.redis.hdel(this.key, workerId);
  }

  /** Lists served by live workers (heartbeat within `maxAgeMs`), newest version per list id. */
  async current(maxAgeMs = 30_000): Promise<{ workers: number; lists: ListVersion[] }> {
    const all = await this.redis.hgetall(this.key);
    const now = Date.now();
    const byId = new Map<string, ListVersion>();
    let workers = 0;
    for (const raw of Object.values(all)) {
      const entry = JSON.parse(raw) as { at: number; lists: unknown[] };
      if (now - entry.at > maxAgeMs) continue;
      workers++;
      for (const l of entry.lists.map((x) => ListVersionSchema.parse(x))) {
        const prev = byId.get(l.id);
        if (!prev || prev.loadedAt < l.loadedAt) byId.set(l.id, l);
      }
    }
    return { workers, lists: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)) };
  }
}
