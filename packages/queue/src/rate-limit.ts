import { createHash } from 'node:crypto';
import type { RedisClient } from './redis';

/**
 * Fixed-window counters for several scopes at once (an API key and its tenant), checked and counted in one Lua
 * call: a request is admitted only when every counter is under its limit, and then all of them count it. The
 * counters live in Redis, so the limits hold across API replicas; every key starts with the prefix, so under
 * Redis Cluster (`{screening}` prefix) they share one hash slot, as a multi-key script requires.
 * KEYS: one counter per scope. ARGV: window ms, then the limit of each key (0 = unlimited).
 * Returns [admitted (1|0), pttl ms, count of each key after the call].
 */
export const RATE_LIMIT_SCRIPT = `
local n = #KEYS
local counts = {}
for i = 1, n do
  local limit = tonumber(ARGV[i + 1])
  local c = tonumber(redis.call('GET', KEYS[i]) or '0')
  counts[i] = c
  if limit > 0 and c >= limit then
    local ttl = redis.call('PTTL', KEYS[i])
    local out = {0, ttl}
    for j = 1, n do out[j + 2] = counts[j] or tonumber(redis.call('GET', KEYS[j]) or '0') end
    return out
  end
end
local ttl = 0
for i = 1, n do
  counts[i] = redis.call('INCR', KEYS[i])
  if counts[i] == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
  ttl = math.max(ttl, redis.call('PTTL', KEYS[i]))
end
local out = {1, ttl}
for i = 1, n do out[i + 2] = counts[i] end
return out`;

export interface RateScope {
  /** what is limited, e.g. `key:<hash>` or `tenant:acme` (never a raw API key) */
  id: string;
  limit: number;
}

export interface RateDecision {
  admitted: boolean;
  /** the scope with the least room left (its limit is the one to report) */
  limit: number;
  remaining: number;
  /** ms until the window of that scope resets */
  resetMs: number;
}

type Scripted = RedisClient & { rateLimitHit(...args: (string | number)[]): Promise<number[]> };

/** A stable, non-reversible id for an API key in Redis key names and logs. */
export function keyId(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

export class RateLimiter {
  private readonly redis: Scripted;
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    private readonly windowMs: number,
  ) {
    this.redis = redis as Scripted;
    if (typeof this.redis.rateLimitHit !== 'function') redis.defineCommand('rateLimitHit', { lua: RATE_LIMIT_SCRIPT });
  }

  /** Counts one request against every scope (only if all admit it). */
  async hit(scopes: RateScope[], now = Date.now()): Promise<RateDecision> {
    const active = scopes.filter((s) => s.limit > 0);
    if (!active.length) return { admitted: true, limit: 0, remaining: 0, resetMs: 0 };
    const win = Math.floor(now / this.windowMs);
    const keys = active.map((s) => `${this.prefix}:ratelimit:${s.id}:${win}`);
    const out = await this.redis.rateLimitHit(keys.length, ...keys, this.windowMs, ...active.map((s) => s.limit));
    const [admitted, ttl, ...counts] = out.map(Number);
    let tightest = 0;
    active.forEach((s, i) => {
      if (s.limit - counts[i]! < active[tightest]!.limit - counts[tightest]!) tightest = i;
    });
    const limit = active[tightest]!.limit;
    return { admitted: admitted === 1, limit, remaining: Math.max(0, limit - counts[tightest]!), resetMs: ttl! > 0 ? ttl! : this.windowMs - (now % this.windowMs) };
  }
}
