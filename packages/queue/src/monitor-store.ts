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

  async addMany(items: { party: Omit<MonitoredPartyInput, 'id' | 'since'> & { since?: string }; hits?: PartyHits }[]): Promise<string[]> {
    const m = this.redis.multi();
    const ids: string[] = [];
    for (const { party, hits } of items) {
      const id = MonitorStore.partyId(party.tenant, party.origin);
      const p = MonitoredPartySchema.parse({ ...party, id, since: party.since ?? new Date().toISOString() });
      m.hset(this.partiesKey, id, JSON.stringify(p)).hset(this.hitsKey, id, JSON.stringify(hits ?? {}));
      ids.push(id);
    }
    if (ids.length) await m.exec();
    return ids;
  }

  async remove(id: string): Promise<boolean> {
    const [[, n]] = (await this.redis.multi().hdel(this.partiesKey, id).hdel(this.hitsKey, id).exec()) as [[unknown, number]];
    return n > 0;
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
