import { createHash } from 'node:crypto';
import type { CanonicalEntity, ListChanges } from '@screening/schemas';
import type { RedisClient } from './redis';

export interface DesiredLists {
  /** bumped on every refresh; workers reload when theirs is older */
  generation: number;
  at: string;
  reason: string;
}

export interface ListHistoryEntry {
  version: string;
  path: string;
  loadedAt: string;
  publishedAt?: string;
  entities: number;
  /** the load report: rows read, entities kept, rows rejected and why */
  report?: { rows: number; entities: number; rejected: number; reasons: Record<string, number> };
}

const CHANGES_TTL = 90 * 24 * 3600;

/**
 * Version of an uploaded custom list: a hash of its bytes, the same stamp `loadCustomList` (@screening/watchlists)
 * gives it — computed here so that the API can name an upload without reading it (the worker checks both agree).
 */
export function customListVersion(content: string, category?: string): string {
  // a declared category is part of the version: re-declaring it on the same bytes is a new version every worker loads
  return `sha256-${createHash('sha256').update(category ? `${content}\n#category=${category}` : content).digest('hex').slice(0, 16)}`;
}

/**
 * Coordination of list versions through Redis, shared by the API and every worker: the desired generation
 * (bumped by a refresh, announced on a pub/sub channel and polled as a fallback), custom list uploads, the
 * version history per source, stored diffs, and the last load error per source.
 */
export class ListControl {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private k(...parts: string[]) {
    return [this.prefix, 'lists', ...parts].join(':');
  }

  get channel(): string {
    return this.k('changed');
  }

  async desired(): Promise<DesiredLists | undefined> {
    const raw = await this.redis.get(this.k('desired'));
    return raw ? (JSON.parse(raw) as DesiredLists) : undefined;
  }

  /** Starts a new generation and tells every worker (they also poll, so a missed message only delays). */
  async bump(reason: string, now = new Date()): Promise<DesiredLists> {
    const generation = await this.redis.incr(this.k('generation'));
    const d: DesiredLists = { generation, at: now.toISOString(), reason };
    await this.redis.set(this.k('desired'), JSON.stringify(d));
    await this.redis.publish(this.channel, JSON.stringify(d));
    return d;
  }

  /** `name` is the list's key (`<tenant>.<name>` or a deployment-wide `<name>`, see list-scope); `category` as declared at upload. */
  async putCustom(name: string, content: string, version: string, now = new Date(), category?: string): Promise<void> {
    const multi = this.redis.multi();
    if (!category) multi.hdel(this.k('custom', name), 'category');
    await multi
      .hset(this.k('custom', name), { content, version, uploadedAt: now.toISOString(), ...(category ? { category } : {}) })
      .sadd(this.k('custom-names'), name)
      .exec();
  }

  /** Removes a custom list (by key); false when there was none. Workers drop it on the next generation. */
  async deleteCustom(name: string): Promise<boolean> {
    const res = await this.redis.multi().del(this.k('custom', name)).srem(this.k('custom-names'), name).exec();
    return Number(res?.[0]?.[1] ?? 0) > 0 || Number(res?.[1]?.[1] ?? 0) > 0;
  }

  /** Keeps an upload for a worker to read (it is made current with `putCustom` only once a worker accepted it). */
  async stageCustom(name: string, version: string, content: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.k('custom-upload', name, version), content, 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async stagedCustom(name: string, version: string): Promise<string | undefined> {
    return (await this.redis.get(this.k('custom-upload', name, version))) ?? undefined;
  }

  async dropStagedCustom(name: string, version: string): Promise<void> {
    await this.redis.del(this.k('custom-upload', name, version));
  }

  async customNames(): Promise<string[]> {
    return (await this.redis.smembers(this.k('custom-names'))).sort();
  }

  async getCustom(name: string): Promise<{ content: string; version: string; uploadedAt: string; category?: string } | undefined> {
    const h = await this.redis.hgetall(this.k('custom', name));
    return h.content !== undefined ? { content: h.content, version: h.version!, uploadedAt: h.uploadedAt!, ...(h.category ? { category: h.category } : {}) } : undefined;
  }

  /** Records a version once per (source, version) so history lists each version a worker has served. */
  async recordVersion(source: string, e: ListHistoryEntry): Promise<void> {
    const added = await this.redis.hsetnx(this.k('versions', source), e.version, JSON.stringify(e));
    if (added) await this.redis.rpush(this.k('history', source), e.version);
  }

  /** The recorded entry of one version (its load report, path and dates). */
  async version(source: string, version: string): Promise<ListHistoryEntry | undefined> {
    const raw = await this.redis.hget(this.k('versions', source), version);
    return raw ? (JSON.parse(raw) as ListHistoryEntry) : undefined;
  }

  async history(source: string): Promise<ListHistoryEntry[]> {
    const order = await this.redis.lrange(this.k('history', source), 0, -1);
    if (!order.length) return [];
    const raw = await this.redis.hmget(this.k('versions', source), ...order);
    return raw.filter((r): r is string => !!r).map((r) => JSON.parse(r) as ListHistoryEntry);
  }

  /**
   * Stores the diff of one change; only the first caller (of all workers seeing the same change) wins and gets
   * true, so that the re-screening for it is started exactly once.
   */
  async claimChange(diff: ListChanges, changedEntities: CanonicalEntity[], generation: number): Promise<boolean> {
    // one claim per change and generation: a list that flips back and forth is re-screened on every flip
    const won = await this.redis.set(this.k('claims', diff.source, diff.from, diff.to, String(generation)), '1', 'EX', 24 * 3600, 'NX');
    if (!won) return false;
    await this.redis
      .multi()
      .set(this.k('changes', diff.source, diff.from, diff.to), JSON.stringify(diff), 'EX', CHANGES_TTL)
      .set(this.k('changed-entities', diff.source, diff.from, diff.to), JSON.stringify(changedEntities), 'EX', CHANGES_TTL)
      .set(this.k('latest-change', diff.source), `${diff.from}:${diff.to}`)
      .exec();
    return true;
  }

  /**
   * Stores the diff of two versions that were not one step apart (computed on request), so that `changes(source,
   * from, to)` serves it; unlike `claimChange` it neither moves the latest change nor starts a re-screening.
   */
  async storeChanges(diff: ListChanges): Promise<void> {
    await this.redis.set(this.k('changes', diff.source, diff.from, diff.to), JSON.stringify(diff), 'EX', CHANGES_TTL, 'NX');
  }

  async changes(source: string, from?: string, to?: string): Promise<ListChanges | undefined> {
    if (!from || !to) {
      const latest = await this.redis.get(this.k('latest-change', source));
      if (!latest) return undefined;
      const [f, t] = latest.split(':');
      if ((from && from !== f) || (to && to !== t)) return undefined;
      [from, to] = [f!, t!];
    }
    const raw = await this.redis.get(this.k('changes', source, from, to));
    return raw ? (JSON.parse(raw) as ListChanges) : undefined;
  }

  async changedEntities(source: string, from: string, to: string): Promise<CanonicalEntity[] | undefined> {
    const raw = await this.redis.get(this.k('changed-entities', source, from, to));
    return raw ? (JSON.parse(raw) as CanonicalEntity[]) : undefined;
  }

  async setError(source: string, error: string | undefined, now = new Date()): Promise<void> {
    if (error) await this.redis.hset(this.k('errors'), source, JSON.stringify({ at: now.toISOString(), error }));
    else await this.redis.hdel(this.k('errors'), source);
  }

  async errors(): Promise<Record<string, { at: string; error: string }>> {
    const h = await this.redis.hgetall(this.k('errors'));
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, JSON.parse(v) as { at: string; error: string }]));
  }
}
