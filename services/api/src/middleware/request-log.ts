import { randomUUID } from 'node:crypto';
import type { Logger } from '@screening/runtime';
import type { Express, RequestHandler } from 'express';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: the caller's X-Request-Id when it is a plain token, else a new UUID; echoed back. */
    id: string;
    /** A logger bound to this request (`req: { id, method, url }`), made on first use. */
    log: Logger;
  }
}

/** A request URL without its query string (for logs). */
export const pathOnly = (url: string) => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

/** What a log line says of the request: the path only (query strings can carry tokens and screened data). */
const reqFields = (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOnly(req.url) });

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The API's access log and request id, with pino: `X-Request-Id` (the caller's when it is a plain token of at most
 * 100 characters, else a new UUID) on `req.id` and in the answer, one `request completed` line per answer
 * (`req: { id, method, url }`, `res: { statusCode }`, `responseTime` ms; `request errored` at error level for a 5xx;
 * none for the probes and /metrics), and `req.log`, a child logger bound to the request, made only when a handler
 * logs.
 *
 * Why not pino-http: it makes two child loggers and several arrays per request whether anything is logged or not.
 * Measured under `pnpm bench:load` at 290 requests/s, that made about 7 KB of every request outlive the young
 * generation (the API's old generation grew 6–7.7 MB/s, ~4.8 MB/s without it), and each of the API's full GCs, whose
 * marking threads took both cores of a 2-core machine for ~50–100 ms, was among the worst 100-ms windows of the soak.
 */
export function requestLog(app: Express, logger: Logger): RequestHandler {
  // on express's request prototype: no allocation for requests that log nothing
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Express['request'] & { _log?: Logger }) {
      return (this._log ??= logger.child({ req: reqFields(this) }));
    },
  });
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    req.id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    if (QUIET.has(req.url)) return next();
    const start = performance.now();
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const fields = { req: reqFields(req), res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - start) };
      if (res.statusCode >= 500) logger.error(fields, 'request errored');
      else logger.info(fields, 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
