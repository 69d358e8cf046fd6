import { createHash } from 'node:crypto';
import type { RedisClient } from './redis';

/** The response a request with an `Idempotency-Key` produced, replayed for a repeat of that request. */
export interface StoredResponse {
  status: number;
  location?: string;
  body: unknown;
}

/**
 * One `Idempotency-Key` of one tenant and route. `running` while a request holds it (the resource id is chosen
 * at once, so that a take-over after a crash reuses it); `done` with the response once it has one.
 */
export interface IdempotencyRecord {
  state: 'running' | 'done';
  /** the screening or batch id the key stands for */
  id: string;
  /** SHA-256 of the request content (absent while a streamed upload is still being read) */
  fingerprint?: string;
  response?: StoredResponse;
}

export type Claim =
  | { outcome: 'new'; record: IdempotencyRecord }
  /** another request holds the key now: retry after `retryAfterMs` */
  | { outcome: 'busy'; retryAfterMs: number }
  /** the key's request finished: replay (or refuse a different body) */
  | { outcome: 'done'; record: IdempotencyRecord }
  /** the key's request started but its holder is gone (an API that crashed or lost Redis): carry on with its id */
  | { outcome: 'takeover'; record: IdempotencyRecord };

/**
 * KEYS: record, lease. ARGV: new record JSON, record TTL s, lease token, lease ms.
 * Returns [outcome, record JSON or lease pttl].
 */
const CLAIM = `
local rec = redis.call('GET', KEYS[1])
if not rec then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
  return {'new', ARGV[1]}
end
if string.find(rec, '"state":"done"', 1, true) then return {'done', rec} end
local ttl = redis.call('PTTL', KEYS[2])
if ttl > 0 then return {'busy', tostring(ttl)} end
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
return {'takeover', rec}`;

/** KEYS: lease. ARGV: token, lease ms. Extends the lease only while this holder still owns it. */
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/** KEYS: lease. ARGV: token. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

type Scripted = RedisClient & {
  idemClaim(rec: string, lease: string, json: string, ttl: number, token: string, leaseMs: number): Promise<[string, string]>;
  idemRenew(lease: string, token: string, leaseMs: number): Promise<number>;
  idemRelease(lease: string, token: string): Promise<number>;
};

/**
 * Idempotency keys (IETF draft-ietf-httpapi-idempotency-key-header) in Redis, per tenant and route, for
 * `IDEMPOTENCY_TTL_SECONDS`. The key itself is stored only as a hash. A record and its lease share the service
 * prefix (and so its cluster hash tag), as the two-key scripts require under Redis Cluster.
 */
export class IdempotencyStore {
  private readonly redis: Scripted;
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
    private readonly leaseMs = 5000,
  ) {
    this.redis = redis as Scripted;
    if (typeof this.redis.idemClaim !== 'function') {
      redis.defineCommand('idemClaim', { numberOfKeys: 2, lua: CLAIM });
      redis.defineCommand('idemRenew', { numberOfKeys: 1, lua: RENEW });
      redis.defineCommand('idemRelease', { numberOfKeys: 1, lua: RELEASE });
    }
  }

  /** Redis key of a tenant's idempotency key on a route (the client's key only as a SHA-256). */
  key(tenant: string, route: string, idemKey: string): string {
    return `${this.prefix}:idempotency:${tenant}:${route}:${createHash('sha256').update(idemKey).digest('hex')}`;
  }

  /** Atomically: a new record (this holder leases it), or what is there. `token` names the holder. */
  async claim(key: string, fresh: IdempotencyRecord, token: string): Promise<Claim> {
    const [outcome, value] = await this.redis.idemClaim(key, `${key}:lease`, JSON.stringify(fresh), this.ttlSeconds, token, this.leaseMs);
    if (outcome === 'busy') return { outcome, retryAfterMs: Number(value) };
    return { outcome: outcome as 'new' | 'done' | 'takeover', record: JSON.parse(value) as IdempotencyRecord };
  }

  /** Keeps the lease alive while the holder works (call every leaseMs/3); false once another holder took it. */
  async renew(key: string, token: string): Promise<boolean> {
    return (await this.redis.idemRenew(`${key}:lease`, token, this.leaseMs)) === 1;
  }

  get leaseDurationMs(): number {
    return this.leaseMs;
  }

  /** The request finished: its response is replayed for the rest of the TTL. */
  async complete(key: string, record: IdempotencyRecord & { response: StoredResponse; fingerprint: string }, token: string): Promise<void> {
    await this.redis.set(key, JSON.stringify({ ...record, state: 'done' }), 'EX', this.ttlSeconds);
    await this.redis.idemRelease(`${key}:lease`, token);
  }

  /** The holder stops without an outcome but its resource may exist (a server-side failure): the next request takes over. */
  async release(key: string, token: string): Promise<void> {
    await this.redis.idemRelease(`${key}:lease`, token);
  }

  /** The request was refused before anything was created: the key is free again. */
  async forget(key: string, token: string): Promise<void> {
    if ((await this.redis.get(`${key}:lease`)) === token) await this.redis.del(key, `${key}:lease`);
  }
}
