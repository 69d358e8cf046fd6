import type { Config, Scope } from '@screening/runtime';
import { AppError } from '@screening/runtime';
import type { RequestHandler } from 'express';
import { requireScope } from '../middleware/auth';

const REALM = 'Basic realm="screening admin", charset="UTF-8"';

/**
 * Admin scope for the human pages. Besides `Authorization: Bearer <key>` and `X-API-Key`, a browser may send
 * HTTP Basic with the API key as the password (any user name), so that /admin prompts for the key instead of
 * needing a header-injecting proxy. A 401 asks for Basic so the browser shows its login dialog. `operator` for what shows
 * every tenant's data (the raw queue board).
 */
export function requireAdmin(config: Config, scope: Extract<Scope, 'admin' | 'operator'> = 'admin'): RequestHandler {
  const scoped = requireScope(config, scope);
  return (req, res, next) => {
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (basic) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8');
      const key = decoded.slice(decoded.indexOf(':') + 1);
      req.headers.authorization = `Bearer ${key}`;
    }
    scoped(req, res, (err?: unknown) => {
      if (err instanceof AppError && err.code === 'unauthorized') return next(new AppError('unauthorized', err.detail, { headers: { 'WWW-Authenticate': REALM } }));
      next(err as Error | undefined);
    });
  };
}
