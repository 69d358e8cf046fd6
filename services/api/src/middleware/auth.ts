import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey, Config, Scope } from '@screening/runtime';
import { AppError } from '@screening/runtime';
import type { RequestHandler } from 'express';

export type { Scope };

/** What a key's scope grants: `admin` covers its tenant's screen and batch work; `operator` covers everything. */
export function grants(have: Scope, need: Scope): boolean {
  if (have === need || have === 'operator') return true;
  return have === 'admin' && (need === 'screen' || need === 'batch');
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      tenant: string;
      apiKey?: ApiKey;
    }
  }
}

/** The API key a request presents: `Authorization: Bearer`, `X-API-Key`, or HTTP Basic with the key as password (browsers on /admin). */
export function presentedKey(h: { authorization?: string | undefined; 'x-api-key'?: string | string[] | undefined }): string | undefined {
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(h.authorization ?? '')?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) || undefined;
  }
  const bearer = /^Bearer\s+(\S.*)$/i.exec(h.authorization ?? '')?.[1];
  const x = h['x-api-key'];
  return bearer ?? (Array.isArray(x) ? x[0] : x);
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * The configured key a presented key equals, compared in constant time: both sides are hashed (equal lengths)
 * and every configured key is compared, so neither the position nor a shared prefix shows in the timing.
 */
export function keyLookup(keys: readonly ApiKey[]): (presented: string) => ApiKey | undefined {
  const hashed = keys.map((k) => ({ k, h: digest(k.key) }));
  return (presented) => {
    const h = digest(presented);
    let found: ApiKey | undefined;
    for (const c of hashed) if (timingSafeEqual(c.h, h) && !found) found = c.k;
    return found;
  };
}

/**
 * Authorises a request for a scope (see `grants`) and sets the tenant its data is scoped to.
 * With no API_KEYS configured (development only) every request is allowed as tenant `default`.
 */
export function requireScope(config: Config, scope: Scope): RequestHandler {
  const lookup = keyLookup(config.API_KEYS);
  const off = config.API_KEYS.length === 0;
  return (req, _res, next) => {
    req.tenant = 'default';
    if (off) return next();
    const presented = presentedKey(req.headers);
    if (!presented) return next(new AppError('unauthorized', 'send Authorization: Bearer <key> or X-API-Key', { headers: { 'WWW-Authenticate': 'Bearer' } }));
    const key = lookup(presented);
    if (!key) return next(new AppError('unauthorized', 'unknown API key', { headers: { 'WWW-Authenticate': 'Bearer' } }));
    if (!grants(key.scope, scope)) return next(new AppError('forbidden', `this operation needs the "${scope}" scope`));
    req.apiKey = key;
    req.tenant = key.tenant;
    next();
  };
}
