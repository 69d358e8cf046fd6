import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '@screening/runtime';
import type { RequestHandler } from 'express';
import type { RedisClient } from '@screening/queue';
import type { RequestTiming } from './server-timing';

const context = new AsyncLocalStorage<{ requestId: string; timing?: RequestTiming }>();

/**
 * Keeps the request id (`req.id`, echoed as X-Request-Id, see request-log.ts) for the rest of the request, so that
 * producers stamp it into job data (`requestId`) and worker logs carry it: one id from API log to worker log.
 */
export const requestContext: RequestHandler = (req, res, next) => {
  const timing = res.locals.timing as RequestTiming | undefined;
  context.run({ requestId: String(req.id ?? ''), ...(timing ? { timing } : {}) }, next);
};

/** The phase marks of the request being served, when SERVER_TIMING is on. */
export function currentTiming(): RequestTiming | undefined {
  return context.getStore()?.timing;
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId || undefined;
}

/**
 * Producers must not hang: while the API's Redis connection is not ready (down at start, or lost mid-run and
 * reconnecting), requests that need Redis fail at once with a 503 problem and Retry-After; they succeed again
 * by themselves once the connection is back.
 */
export function requireRedis(redis: RedisClient): RequestHandler {
  return (_req, _res, next) => {
    if (redis.status === 'ready') return next();
    next(new AppError('unavailable', `Redis is not reachable (connection ${redis.status}); retry shortly`, { headers: { 'Retry-After': '2' } }));
  };
}

/** While draining for shutdown, answers carry `Connection: close` so clients stop reusing this instance. */
export function closeConnectionsWhenDraining(state: { draining: boolean }): RequestHandler {
  return (_req, res, next) => {
    if (state.draining) res.setHeader('Connection', 'close');
    next();
  };
}
