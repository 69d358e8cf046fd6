import { createHash, randomBytes } from 'node:crypto';
import type { RedisClient } from './redis';

/** A browser session of the review app: which API key (by its SHA-256, never the key) and a CSRF token. */
export interface UiSession {
  keyHash: string;
  csrf: string;
  createdAt: string;
  /** who acts, when the key names its analysts per request (`*`) and the login form named one */
  analyst?: string;
}

export const keyDigest = (key: string) => createHash('sha256').update(key).digest('hex');

/** Review-app sessions in Redis: a random id (the cookie) → the session, expiring after `ttlSeconds` idle. */
export class SessionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private k(id: string) {
    return `${this.prefix}:ui-session:${id}`;
  }

  async create(keyHash: string, analyst?: string): Promise<{ id: string; session: UiSession }> {
    const id = randomBytes(32).toString('base64url');
    const session: UiSession = { keyHash, csrf: randomBytes(24).toString('base64url'), createdAt: new Date().toISOString(), ...(analyst ? { analyst } : {}) };
    await this.redis.set(this.k(id), JSON.stringify(session), 'EX', this.ttlSeconds);
    return { id, session };
  }

  async get(id: string): Promise<UiSession | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const raw = await this.redis.getex(this.k(id), 'EX', this.ttlSeconds);
    return raw ? (JSON.parse(raw) as UiSession) : undefined;
  }

  async destroy(id: string): Promise<void> {
    await this.redis.del(this.k(id));
  }
}
