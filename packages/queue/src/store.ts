import { type ScreeningResult, ScreeningResultSchema } from '@screening/schemas';
import type { RedisClient } from './redis';

/** Redis-backed storage of screening results, scoped by tenant. Returns plain objects. */
export class ScreeningStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private key(tenant: string, id: string) {
    return `${this.prefix}:screening:${tenant}:${id}`;
  }

  async save(tenant: string, result: ScreeningResult): Promise<void> {
    await this.redis.set(this.key(tenant, result.id), JSON.stringify(result), 'EX', this.ttlSeconds);
  }

  async get(tenant: string, id: string): Promise<ScreeningResult | undefined> {
    const raw = await this.redis.get(this.key(tenant, id));
    return raw ? ScreeningResultSchema.parse(JSON.parse(raw)) : undefined;
  }
}
