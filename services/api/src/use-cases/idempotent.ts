import { createHash, randomUUID } from 'node:crypto';
import { type IdempotencyRecord, IdempotencyStore, type StoredResponse } from '@screening/queue';
import { AppError } from '@screening/runtime';
import type { Request, Response } from 'express';
import type { ApiDeps } from '../deps';

const HEADER = 'Idempotency-Key';
const where = { pointer: '/headers/Idempotency-Key', field: HEADER };

/**
 * The request's `Idempotency-Key`, if any: an RFC 8941 sf-string (`"…"`, with `\"` and `\\` escapes) as the
 * draft defines it, or — as many clients send it — the bare value; printable ASCII, 1–255 characters. Anything
 * else (several keys, control characters, too long) is a 400 naming the header.
 */
export function idempotencyKey(req: Request): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const bad = (message: string) => new AppError('validation', `${HEADER}: ${message}`, { errors: [{ ...where, message }] });
  if (Array.isArray(raw)) throw bad('send one key');
  let v = raw.trim();
  if (v.startsWith('"')) {
    let out = '';
    let i = 1;
    for (; i < v.length && v[i] !== '"'; i++) {
      if (v[i] === '\\') {
        i++;
        if (v[i] !== '"' && v[i] !== '\\') throw bad('not a valid structured-field string');
      }
      out += v[i];
    }
    if (i !== v.length - 1) throw bad('not a valid structured-field string (one quoted string expected)');
    v = out;
  }
  if (!v.length || v.length > 255) throw bad('1 to 255 characters expected');
  if (!/^[\x20-\x7e]+$/.test(v)) throw bad('printable ASCII expected');
  return v;
}

/** A stable SHA-256 of a JSON value (object keys sorted), so that key order does not make a body different. */
export function jsonFingerprint(value: unknown): string {
  const h = createHash('sha256');
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      h.update('[');
      v.forEach((x, i) => {
        if (i) h.update(',');
        walk(x);
      });
      h.update(']');
    } else if (v && typeof v === 'object') {
      h.update('{');
      Object.keys(v)
        .sort()
        .forEach((k, i) => {
          if (i) h.update(',');
          h.update(JSON.stringify(k));
          h.update(':');
          walk((v as Record<string, unknown>)[k]);
        });
      h.update('}');
    } else h.update(JSON.stringify(v) ?? 'null');
  };
  walk(value);
  return h.digest('hex');
}

export interface IdempotentRoute {
  route: 'screenings' | 'batches';
  newId: () => string;
  /** the request content's fingerprint when it is known before the work (a parsed JSON body) */
  early?: string;
  /** the fingerprint of a request that is not run (a replay of a streamed upload: reads the body to hash it) */
  fingerprint: () => Promise<string>;
  /** does the work under resource id `id`; the response and the fingerprint of what it read */
  run: (id: string) => Promise<{ response: StoredResponse; fingerprint: string }>;
  /** on a take-over: the response if the crashed holder's work already exists (e.g. the batch was queued) */
  recover?: (id: string) => Promise<StoredResponse | undefined>;
  /** on a take-over without a recoverable response: clears what the crashed holder left half-done */
  cleanup?: (id: string) => Promise<void>;
}

const stores = new WeakMap<ApiDeps, IdempotencyStore>();
function storeOf(deps: ApiDeps): IdempotencyStore {
  let s = stores.get(deps);
  if (!s) stores.set(deps, (s = new IdempotencyStore(deps.redis, deps.config.REDIS_PREFIX, deps.config.IDEMPOTENCY_TTL_SECONDS)));
  return s;
}

function send(res: Response, r: StoredResponse, replayed: boolean): void {
  if (replayed) res.setHeader('Idempotent-Replayed', 'true');
  if (r.location) res.location(r.location);
  res.status(r.status).json(r.body);
}

const mismatch = () =>
  new AppError('unprocessable', `${HEADER}: this key was used for a different request body; use a new key for a new request`, {
    errors: [{ ...where, message: 'already used with a different request body' }],
  });

/**
 * Runs a POST under the IETF Idempotency-Key semantics (draft-ietf-httpapi-idempotency-key-header), per tenant
 * and route, for IDEMPOTENCY_TTL_SECONDS: the first request with a key does the work and its response is kept;
 * a repeat with the same content gets that response again (`Idempotent-Replayed: true`, same id); a repeat with
 * other content is a 422 naming the header; a repeat while the first is still running is a 409 with
 * Retry-After. A holder that dies (API crash) stops renewing its lease: the next repeat takes the work over with
 * the same id, so that a client's retry never creates a second screening or batch. Without the header the route
 * runs as usual.
 */
export async function idempotent(deps: ApiDeps, req: Request, res: Response, r: IdempotentRoute): Promise<void> {
  const idemKey = idempotencyKey(req);
  if (idemKey === undefined) {
    const { response } = await r.run(r.newId());
    return send(res, response, false);
  }
  const store = storeOf(deps);
  const key = store.key(req.tenant, r.route, idemKey);
  const token = randomUUID();
  const fresh: IdempotencyRecord = { state: 'running', id: r.newId(), ...(r.early ? { fingerprint: r.early } : {}) };
  const claim = await store.claim(key, fresh, token);
  if (claim.outcome === 'busy') {
    const s = Math.max(1, Math.ceil(claim.retryAfterMs / 1000));
    throw new AppError('conflict', `${HEADER}: a request with this key is still being processed; retry in ${s} s`, {
      errors: [{ ...where, message: 'a request with this key is in progress' }],
      headers: { 'Retry-After': String(s) },
    });
  }
  const record = claim.record;
  if (claim.outcome === 'done') {
    const fp = r.early ?? (await r.fingerprint());
    if (fp !== record.fingerprint) throw mismatch();
    return send(res, record.response!, true);
  }

  const renew = setInterval(() => void store.renew(key, token).catch(() => undefined), Math.max(100, Math.floor(store.leaseDurationMs / 3)));
  try {
    if (claim.outcome === 'takeover') {
      if (record.fingerprint && r.early && r.early !== record.fingerprint) {
        await store.release(key, token);
        throw mismatch();
      }
      const recovered = await r.recover?.(record.id);
      if (recovered) {
        const fingerprint = record.fingerprint ?? r.early ?? (await r.fingerprint());
        await store.complete(key, { ...record, fingerprint, response: recovered }, token);
        return send(res, recovered, true);
      }
      await r.cleanup?.(record.id);
    }
    let done: Awaited<ReturnType<IdempotentRoute['run']>>;
    try {
      done = await r.run(record.id);
    } catch (err) {
      // refused before anything was made (a 4xx): the key is free again; a server-side failure may have left the
      // work queued: the key stays with its id, and the next request with it takes over
      const status = err instanceof AppError ? err.status : 500;
      if (status < 500 && claim.outcome === 'new') await store.forget(key, token).catch(() => undefined);
      else await store.release(key, token).catch(() => undefined);
      throw err;
    }
    await store.complete(key, { ...record, fingerprint: done.fingerprint, response: done.response }, token);
    send(res, done.response, false);
  } finally {
    clearInterval(renew);
  }
}
