import { keyId, RateLimiter, type RedisClient } from '@screening/queue';
import { type ApiKey, AppError, type Config, type Logger } from '@screening/runtime';
import type { Request, RequestHandler } from 'express';

import { presentedKey } from './auth';

/**
 * Rate limits per API key and per tenant (RATE_LIMIT_PER_KEY / RATE_LIMIT_PER_TENANT per RATE_LIMIT_WINDOW_MS),
 * counted in Redis so that they hold across replicas. Every answer carries `RateLimit-Limit`, `RateLimit-Remaining`
 * and `RateLimit-Reset` (IETF draft-ietf-httpapi-ratelimit-headers); over the limit: 429 problem with `Retry-After`.
 * Only requests with a known key are counted (no key, or a wrong one, is the auth middleware's 401; with auth off
 * there is nothing to limit). If Redis cannot be asked, the request goes on: the routes that need Redis answer
 * 503 themselves.
 */
export function rateLimit(config: Config, redis: RedisClient, logger: Logger, keyOf?: (req: Request) => ApiKey | undefined): RequestHandler {
  const keys = new Map(config.API_KEYS.map((k) => [k.key, k]));
  const presentedOf = (req: Request) => {
    const presented = presentedKey(req.headers);
    return presented ? keys.get(presented) : undefined;
  };
  const which = keyOf ?? presentedOf;
  const limiter = new RateLimiter(redis, config.REDIS_PREFIX, config.RATE_LIMIT_WINDOW_MS);
  const policy = `${config.RATE_LIMIT_PER_KEY};w=${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)}`;
  return (req, res, next) => {
    const key = which(req);
    if (!key || redis.status !== 'ready') return next();
    limiter
      .hit([
        { id: `key:${keyId(key.key)}`, limit: config.RATE_LIMIT_PER_KEY },
        { id: `tenant:${key.tenant}`, limit: config.RATE_LIMIT_PER_TENANT },
      ])
      .then((d) => {
        if (!d.limit) return next();
        const reset = Math.max(1, Math.ceil(d.resetMs / 1000));
        res.setHeader('RateLimit-Policy', policy);
        res.setHeader('RateLimit-Limit', String(d.limit));
        res.setHeader('RateLimit-Remaining', String(d.remaining));
        res.setHeader('RateLimit-Reset', String(reset));
        if (d.admitted) return next();
        next(new AppError('rate-limited', `over ${d.limit} requests in ${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)} s for this key or tenant; retry in ${reset} s`, { headers: { 'Retry-After': String(reset) } }));
      })
      .catch((err: Error) => {
        logger.warn({ err: err.message }, 'rate limit not checked (redis)');
        next();
      });
  };
}
