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
      /** who acts: the key's analyst, the `X-Analyst` header where the key allows it, or the key's short hash */
      analyst: string;
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

const ANALYST = /^[\p{L}\p{N} ._@'-]{1,100}$/u;

/** The analyst named by the `X-Analyst` header, if it is a plausible name. */
function analystHeader(h: Record<string, string | string[] | undefined>): string | undefined {
  const v = h['x-analyst'];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s && ANALYST.test(s) ? s : undefined;
}

/** Who a key acts as (decisions, audit): its analyst name, the header for `*` keys, else `key-<8 hex of its SHA-256>`. */
export function analystOf(key: ApiKey | undefined, headers: Record<string, string | string[] | undefined>): string | AppError {
  if (!key) return analystHeader(headers) ?? 'anonymous';
  if (key.analyst === '*') return analystHeader(headers) ?? new AppError('unauthorized', 'this API key acts for its users: send X-Analyst with the analyst name');
  return key.analyst ?? `key-${createHash('sha256').update(key.key).digest('hex').slice(0, 8)}`;
}

/** Authenticates a presented key for a scope: the key, or the problem to answer. */
export function authorise(lookup: (presented: string) => ApiKey | undefined, presented: string | undefined, scope: Scope): ApiKey | AppError {
  if (!presented) return new AppError('unauthorized', 'send Authorization: Bearer <key> or X-API-Key', { headers: { 'WWW-Authenticate': 'Bearer' } });
  const key = lookup(presented);
  if (!key) return new AppError('unauthorized', 'unknown API key', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (!grants(key.scope, scope)) return new AppError('forbidden', `this operation needs the "${scope}" scope`);
  return key;
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
    const key = off ? undefined : authorise(lookup, presentedKey(req.headers), scope);
    if (key instanceof AppError) return next(key);
    const analyst = analystOf(key, req.headers);
    if (analyst instanceof AppError) return next(analyst);
    req.analyst = analyst;
    if (key) {
      req.apiKey = key;
      req.tenant = key.tenant;
    }
    next();
  };
}

/**
 * Whether the request acts for the whole deployment: an `operator` key (or auth off, development only). Tenant
 * `admin` keys act for their tenant only (issue 12).
 */
export function isOperator(config: Config, req: { apiKey?: ApiKey }): boolean {
  return config.API_KEYS.length === 0 || req.apiKey?.scope === 'operator';
}
