import { cpus } from 'node:os';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/** A comma-separated list of entries, each parsed by `entry` (which reports its own problem and returns NEVER). */
const commaList = <T>(entry: (e: string, ctx: z.RefinementCtx) => T) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((e) => entry(e, ctx)),
    );

/** API key scopes: `admin` implies `screen` and `batch` for its tenant; `operator` implies everything, deployment-wide. */
export const SCOPES = ['screen', 'batch', 'admin', 'operator'] as const;
export type Scope = (typeof SCOPES)[number];
/** Tenant names end up in Redis keys and list ids: a conservative alphabet. */
export const TENANT_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Shortest API key accepted when NODE_ENV=production (16 random bytes in hex are 32 characters). */
export const MIN_API_KEY_LENGTH = 24;

/**
 * `key:scope`, `key:scope:tenant` or `key:scope:tenant:analyst`, comma-separated. The analyst is who the key acts
 * as in decisions and the audit trail; `*` lets the key name the analyst per request (`X-Analyst` header); without
 * one the key is known as `key-<first 8 hex of its SHA-256>`. A bad entry is reported by its position, never by its
 * content (it may be a key); the same key twice is refused (which scope would it have?).
 */
const ApiKeysSchema = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
    const seen = new Set<string>();
    return entries.map((entry, i) => {
      const [key, scope, tenant, analyst, ...rest] = entry.split(':');
      if (!key || !scope || !(SCOPES as readonly string[]).includes(scope) || rest.length || (tenant && !TENANT_PATTERN.test(tenant))) {
        ctx.addIssue({ code: 'custom', message: `entry ${i + 1} of ${entries.length} is malformed: expected key:scope[:tenant[:analyst]] with scope ${SCOPES.join('|')} and a tenant of letters, digits, "-" and "_" (the entry is not shown: it holds a key)` });
        return z.NEVER;
      }
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `entry ${i + 1} of ${entries.length} repeats the key of an earlier entry: each key once` });
      seen.add(key);
      return { key, scope: scope as Scope, tenant: tenant || 'default', ...(analyst ? { analyst } : {}) };
    });
  });

/** CIDR ranges (`10.0.0.0/8`, `fd00::/8`, or a single address), comma-separated. */
const CidrListSchema = commaList((entry, ctx) => {
  const cidr = entry.includes('/') ? entry : `${entry}/${entry.includes(':') ? 128 : 32}`;
  if (!ipaddr.isValidCIDR(cidr)) {
    ctx.addIssue({ code: 'custom', message: `bad entry "${entry}": expected an address or CIDR range such as 10.0.0.0/8` });
    return z.NEVER;
  }
  return cidr;
});

/** `tenant=url`, comma-separated (a URL may not contain a comma). */
const TenantUrlsSchema = commaList((entry, ctx) => {
  const i = entry.indexOf('=');
  const tenant = entry.slice(0, i);
  const url = entry.slice(i + 1);
  if (i <= 0 || !TENANT_PATTERN.test(tenant) || !/^https?:\/\/[^\s]+$/i.test(url) || !URL.canParse(url)) {
    ctx.addIssue({ code: 'custom', message: `bad entry for tenant "${tenant.slice(0, 64)}": expected tenant=http(s)://host/path` });
    return z.NEVER;
  }
  return { tenant, url };
});

/** `tenant=secret`, comma-separated; a bad entry is reported by its position only (it holds a secret). */
const TenantSecretsSchema = commaList((entry, ctx) => {
  const i = entry.indexOf('=');
  const tenant = entry.slice(0, i);
  const secret = entry.slice(i + 1);
  if (i <= 0 || !TENANT_PATTERN.test(tenant) || secret.length < 16) {
    ctx.addIssue({ code: 'custom', message: 'an entry is malformed: expected tenant=secret with a secret of at least 16 characters (the entry is not shown: it holds a secret)' });
    return z.NEVER;
  }
  return { tenant, secret };
});

/** `source-id:path`, comma-separated; the path may itself contain ':' (not on the first segment). */
const ListsSchema = commaList((entry, ctx) => {
  const i = entry.indexOf(':');
  if (i <= 0 || i === entry.length - 1) {
    ctx.addIssue({ code: 'custom', message: `bad entry "${entry}": expected source-id:path` });
    return z.NEVER;
  }
  return { source: entry.slice(0, i), path: entry.slice(i + 1) };
});

/** `host:port` seed nodes of a Redis Cluster, comma-separated. */
const ClusterNodesSchema = commaList((entry, ctx) => {
  const m = /^([A-Za-z0-9_.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/.exec(entry);
  const port = Number(m?.[2]);
  if (!m || port < 1 || port > 65535) {
    ctx.addIssue({ code: 'custom', message: `bad entry "${entry}": expected host:port` });
    return z.NEVER;
  }
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
});

/** The hash tag of a Redis key prefix: the text between the first `{` and the next `}` (what Redis Cluster hashes). */
export function hashTagOf(prefix: string): string | undefined {
  const open = prefix.indexOf('{');
  const close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
  return close > open + 1 ? prefix.slice(open + 1, close) : undefined;
}

/** Every tunable of the service, with its default and description (the README table is generated from it). */
export const ConfigShape = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('`production` refuses to start without API keys'),
  PORT: int(8080).describe('HTTP port of the API'),
  HOST: z.string().default('127.0.0.1').describe('bind address of the API'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379').describe('Redis shared by the API and every worker'),
  REDIS_CLUSTER_NODES: ClusterNodesSchema.describe('comma-separated `host:port` seed nodes of a Redis Cluster; when set every connection is a cluster client and REDIS_URL is ignored (README: Scale)'),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_{}.-]+$/).default('screening').describe('namespace of every Redis key; with REDIS_CLUSTER_NODES it must carry a hash tag, e.g. `{screening}`'),
  WORKERS: int(cpus().length, 1).describe('worker processes started by `pnpm start`'),
  WORKER_CONCURRENCY: int(4, 1).describe('concurrent jobs per worker process'),
  HEAP_GROWTH_PERCENT: int(200).describe('how far the V8 heap may grow past what the last full GC kept before the next one (V8 `--heap-growing-percent`; 0 = V8\'s policy, which runs a worker\'s full GC every 10–20 s); fewer full GCs, whose marking threads stall a small machine, for more memory at the peak (README: Scale)'),
  SCREENING_LISTS: ListsSchema.describe('comma-separated `source-id:path` list files/folders; unset = synced lists, else the bundled sample'),
  LISTS_DIR: z.string().default('data/lists').describe('where `pnpm lists:sync` stores list versions'),
  API_KEYS: ApiKeysSchema.describe('comma-separated `key:scope[:tenant[:analyst]]`, scopes screen|batch|admin (its tenant only)|operator (the whole deployment); analyst `*` = the key names the analyst in `X-Analyst`; unset = auth off (development only)'),
  MATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.77).describe('default score at which a candidate is a match (an analyst should look); calibrated on the labelled dev sets with pnpm bench:quality'),
  MATCH_REVIEW_THRESHOLD: z.coerce.number().min(0).max(1).default(0.65).describe('lower edge of the review band: candidates from here up to the match threshold come back with `match: false`, `band: review` (rule A7); set it to MATCH_THRESHOLD for no review band'),
  MATCH_STRONG_NAME: z.coerce.number().min(0).max(1).default(0.95).describe('name score from which a match with a corroborating attribute (date of birth, country, address, identifier) and none contradicting is `band: strong` (can block alone); other matches are `potential`'),
  MATCH_TIME_BUDGET_MS: int(5000).describe('wall-time backstop of one request\'s matching work, besides its operation budget (422 `work-limit` when exceeded; 0 = operations only)'),
  SERVER_TIMING: bool.default(false).describe('answers of `/v1/match` and `/v1/compare` carry a `Server-Timing` header with where the time went (HTTP, queue admission, queue, worker preparation, engine, audit, reply; `pnpm bench:load` prints them at p50 and p99); off in production: it shows internal timings'),
  SCREEN_SYNC_TIMEOUT_MS: int(10_000, 1).describe('how long a synchronous request waits for its worker before answering 202'),
  BODY_LIMIT: z.string().default('1mb').describe('largest JSON body accepted'),
  RESULT_TTL_SECONDS: int(30 * 24 * 3600, 60).describe('how long screening results stay retrievable'),
  SHUTDOWN_TIMEOUT_MS: int(30_000, 100).describe('grace period for draining requests and jobs on SIGTERM'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level'),
  WORKER_HEALTH_PORT: int(0).describe('port of the worker health server (0 = none)'),
  WORKER_HEALTH_HOST: z.string().default('127.0.0.1').describe('bind address of the worker health server (`0.0.0.0` in containers)'),
  ADMIN_QUEUE_ACTIONS: bool.default(false).describe('let admins retry/clean/pause jobs in the queue dashboard (read-only when false)'),
  METRICS_PUBLISH_INTERVAL_MS: int(5000, 100).describe('how often each worker publishes its metrics to Redis for the API /metrics'),
  SHUTDOWN_READINESS_DELAY_MS: int(0).describe('on SIGTERM, how long the API answers /readyz 503 before it stops accepting (lets a load balancer take it out)'),
  ALLOW_SAMPLE_LIST: bool.default(true).describe('serve the bundled sample list when no list is configured or synced'),
  LISTS_SYNC: z.string().default('').transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).describe('source ids that `pnpm lists:sync` and the refresh job download from their publishers (empty: the script syncs all; the job only re-reads)'),
  LISTS_SYNC_TIMEOUT_MS: int(120_000, 100).describe('timeout of one list download'),
  LISTS_SYNC_MAX_BYTES: int(200 * 2 ** 20, 1).describe('largest list file downloaded'),
  LISTS_SYNC_RETRIES: int(3).describe('retries of a failed list download (exponential backoff)'),
  LISTS_MIN_RATIO: z.coerce.number().min(0).max(1).default(0.5).describe('a new list version with fewer entities than this share of the served one is refused'),
  LISTS_REFRESH_EVERY_MS: int(0).describe('repeatable `refresh-watchlist` job: sync/re-read every list this often (0 = only on POST /v1/lists/refresh; 7200000 = 2 h)'),
  LISTS_POLL_MS: int(5000, 100).describe('how often workers check for a new list generation (besides the pub/sub notice)'),
  CUSTOM_LIST_MAX_BYTES: int(20 * 2 ** 20, 1).describe('largest custom list upload (PUT /v1/lists/custom/{name})'),
  CUSTOM_LISTS_PER_TENANT: int(20, 1).describe("custom lists a tenant may keep (every worker holds and indexes each): a new name beyond it is a 429; the operator's deployment-wide lists do not count"),
  LISTS_TASK_TIMEOUT_MS: int(30_000, 100).describe('how long the API waits for a worker to read a custom list upload or diff two stored versions before answering 503'),
  MONITOR_RESCREEN_EVERY_MS: int(24 * 3600 * 1000).describe('full re-screening of monitored parties this often (0 = off); changed entities are re-screened on every list change'),
  ALERT_WEBHOOK_URL: z.string().default('').describe('where alerts are POSTed (HMAC-signed); empty = alerts only via GET /v1/alerts'),
  ALERT_WEBHOOK_SECRET: z.string().default('').describe('HMAC-SHA256 key of the alert webhook signature (`X-Signature: sha256=…`)'),
  ALERT_WEBHOOK_SECRETS: TenantSecretsSchema.describe('per-tenant HMAC keys of the alert webhook signature, comma-separated `tenant=secret` (16+ characters): a tenant listed here has its alerts signed with its own key, so that no tenant can sign alerts for another; the others use ALERT_WEBHOOK_SECRET'),
  ALERT_WEBHOOK_ATTEMPTS: int(8, 1).describe('delivery attempts of an alert webhook (exponential backoff from 1 s)'),
  ALERT_WEBHOOKS: TenantUrlsSchema.describe('per-tenant alert webhooks, comma-separated `tenant=url`; a tenant listed here gets only its own alerts there (ALERT_WEBHOOK_URL takes the others)'),
  ALERT_WEBHOOK_TIMEOUT_MS: int(5000, 100).describe('timeout of one alert webhook delivery attempt (connect and answer)'),
  WEBHOOK_ALLOW_CIDRS: CidrListSchema.describe('internal address ranges webhooks may reach (e.g. `10.20.0.0/16`); by default only public unicast addresses are reached (never loopback, private, link-local, CGNAT or metadata)'),
  WEBHOOK_MAX_RESPONSE_BYTES: int(64 * 1024, 0).describe('most bytes of a webhook answer read (the rest is dropped)'),
  BATCH_MAX_BYTES: int(512 * 2 ** 20, 1).describe('largest bulk CSV upload in bytes (413 beyond it; the upload is cut off, not read to the end)'),
  BATCH_MAX_ROWS: int(2_000_000, 1).describe('most data rows in one bulk CSV (422 beyond it)'),
  BATCH_CHUNK_SIZE: int(500, 1).describe('rows per `batch-chunk` job'),
  BATCH_TTL_SECONDS: int(7 * 24 * 3600, 60).describe('how long a batch (its rows, results and status) stays in Redis'),
  BATCH_CHUNK_CONCURRENCY: int(2, 1).describe('concurrent `batch-chunk` jobs per worker process'),
  BATCH_WEBHOOK_SECRET: z.string().default('').describe('HMAC-SHA256 key signing batch completion webhooks of tenants without their own key; unset (and no key in BATCH_WEBHOOK_SECRETS) = `webhookUrl` is refused'),
  BATCH_WEBHOOK_SECRETS: TenantSecretsSchema.describe('per-tenant HMAC keys of batch completion webhooks, comma-separated `tenant=secret` (16+ characters): no tenant can sign webhooks another tenant accepts'),
  BATCH_WEBHOOK_ATTEMPTS: int(6, 1).describe('delivery attempts of a batch webhook (exponential backoff from 1 s)'),
  BATCH_WEBHOOK_TIMEOUT_MS: int(5000, 100).describe('timeout of one webhook delivery attempt'),
  RATE_LIMIT_WINDOW_MS: int(60_000, 1000).describe('rate limit window (fixed, shared by every API replica through Redis)'),
  RATE_LIMIT_PER_KEY: int(1200).describe('requests per window per API key (0 = no limit); 429 with Retry-After beyond it'),
  RATE_LIMIT_PER_TENANT: int(3000).describe('requests per window per tenant, all its keys together (0 = no limit)'),
  SCREEN_QUEUE_MAX_WAITING: int(5000, 1).describe('screening jobs waiting for a worker beyond which new synchronous requests get 503 with Retry-After'),
  BATCH_QUEUE_MAX_WAITING_CHUNKS: int(20_000, 1).describe('batch chunks waiting for a worker beyond which new batches get 503 with Retry-After'),
  BATCH_TENANT_MAX_ACTIVE: int(10, 1).describe('batches a tenant may have uploading, queued or running at once (429 beyond it)'),
  BATCH_TENANT_MAX_BYTES: int(2 * 2 ** 30, 1).describe('CSV bytes a tenant may have stored in live batches (429 beyond it; batches expire after BATCH_TTL_SECONDS)'),
  BATCH_MAX_COLUMNS: int(200, 1).describe('most columns in a bulk CSV (header row; 422 beyond it); longer rows are cut to the header'),
  BATCH_MAX_HEADER_BYTES: int(16 * 1024, 64).describe('largest header row of a bulk CSV in bytes (422 beyond it)'),
  BATCH_MAX_GROUP_ROWS: int(500, 1).describe('most rows in one shipment (same `reference`); a larger group is a row error for each of its rows, never fetched'),
  IDEMPOTENCY_TTL_SECONDS: int(24 * 3600, 60).describe('how long an `Idempotency-Key` of POST /v1/screenings and POST /v1/batches is remembered (per tenant)'),
  SUPERVISOR_MAX_RESTARTS: int(5, 0).describe('`pnpm start`: restarts of one crashed process allowed within SUPERVISOR_RESTART_WINDOW_MS before everything stops with an error'),
  SUPERVISOR_RESTART_WINDOW_MS: int(60_000, 1000).describe('`pnpm start`: window of SUPERVISOR_MAX_RESTARTS'),
  WORKER_LOCK_DURATION_MS: int(30_000, 100).describe('BullMQ job lock; a worker that dies loses its jobs to others after this long'),
  WORKER_STALLED_INTERVAL_MS: int(30_000, 100).describe('how often workers look for stalled jobs (of workers that died) to run again'),
  DECISION_FOUR_EYES: z.enum(['block', 'all', 'off']).default('block').describe('four-eyes on false_positive decisions: `block` = releasing a blocked screening needs a second analyst\'s approval, `all` = every false_positive, `off` = none'),
  AUDIT_STORE_INPUT: bool.default(false).describe('keep the screened input itself in audit events (else only its SHA-256); the chain is per tenant either way'),
  UI_SESSION_TTL_SECONDS: int(8 * 3600, 60).describe('idle lifetime of a review web app (/ui) session'),
  UI_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto').describe('`Secure` flag of the /ui session cookie: `auto` = when the request came over https (directly or `X-Forwarded-Proto: https` from a TLS-terminating proxy), `always`, `never`'),
  MONITOR_RETENTION_DAYS: int(0).describe('monitored parties are dropped this many days after they were added (0 = kept until monitoring is stopped)'),
  ALERT_RETENTION_DAYS: int(0).describe('alerts are deleted this many days after they were raised (0 = kept)'),
  HIT_RETENTION_DAYS: int(0).describe('open hits leave the review queue this many days after the screening (0 = kept until decided); the audit trail keeps them'),
} as const;

export const ConfigSchema = z.object(ConfigShape);
export type Config = Readonly<z.infer<typeof ConfigSchema>>;
export type ApiKey = Config['API_KEYS'][number];

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

/** Reads and validates the environment once; throws a ConfigError naming every invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigShape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const cfg = parsed.data;
  if (cfg.REDIS_CLUSTER_NODES.length && !hashTagOf(cfg.REDIS_PREFIX)) {
    // BullMQ's scripts touch several keys of a queue (and a flow touches two queues): one slot per deployment
    throw new ConfigError([`REDIS_PREFIX: with REDIS_CLUSTER_NODES the prefix must carry a hash tag, e.g. "{${cfg.REDIS_PREFIX.replace(/[{}]/g, '')}}"`]);
  }
  if (cfg.NODE_ENV === 'production' && cfg.API_KEYS.length === 0) {
    throw new ConfigError(['API_KEYS: required when NODE_ENV=production (auth cannot be off in production)']);
  }
  const short = cfg.API_KEYS.flatMap((k, i) => (k.key.length < MIN_API_KEY_LENGTH ? [i + 1] : []));
  if (cfg.NODE_ENV === 'production' && short.length) {
    throw new ConfigError([`API_KEYS: entries ${short.join(', ')} hold keys shorter than ${MIN_API_KEY_LENGTH} characters (use e.g. openssl rand -hex 16)`]);
  }
  return deepFreeze(cfg);
}

/** For a process entry point: the config, or a message naming every invalid variable on stderr and exit 1. */
export function loadConfigOrExit(processName: string, env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    console.error(`${processName}: ${(err as Error).message}`);
    process.exit(1);
  }
}

/** Config documentation rows: name, default, description (README and `--help`). */
export function describeConfig(): { name: string; default: string; description: string }[] {
  return Object.entries(ConfigShape).map(([name, schema]) => {
    const def = (schema as z.ZodType).safeParse(undefined);
    const value = def.success ? def.data : undefined;
    return {
      name,
      default: Array.isArray(value) ? '' : value === undefined ? '' : String(value),
      description: (schema as z.ZodType).description ?? '',
    };
  });
}
