import { type AnalystDecision, AnalystDecisionSchema, type DecisionQuery } from '@screening/schemas';
import type { RedisClient } from './redis';

/**
 * Looks up decisions by index keys in one round trip. KEYS[1] index hash (key → decision id), KEYS[2] data hash
 * (id → JSON). ARGV: index keys. Returns, per key, the decision JSON or false.
 */
const LOOKUP = `
local out = {}
for i, k in ipairs(ARGV) do
  local id = redis.call('HGET', KEYS[1], k)
  out[i] = id and redis.call('HGET', KEYS[2], id) or false
end
return out`;

type Scripted = RedisClient & { decisionLookup(index: string, data: string, ...keys: string[]): Promise<(string | null)[]> };

/**
 * Analysts' decisions of a tenant: the decisions by id, an index from (fingerprint, entity) and (name key,
 * entity) to the latest decision on the pair, and a time-ordered list. All keys of a tenant share one hash tag.
 */
export class DecisionStore {
  private readonly redis: Scripted;
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.redis = redis as Scripted;
    if (typeof this.redis.decisionLookup !== 'function') redis.defineCommand('decisionLookup', { numberOfKeys: 2, lua: LOOKUP });
  }

  private k(tenant: string, part: 'data' | 'index' | 'list') {
    return `${this.prefix}:decisions:{${tenant}}:${part}`;
  }

  /** Saves a new decision and points its two index keys at it. */
  async create(d: AnalystDecision, indexKeys: string[]): Promise<void> {
    const m = this.redis.multi().hset(this.k(d.tenant, 'data'), d.id, JSON.stringify(AnalystDecisionSchema.parse(d))).zadd(this.k(d.tenant, 'list'), Date.parse(d.createdAt), d.id);
    for (const key of indexKeys) m.hset(this.k(d.tenant, 'index'), key, d.id);
    await m.exec();
  }

  async get(tenant: string, id: string): Promise<AnalystDecision | undefined> {
    const raw = await this.redis.hget(this.k(tenant, 'data'), id);
    return raw ? (JSON.parse(raw) as AnalystDecision) : undefined;
  }

  /** Replaces a decision (approval, revocation); a revoked decision is dropped from the index. */
  async update(d: AnalystDecision, indexKeys: string[]): Promise<void> {
    const m = this.redis.multi().hset(this.k(d.tenant, 'data'), d.id, JSON.stringify(AnalystDecisionSchema.parse(d)));
    if (d.status === 'revoked') {
      const current = indexKeys.length ? await this.redis.hmget(this.k(d.tenant, 'index'), ...indexKeys) : [];
      indexKeys.forEach((key, i) => current[i] === d.id && m.hdel(this.k(d.tenant, 'index'), key));
    }
    await m.exec();
  }

  /** Decisions by index key, in one round trip (a screening's or a chunk's matches). */
  async lookup(tenant: string, keys: readonly string[]): Promise<Map<string, AnalystDecision>> {
    const found = new Map<string, AnalystDecision>();
    const unique = [...new Set(keys)];
    if (!unique.length) return found;
    const raw = await this.redis.decisionLookup(this.k(tenant, 'index'), this.k(tenant, 'data'), ...unique);
    unique.forEach((key, i) => raw[i] && found.set(key, JSON.parse(raw[i]!) as AnalystDecision));
    return found;
  }

  /** A tenant's decisions, newest first, filtered. */
  async list(tenant: string, q: Partial<DecisionQuery> = {}): Promise<AnalystDecision[]> {
    const limit = q.limit ?? 100;
    const out: AnalystDecision[] = [];
    for (let start = 0; out.length < limit; start += 500) {
      const ids = await this.redis.zrevrange(this.k(tenant, 'list'), start, start + 499);
      if (!ids.length) break;
      const raws = await this.redis.hmget(this.k(tenant, 'data'), ...ids);
      for (const raw of raws) {
        if (!raw) continue;
        const d = JSON.parse(raw) as AnalystDecision;
        if ((q.entityId && d.entityId !== q.entityId) || (q.fingerprint && d.fingerprint !== q.fingerprint) || (q.verdict && d.verdict !== q.verdict) || (q.status && d.status !== q.status)) continue;
        out.push(d);
        if (out.length >= limit) break;
      }
    }
    return out;
  }
}
