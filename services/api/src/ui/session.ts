import { timingSafeEqual } from 'node:crypto';
import { keyDigest, SessionStore, type UiSession } from '@screening/queue';
import { AppError, type ApiKey, type Config } from '@screening/runtime';
import type { Request, RequestHandler, Response } from 'express';
import { analystOf, grants, keyLookup, type Scope } from '../middleware/auth';

export const COOKIE = 'ui_session';
const AUTH_OFF_HASH = 'auth-off';

/** The signed-in analyst of a /ui request: tenant and analyst come from the session's API key, never from the browser. */
export interface UiUser {
  sessionId: string;
  session: UiSession;
  tenant: string;
  analyst: string;
  scope: Scope;
  /** auth is off (no API_KEYS): development only, shown on every page */
  authOff: boolean;
  /** the session's key, for the per-key rate limit (never rendered) */
  key?: ApiKey;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      ui?: UiUser;
    }
  }
}

/** The cookie header's value of `name` (no dependency: one cookie is all /ui reads). */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const overHttps = (req: Request) => req.secure || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim().toLowerCase() === 'https';

/** HttpOnly, SameSite=Strict, Path=/ui; Secure per UI_COOKIE_SECURE (auto: when the browser came over https). */
function cookieAttributes(config: Config, req: Request, maxAge: number): string {
  const secure = config.UI_COOKIE_SECURE === 'always' || (config.UI_COOKIE_SECURE === 'auto' && overHttps(req));
  return `Path=/ui; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/** What a login form's key may do: sign in (screen scope or above), or the reason it may not. */
export type LoginOutcome = { ok: true; keyHash: string; analyst?: string } | { ok: false; status: number; message: string };

/** Sessions of the review app: login, logout, the session of a request, CSRF. */
export class UiSessions {
  readonly store: SessionStore;
  private readonly byHash: Map<string, ApiKey>;
  private readonly lookup: (presented: string) => ApiKey | undefined;
  readonly authOff: boolean;

  constructor(private readonly config: Config, store: SessionStore) {
    this.store = store;
    this.byHash = new Map(config.API_KEYS.map((k) => [keyDigest(k.key), k]));
    this.lookup = keyLookup(config.API_KEYS);
    this.authOff = config.API_KEYS.length === 0;
  }

  /** Checks a presented key (constant-time lookup) and the analyst name a `*` key needs. The key is never echoed. */
  check(presented: string, analystField: string): LoginOutcome {
    if (this.authOff) return { ok: true, keyHash: AUTH_OFF_HASH, ...(analystField.trim() ? { analyst: analystField.trim().slice(0, 100) } : {}) };
    const key = presented ? this.lookup(presented) : undefined;
    if (!key) return { ok: false, status: 401, message: 'This API key is not valid.' };
    if (!grants(key.scope, 'screen')) return { ok: false, status: 403, message: 'This API key has no "screen" scope: the review app needs screen, admin or operator.' };
    if (key.analyst !== '*') return { ok: true, keyHash: keyDigest(key.key) };
    const named = analystOf(key, { 'x-analyst': analystField });
    if (named instanceof AppError) return { ok: false, status: 400, message: 'This key acts for its users: enter your analyst name (letters, digits, spaces, . _ @ \' -).' };
    return { ok: true, keyHash: keyDigest(key.key), analyst: named };
  }

  async open(req: Request, res: Response, login: Extract<LoginOutcome, { ok: true }>): Promise<void> {
    const old = cookieOf(req.headers.cookie, COOKIE);
    if (old) await this.store.destroy(old); // never keep a session id from before the login (fixation)
    const { id } = await this.store.create(login.keyHash, login.analyst);
    res.append('Set-Cookie', `${COOKIE}=${id}; ${cookieAttributes(this.config, req, this.config.UI_SESSION_TTL_SECONDS)}`);
  }

  async close(req: Request, res: Response): Promise<void> {
    const id = cookieOf(req.headers.cookie, COOKIE);
    if (id) await this.store.destroy(id);
    res.append('Set-Cookie', `${COOKIE}=; ${cookieAttributes(this.config, req, 0)}`);
  }

  /** The request's user, or undefined (no cookie, expired session, or a key no longer configured). */
  async userOf(req: Request): Promise<UiUser | undefined> {
    const id = cookieOf(req.headers.cookie, COOKIE);
    const session = id ? await this.store.get(id) : undefined;
    if (!id || !session) return undefined;
    if (this.authOff) {
      if (session.keyHash !== AUTH_OFF_HASH) return undefined;
      return { sessionId: id, session, tenant: 'default', analyst: session.analyst ?? 'anonymous', scope: 'operator', authOff: true };
    }
    const key = this.byHash.get(session.keyHash);
    if (!key || !grants(key.scope, 'screen')) return undefined;
    const analyst = session.analyst ?? analystOf(key, {});
    if (analyst instanceof AppError) return undefined;
    return { sessionId: id, session, tenant: key.tenant, analyst, scope: key.scope, authOff: false, key };
  }

  /**
   * Signed-in pages: sets `req.ui` and, for the use-cases, `req.tenant` / `req.analyst` exactly as the API's key
   * middleware does. Without a session, pages redirect to the login form and JSON endpoints answer 401.
   */
  required(): RequestHandler {
    return async (req, res, next) => {
      const user = await this.userOf(req);
      if (!user) {
        if (req.method === 'GET' && !req.path.endsWith('.json')) return void res.redirect(303, `/ui/login?next=${encodeURIComponent(req.originalUrl)}`);
        return next(new AppError('unauthorized', 'sign in at /ui/login'));
      }
      req.ui = user;
      req.tenant = user.tenant;
      req.analyst = user.analyst;
      next();
    };
  }
}

/** Refuses cross-site form posts: a browser's `Sec-Fetch-Site` or `Origin` naming another site (login included). */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  if (req.method !== 'POST') return next();
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return next(new AppError('forbidden', 'cross-site form posts are refused'));
  if (site === 'same-origin') return next(); // the browser says so (its Origin may be "null" under a strict referrer policy)
  const origin = req.headers.origin;
  if (origin && origin !== 'null' && origin.replace(/^https?:\/\//, '') !== req.headers.host) return next(new AppError('forbidden', 'cross-origin form posts are refused'));
  if (origin === 'null') return next(new AppError('forbidden', 'form posts from an opaque origin are refused'));
  next();
};

/** The per-session CSRF token of a POST: form field `_csrf`, header `X-CSRF-Token`, or (multipart uploads) the query. */
export const csrfRequired: RequestHandler = (req, _res, next) => {
  const expected = req.ui?.session.csrf;
  const body = (req.body ?? {}) as Record<string, unknown>;
  const given = [body._csrf, req.headers['x-csrf-token'], req.query._csrf].find((v) => typeof v === 'string' && v.length > 0) as string | undefined;
  const ok = !!expected && !!given && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) return next(new AppError('forbidden', 'the form is missing its security token or it is stale: reload the page and try again'));
  next();
};

/** The user may do what a scope allows (batch upload needs "batch"). */
export function userMay(user: UiUser, scope: Scope): boolean {
  return user.authOff || grants(user.scope, scope);
}
