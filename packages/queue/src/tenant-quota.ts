import type { RedisClient } from './redis';

/** Admits a batch when the tenant's active set is under the limit. KEYS: active set. ARGV: batch id, limit. */
const RESERVE = `
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
return 1`;

type Scripted = RedisClient & { quotaReserve(key: string, id: string, limit: number): Promise<number> };

/**
 * Per-tenant batch quotas: batches uploading, queued or running at once (an active set), and CSV bytes kept in
 * live batches (a hash batch id → bytes). Both are pruned lazily against the batch records (a batch that ended,
 * failed or expired stops counting), so nothing has to remember to release them.
 */
export class TenantQuota {
  private readonly redis: Scripted;
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.redis = redis as Scripted;
    if (typeof this.redis.quotaReserve !== 'function') redis.defineCommand('quotaReserve', { numberOfKeys: 1, lua: RESERVE });
  }

  private k(tenant: string, part: 'active' | 'bytes' | 'ingesting') {
    return `${this.prefix}:quota:${tenant}:${part}`;
  }

  /** Uploads in progress (no batch record yet): id → start time (ms), so that a crashed upload can be told apart. */
  async ingesting(tenant: string): Promise<Record<string, number>> {
    const h = await this.redis.hgetall(this.k(tenant, 'ingesting'));
    return Object.fromEntries(Object.entries(h).map(([id, at]) => [id, Number(at)]));
  }

  async endIngesting(tenant: string, ids: string[]): Promise<void> {
    if (ids.length) await this.redis.hdel(this.k(tenant, 'ingesting'), ...ids);
  }

  async activeIds(tenant: string): Promise<string[]> {
    return this.redis.smembers(this.k(tenant, 'active'));
  }

  /** Stops counting batches as active (ended, failed, expired or discarded). */
  async release(tenant: string, ids: string[]): Promise<void> {
    if (ids.length) await this.redis.srem(this.k(tenant, 'active'), ...ids);
  }

  /** Atomically takes an active slot for the batch; false when the tenant already has `limit` active batches. */
  async reserve(tenant: string, batchId: string, limit: number, now = Date.now()): Promise<boolean> {
    const ok = (await this.redis.quotaReserve(this.k(tenant, 'active'), batchId, limit)) === 1;
    if (ok) await this.redis.hset(this.k(tenant, 'ingesting'), batchId, now);
    return ok;
  }

  /** Bytes stored per batch of the tenant. */
  async storedBytes(tenant: string): Promise<Record<string, number>> {
    const h = await this.redis.hgetall(this.k(tenant, 'bytes'));
    return Object.fromEntries(Object.entries(h).map(([id, b]) => [id, Number(b)]));
  }

  async setBytes(tenant: string, batchId: string, bytes: number): Promise<void> {
    await this.redis.hset(this.k(tenant, 'bytes'), batchId, bytes);
  }

  async forgetBytes(tenant: string, ids: string[]): Promise<void> {
    if (ids.length) await this.redis.hdel(this.k(tenant, 'bytes'), ...ids);
  }
}
