import { type TradeRecord, TradeRecordSchema } from '@screening/schemas';
import type { RedisClient } from './redis';

/** Records kept per party and how long a party's history lives after its last screening. */
export const TRADE_HISTORY_MAX = 50;
export const TRADE_HISTORY_TTL_SECONDS = 400 * 24 * 3600;

/**
 * The service's own trade history of the parties it screened (rules D6, G2), per tenant: one Redis list per party key (newest
 * first, capped at TRADE_HISTORY_MAX, expiring TRADE_HISTORY_TTL_SECONDS after the last write). The caller chooses the party
 * key (a normalised name and country), so the same party screened under another spelling meets its own history.
 */
export class TradeHistoryStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(tenant: string, party: string) {
    return `${this.prefix}:trade:${tenant}:${party}`;
  }

  /** The stored records of each party key (unreadable entries are skipped). */
  async load(tenant: string, parties: string[]): Promise<TradeRecord[][]> {
    return Promise.all(
      parties.map(async (p) =>
        (await this.redis.lrange(this.key(tenant, p), 0, TRADE_HISTORY_MAX - 1)).flatMap((raw) => {
          const r = TradeRecordSchema.safeParse(JSON.parse(raw));
          return r.success ? [r.data] : [];
        }),
      ),
    );
  }

  /** Adds one record per party key. */
  async record(tenant: string, entries: { party: string; record: TradeRecord }[]): Promise<void> {
    await Promise.all(
      entries.map(({ party, record }) =>
        this.redis.multi().lpush(this.key(tenant, party), JSON.stringify(record)).ltrim(this.key(tenant, party), 0, TRADE_HISTORY_MAX - 1).expire(this.key(tenant, party), TRADE_HISTORY_TTL_SECONDS).exec(),
      ),
    );
  }
}
