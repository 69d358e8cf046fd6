import type { RedisClient } from './redis';

/** An item of the analysts' review queue: a screening or a batch row in review/block with open hits. */
export interface ReviewItem {
  /** `scr:<screeningId>` or `bat:<batchId>:<row>` */
  key: string;
  kind: 'screening' | 'batch-row';
  id: string;
  row?: number;
  name: string;
  decision: 'review' | 'block';
  lists: string[];
  rules: string[];
  /** entity ids of the hits no decision covers yet */
  openHits: string[];
  at: string;
}

/** The review queue of a tenant: items by time (sorted set) with their summary (hash). */
export class ReviewStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private k(tenant: string, part: 'items' | 'meta') {
    return `${this.prefix}:review:{${tenant}}:${part}`;
  }

  static screeningKey = (id: string) => `scr:${id}`;
  static rowKey = (batchId: string, row: number) => `bat:${batchId}:${row}`;

  /** Adds or replaces items; an item without open hits leaves the queue. */
  async put(tenant: string, items: ReviewItem[]): Promise<void> {
    if (!items.length) return;
    const m = this.redis.multi();
    for (const i of items) {
      if (i.openHits.length) m.zadd(this.k(tenant, 'items'), Date.parse(i.at), i.key).hset(this.k(tenant, 'meta'), i.key, JSON.stringify(i));
      else m.zrem(this.k(tenant, 'items'), i.key).hdel(this.k(tenant, 'meta'), i.key);
    }
    await m.exec();
  }

  /** Marks a hit of an item decided; the item leaves the queue when no open hit is left. */
  async decided(tenant: string, key: string, entityId: string): Promise<void> {
    const raw = await this.redis.hget(this.k(tenant, 'meta'), key);
    if (!raw) return;
    const item = JSON.parse(raw) as ReviewItem;
    await this.put(tenant, [{ ...item, openHits: item.openHits.filter((e) => e !== entityId) }]);
  }

  /** Newest first, at most `limit` (the caller filters). */
  async list(tenant: string, limit = 500): Promise<ReviewItem[]> {
    const keys = await this.redis.zrevrange(this.k(tenant, 'items'), 0, limit - 1);
    if (!keys.length) return [];
    const raws = await this.redis.hmget(this.k(tenant, 'meta'), ...keys);
    return raws.filter((r): r is string => !!r).map((r) => JSON.parse(r) as ReviewItem);
  }

  /** Drops every item of a batch (the batch was deleted). */
  async dropBatch(tenant: string, batchId: string): Promise<void> {
    const items = await this.list(tenant, 100_000);
    const keys = items.filter((i) => i.kind === 'batch-row' && i.id === batchId).map((i) => i.key);
    if (keys.length) await this.redis.multi().zrem(this.k(tenant, 'items'), ...keys).hdel(this.k(tenant, 'meta'), ...keys).exec();
  }
}
