import { type MonitoredParty, type MonitoredPartyInput, MonitoredPartySchema } from '@screening/schemas';
import type { RedisClient } from './redis';

/** Current hits of a monitored party: list entity id → content digest of that entity when it was hit. */
export type PartyHits = Record<string, string>;

/**
 * Parties kept for re-screening (`"monitor": true` on a screening or a batch). Only the party's input is kept,
 * plus the ids and digests of the list entities it currently hits (so that only new or changed hits alert).
 *
 * For batches (issue 5): call `add()` once per monitored row with `origin: { kind: 'batch', id: batchId, index: rowNumber }`
 * and the hits of that row (`hitsOf(matches, digestOf)`), or `addMany()` for a chunk.
 */
export class MonitorStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get partiesKey() {
    return `${this.prefix}:monitor:parties`;
  }
  private get hitsKey() {
    return `${this.prefix}:monitor:hits`;
  }

  static partyId(tenant: string, origin: MonitoredPartyInput['origin']): string {
    return `${tenant}:${origin.kind}:${origin.id}:${origin.index}`;
  }

  /** Keeps a party (validated; same origin = same id, so re-adding replaces) with its current hits. */
  async add(input: Omit<MonitoredPartyInput, 'id' | 'since'> & { since?: string }, hits: PartyHits = {}): Promise<string> {
    return (await this.addMany([{ party: input, hits }]))[0]!;
  }

  /** Party ids of a tenant's monitored parties with a fingerprint (to stop monitoring a party). */
  private fpKey(tenant: string, fingerprint: string) {
    return `${this.prefix}:monitor:fp:${tenant}:${fingerprint}`;
  }

  async addMany(items: { party: Omit<MonitoredPartyInput, 'id' | 'since'> & { since?: string }; hits?: PartyHits; fingerprint?: string }[]): Promise<string[]> {
    const m = this.redis.multi();
    const ids: string[] = [];
    for (const { party, hits, fingerprint } of items) {
      const id = MonitorStore.partyId(party.tenant, party.origin);
      const p = MonitoredPartySchema.parse({ ...party, id, since: party.since ?? new Date().toISOString() });
      m.hset(this.partiesKey, id, JSON.stringify(p)).hset(this.hitsKey, id, JSON.stringify(hits ?? {}));
      if (fingerprint) m.sadd(this.fpKey(party.tenant, fingerprint), id);
      ids.push(id);
    }
    if (ids.length) await m.exec();
    return ids;
  }

  async remove(id: string): Promise<boolean> {
    const [[, n]] = (await this.redis.multi().hdel(this.partiesKey, id).hdel(this.hitsKey, id).exec()) as [[unknown, number]];
    return n > 0;
  }

  /** Removes parties by id (in slices: a deleted batch may have many rows); returns how many were kept. */
  async removeMany(ids: string[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000);
      const res = await this.redis.multi().hdel(this.partiesKey, ...slice).hdel(this.hitsKey, ...slice).exec();
      n += Number(res?.[0]?.[1] ?? 0);
    }
    return n;
  }

  /** Stops monitoring every party of a tenant with this fingerprint; returns the ids that were monitored. */
  async removeByFingerprint(tenant: string, fingerprint: string): Promise<string[]> {
    const ids = await this.redis.smembers(this.fpKey(tenant, fingerprint));
    const live = ids.length ? (await this.redis.hmget(this.partiesKey, ...ids)).map((p, i) => (p ? ids[i]! : undefined)).filter((x): x is string => !!x) : [];
    await this.removeMany(ids);
    await this.redis.del(this.fpKey(tenant, fingerprint));
    return live;
  }

  /** Retention: removes parties monitored since before `before` (ISO); returns how many. */
  async pruneBefore(before: string): Promise<number> {
    const cut = Date.parse(before);
    const old: string[] = [];
    for await (const page of this.scan(1000)) for (const { party } of page) if (Date.parse(party.since) < cut) old.push(party.id);
    return this.removeMany(old);
  }

  async count(): Promise<number> {
    return this.redis.hlen(this.partiesKey);
  }

  async get(id: string): Promise<{ party: MonitoredParty; hits: PartyHits } | undefined> {
    const [p, h] = await Promise.all([this.redis.hget(this.partiesKey, id), this.redis.hget(this.hitsKey, id)]);
    return p ? { party: JSON.parse(p) as MonitoredParty, hits: h ? (JSON.parse(h) as PartyHits) : {} } : undefined;
  }

  /** Every monitored party (or those `keep` accepts, before parsing) with its hits, in pages (HSCAN: safe on a live store of millions). */
  async *scan(count = 1000, keep?: (id: string) => boolean): AsyncGenerator<{ party: MonitoredParty; hits: PartyHits }[]> {
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(this.partiesKey, cursor, 'COUNT', count);
      cursor = next;
      const ids: string[] = [];
      const parties: MonitoredParty[] = [];
      for (let i = 0; i < flat.length; i += 2) {
        if (keep && !keep(flat[i]!)) continue;
        ids.push(flat[i]!);
        parties.push(JSON.parse(flat[i + 1]!) as MonitoredParty);
      }
      if (!ids.length) continue;
      const hits = await this.redis.hmget(this.hitsKey, ...ids);
      yield parties.map((party, i) => ({ party, hits: hits[i] ? (JSON.parse(hits[i]!) as PartyHits) : {} }));
    } while (cursor !== '0');
  }

  async setHits(updates: { id: string; hits: PartyHits }[]): Promise<void> {
    if (!updates.length) return;
    const m = this.redis.multi();
    for (const u of updates) m.hset(this.hitsKey, u.id, JSON.stringify(u.hits));
    await m.exec();
  }
}
