import { type Alert, AlertSchema } from '@screening/schemas';
import type { RedisClient } from './redis';

/**
 * Alerts raised by re-screening, per tenant, in the order they were raised. A (party, list entity, entity
 * content) triple alerts at most once, however many workers or re-screenings see it.
 */
export class AlertStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private k(...parts: string[]) {
    return [this.prefix, 'alerts', ...parts].join(':');
  }

  /** Saves the alert unless its dedupe key was seen; returns whether it was new. */
  async raise(alert: Omit<Alert, 'id'>, dedupeKey: string): Promise<Alert | undefined> {
    const fresh = await this.redis.sadd(this.k('seen'), dedupeKey);
    if (!fresh) return undefined;
    const seq = await this.redis.incr(this.k('seq'));
    const a = AlertSchema.parse({ ...alert, id: `alr-${seq}` });
    await this.redis.multi().zadd(this.k('by-tenant', a.tenant), seq, a.id).hset(this.k('data'), a.id, JSON.stringify(a)).exec();
    return a;
  }

  /** Forgets dedupe keys of hits that ended (entity removed or no longer matching), so that a re-listing alerts again. */
  async forget(dedupeKeys: string[]): Promise<void> {
    if (dedupeKeys.length) await this.redis.srem(this.k('seen'), ...dedupeKeys);
  }

  async get(tenant: string, id: string): Promise<Alert | undefined> {
    const raw = await this.redis.hget(this.k('data'), id);
    const a = raw ? (JSON.parse(raw) as Alert) : undefined;
    return a?.tenant === tenant ? a : undefined;
  }

  /** A tenant's alerts, oldest first, after `cursor` (the `next` of the previous page) and at or after `since`. */
  async list(tenant: string, opts: { limit: number; cursor?: string; since?: string }): Promise<{ alerts: Alert[]; next?: string }> {
    const after = opts.cursor ? `(${opts.cursor}` : '-inf';
    const flat = await this.redis.zrangebyscore(this.k('by-tenant', tenant), after, '+inf', 'WITHSCORES', 'LIMIT', 0, opts.limit);
    const ids: string[] = [];
    let last: string | undefined;
    for (let i = 0; i < flat.length; i += 2) {
      ids.push(flat[i]!);
      last = flat[i + 1];
    }
    const raw = ids.length ? await this.redis.hmget(this.k('data'), ...ids) : [];
    const since = opts.since ? Date.parse(opts.since) : undefined;
    const alerts = raw.filter((r): r is string => !!r).map((r) => JSON.parse(r) as Alert).filter((a) => since === undefined || Date.parse(a.createdAt) >= since);
    return ids.length === opts.limit && last ? { alerts, next: last } : { alerts };
  }

  /** Retention: removes alerts raised before `before` (ISO); returns how many. */
  async pruneBefore(before: string): Promise<number> {
    const cut = Date.parse(before);
    let cursor = '0';
    let n = 0;
    do {
      const [next, flat] = await this.redis.hscan(this.k('data'), cursor, 'COUNT', 1000);
      cursor = next;
      const m = this.redis.multi();
      for (let i = 0; i < flat.length; i += 2) {
        const a = JSON.parse(flat[i + 1]!) as Alert;
        if (Date.parse(a.createdAt) >= cut) continue;
        m.hdel(this.k('data'), a.id).zrem(this.k('by-tenant', a.tenant), a.id);
        n++;
      }
      await m.exec();
    } while (cursor !== '0');
    return n;
  }

  async count(tenant: string): Promise<number> {
    return this.redis.zcard(this.k('by-tenant', tenant));
  }
}
