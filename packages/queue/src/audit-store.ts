import type { AuditEvent, AuditEventDraft } from '@screening/schemas';
import type { RedisClient } from './redis';
import { type ChainHead, GENESIS, chain, canonicalJson, sha256 } from './audit-chain';
import { AUDIT_APPEND } from './audit-scripts';

/** Most events one group-committed append carries (a batch chunk's events are one append of up to BATCH_CHUNK_SIZE). */
const GROUP_MAX = 1000;

/** The chain of events that concern every tenant (list version and configuration changes). */
export const SYSTEM_TENANT = '_system';

type Scripted = RedisClient & { auditAppend(numKeys: number, ...args: (string | number)[]): Promise<[number, number, string?]> };

function withScript(redis: RedisClient): Scripted {
  const r = redis as Scripted;
  if (typeof r.auditAppend !== 'function') redis.defineCommand('auditAppend', { lua: AUDIT_APPEND });
  return r;
}

/** SHA-256 of the canonical JSON of an input (what the audit keeps when the input itself may not be kept). */
export const inputHash = (input: unknown) => sha256(canonicalJson(input));

/**
 * The hash-chained audit trail, one chain per tenant in Redis (a stream of events + the head), appended
 * atomically by a compare-and-set script. Durable only with AOF (`appendonly yes`, see README); exported to
 * daily files for long-term archive (`pnpm audit:export`).
 */
export class AuditStore {
  private readonly redis: Scripted;
  /** last head this process wrote or saw per tenant: usually right, so an append is one round trip */
  private readonly heads = new Map<string, ChainHead>();
  /** appends of each tenant waiting for the one in flight (group commit, see `append`) */
  private readonly waiting = new Map<string, { drafts: AuditEventDraft[]; resolve: (e: AuditEvent[]) => void; reject: (err: unknown) => void }[]>();
  private readonly flushing = new Set<string>();
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.redis = withScript(redis);
  }

  /** Keys of a tenant's chain share the hash tag `{audit:<tenant>}` (or the prefix's own tag). */
  key(tenant: string, part: 'head' | 'events' | `fp:${string}`): string {
    return `${this.prefix}:audit:{${tenant}}:${part}`;
  }

  /** Tenants that have a chain (SCAN over the heads). */
  async tenants(): Promise<string[]> {
    const out = new Set<string>();
    // a cluster client scans each master; a single node is its own only node
    const nodes = 'nodes' in this.redis ? this.redis.nodes('master') : [this.redis];
    for (const node of nodes) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', `${this.prefix}:audit:*:head`, 'COUNT', 1000);
        cursor = next;
        for (const k of keys) {
          const at = k.indexOf(':audit:{');
          if (at >= 0 && k.endsWith('}:head')) out.add(k.slice(at + 8, -6));
        }
      } while (cursor !== '0');
    }
    return [...out].sort();
  }

  async head(tenant: string): Promise<ChainHead> {
    const [seq, hash] = await this.redis.hmget(this.key(tenant, 'head'), 'seq', 'hash');
    return { seq: Number(seq ?? 0), hash: hash ?? GENESIS };
  }

  /**
   * Appends drafts (all of one tenant) in order; returns the chained events. Appends of one tenant from this process
   * are group-committed: while one is in flight, the next ones wait and then go together in one script call (up to
   * GROUP_MAX events). Concurrent jobs of a worker therefore never race each other for the chain head (each lost race
   * was one more round trip, and another chance to wait behind a busy event loop, on the way to the job's answer);
   * other processes still meet in the compare-and-set.
   */
  append(tenant: string, drafts: AuditEventDraft[]): Promise<AuditEvent[]> {
    if (!drafts.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      let queue = this.waiting.get(tenant);
      if (!queue) this.waiting.set(tenant, (queue = []));
      queue.push({ drafts, resolve, reject });
      // after the current job of the event loop: appends made together (Promise.all) go as one group
      if (!this.flushing.has(tenant)) {
        this.flushing.add(tenant);
        queueMicrotask(() => void this.flush(tenant));
      }
    });
  }

  private async flush(tenant: string): Promise<void> {
    try {
      for (;;) {
        const queue = this.waiting.get(tenant);
        if (!queue?.length) break;
        // one group: everything waiting, up to GROUP_MAX events (a single larger append still goes alone)
        let n = 0;
        let take = 0;
        while (take < queue.length && (take === 0 || n + queue[take]!.drafts.length <= GROUP_MAX)) n += queue[take++]!.drafts.length;
        const group = queue.splice(0, take);
        if (!queue.length) this.waiting.delete(tenant);
        try {
          const events = await this.appendNow(tenant, group.length === 1 ? group[0]!.drafts : group.flatMap((g) => g.drafts));
          let at = 0;
          for (const g of group) {
            g.resolve(events.slice(at, at + g.drafts.length));
            at += g.drafts.length;
          }
        } catch (err) {
          for (const g of group) g.reject(err);
        }
      }
    } finally {
      this.flushing.delete(tenant);
    }
  }

  /** One append (with its compare-and-set retries when another writer moved the head). */
  private async appendNow(tenant: string, drafts: AuditEventDraft[]): Promise<AuditEvent[]> {
    let head = this.heads.get(tenant) ?? (await this.head(tenant));
    for (let attempt = 0; attempt < 1000; attempt++) {
      const events = chain(head, drafts);
      const fpKeys = [...new Set(events.flatMap((e) => e.fingerprints ?? []))];
      const fpIndex = new Map(fpKeys.map((f, i) => [f, i + 1]));
      const argv: (string | number)[] = [head.seq, head.hash, events[events.length - 1]!.hash, events.length];
      for (const e of events) {
        const fps = [...new Set(e.fingerprints ?? [])];
        argv.push(Date.parse(e.at) || 0, e.seq, JSON.stringify(e), fps.length, ...fps.map((f) => fpIndex.get(f)!));
      }
      const keys = [this.key(tenant, 'head'), this.key(tenant, 'events'), ...fpKeys.map((f) => this.key(tenant, `fp:${f}`))];
      const r = await this.redis.auditAppend(keys.length, ...keys, ...argv);
      if (r[0] === 1) {
        this.heads.set(tenant, { seq: Number(r[1]), hash: events[events.length - 1]!.hash });
        return events;
      }
      head = { seq: Number(r[1]), hash: String(r[2]) };
    }
    throw new Error('audit append: the chain head kept moving (1000 attempts)');
  }

  /** Events of a tenant in order, in pages, optionally between two times (`at`) and of some types. */
  async *read(tenant: string, opts: { from?: string; to?: string; types?: readonly string[]; page?: number } = {}): AsyncGenerator<AuditEvent[]> {
    const fromMs = opts.from ? Date.parse(opts.from) : undefined;
    const toMs = opts.to ? Date.parse(opts.to) : undefined;
    // a stream id's time is never earlier than its event's `at` (ids never go backwards): start a little early
    let start = fromMs !== undefined ? String(Math.max(0, fromMs - 60_000)) : '-';
    const types = opts.types?.length ? new Set(opts.types) : undefined;
    for (;;) {
      const rows = await this.redis.xrange(this.key(tenant, 'events'), start, '+', 'COUNT', opts.page ?? 1000);
      if (!rows.length) return;
      const events: AuditEvent[] = [];
      let past = false;
      for (const [, fields] of rows) {
        const e = JSON.parse(fields[1]!) as AuditEvent;
        const at = Date.parse(e.at);
        if (toMs !== undefined && at > toMs) {
          if (at > toMs + 60_000) past = true;
          continue;
        }
        if (fromMs !== undefined && at < fromMs) continue;
        if (types && !types.has(e.type)) continue;
        events.push(e);
      }
      if (events.length) yield events;
      if (past || rows.length < (opts.page ?? 1000)) return;
      start = `(${rows[rows.length - 1]![0]}`;
    }
  }

  /** Events of a tenant that concern a party (by fingerprint), oldest first. */
  async forParty(tenant: string, fingerprint: string, limit = 1000): Promise<AuditEvent[]> {
    const ids = await this.redis.zrange(this.key(tenant, `fp:${fingerprint}`), 0, String(limit - 1));
    if (!ids.length) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.xrange(this.key(tenant, 'events'), id, id);
    const res = (await p.exec()) ?? [];
    return res.flatMap(([, rows]) => (rows as [string, string[]][]).map(([, f]) => JSON.parse(f[1]!) as AuditEvent));
  }
}
