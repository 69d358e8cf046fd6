import { listOwner, TENANT_LISTS_LABEL } from '@screening/queue';
import type { ListsRegistry, WorkerMetricsStore } from '@screening/queue';
import type { Logger } from '@screening/runtime';
import { type RequestHandler, Router } from 'express';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JOB_STATES, type MonitoredQueues, queueCounts } from './admin/monitored-queues';

export interface MetricsSources {
  queues: MonitoredQueues;
  registry: ListsRegistry;
  workerMetrics: WorkerMetricsStore;
  /** worker snapshots older than this are ignored (a worker that died stops counting) */
  workerMaxAgeMs: number;
  logger: Logger;
  now?: () => number;
  /** whether the API's Redis connection is up: when it is not, a scrape does not wait for it */
  redisReady?: () => boolean;
  /** longest wait for Redis within one scrape (then the Redis-backed figures are left as they were: stale) */
  redisTimeoutMs?: number;
}

/** Rejects when `p` has not settled within `ms` (the timer never keeps the process alive). */
export function deadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export interface ApiMetrics {
  registry: Registry;
  /** HTTP rate and latency by method, route template and status (never the raw URL) */
  http: RequestHandler;
  /** the Prometheus text of this API process plus the aggregate of every live worker */
  render: () => Promise<{ contentType: string; text: string }>;
}

/** The route template that matched (`/v1/screenings/:id`), or a fixed label: labels stay bounded. */
function routeLabel(req: Parameters<RequestHandler>[0]): string {
  const route = (req as { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${req.baseUrl}${route.path}`;
  if (req.originalUrl.startsWith('/admin/queues')) return '/admin/queues/*';
  if (req.originalUrl.startsWith('/docs')) return '/docs/*';
  return 'unmatched';
}

export function createApiMetrics(src: MetricsSources): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const now = src.now ?? Date.now;
  const labels = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'screening_http_requests_total', help: 'HTTP requests by method, route template and status', labelNames: labels, registers: [registry] });
  const latency = new Histogram({
    name: 'screening_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status',
    labelNames: labels,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const redisUp = new Gauge({ name: 'screening_redis_up', help: '1 when the API reached Redis during this scrape', registers: [registry] });
  const queueJobs = new Gauge({ name: 'screening_queue_jobs', help: 'jobs per queue and state (waiting + prioritized = depth)', labelNames: ['queue', 'state'] as const, registers: [registry] });
  const collectQueues = async () => {
    queueJobs.reset();
    for (const [name, q] of src.queues.all) {
      const counts = await queueCounts(q);
      for (const state of JOB_STATES) queueJobs.set({ queue: name, state }, counts[state]);
    }
  };
  const workers = new Gauge({ name: 'screening_workers', help: 'worker processes with a live heartbeat', registers: [registry] });
  const entities = new Gauge({ name: 'screening_list_entities', help: 'entities in the loaded list version', labelNames: ['list'] as const, registers: [registry] });
  const names = new Gauge({ name: 'screening_list_names', help: 'indexed names (primary + aliases) in the loaded list version', labelNames: ['list'] as const, registers: [registry] });
  const age = new Gauge({ name: 'screening_list_age_seconds', help: 'age of the loaded list version: since its publication date when known, else since it was loaded', labelNames: ['list'] as const, registers: [registry] });
  const loadedAge = new Gauge({ name: 'screening_list_loaded_age_seconds', help: 'time since the workers loaded the list version', labelNames: ['list'] as const, registers: [registry] });

  const collectLists = async () => {
    for (const g of [workers, entities, names, age, loadedAge]) g.reset();
    const cur = await src.registry.current();
    workers.set(cur.workers);
    for (const l of cur.lists) {
      // /metrics is not per tenant: tenants' own lists are summed under one label (their names are the tenants' business)
      if (listOwner(l.id) !== undefined) {
        entities.inc({ list: TENANT_LISTS_LABEL }, l.entities);
        names.inc({ list: TENANT_LISTS_LABEL }, l.names);
        continue;
      }
      const loaded = Date.parse(l.loadedAt);
      const published = l.publishedAt ? Date.parse(l.publishedAt) : NaN;
      entities.set({ list: l.id }, l.entities);
      names.set({ list: l.id }, l.names);
      loadedAge.set({ list: l.id }, Math.max(0, (now() - loaded) / 1000));
      age.set({ list: l.id }, Math.max(0, (now() - (Number.isNaN(published) ? loaded : published)) / 1000));
    }
  };

  const http: RequestHandler = (req, res, next) => {
    const end = latency.startTimer();
    res.once('finish', () => {
      const l = { method: req.method, route: routeLabel(req), status: String(res.statusCode) };
      requests.inc(l);
      end(l);
    });
    next();
  };

  const fromRedis = async (parts: Registry[]) => {
    if (src.redisReady && !src.redisReady()) throw new Error('the Redis connection is not ready');
    await collectQueues();
    await collectLists();
    const snapshots = await src.workerMetrics.fresh(src.workerMaxAgeMs);
    if (snapshots.length) parts.push(AggregatorRegistry.aggregate(snapshots));
  };
  const renderOnce = async () => {
    const parts = [registry];
    try {
      // bounded: with Redis down (even since start) a scrape answers at once with the API's own figures,
      // screening_redis_up 0 and the Redis-backed gauges as last seen
      await deadline(fromRedis(parts), src.redisTimeoutMs ?? 800, 'reading Redis for /metrics');
      redisUp.set(1);
    } catch (err) {
      redisUp.set(0);
      src.logger.debug({ err: (err as Error).message }, 'Redis unavailable for this scrape');
    }
    const merged = Registry.merge(parts);
    return { contentType: registry.contentType, text: await merged.metrics() };
  };

  // one scrape at a time (each resets and refills the gauges); scrapes arriving meanwhile share its answer
  // instead of queueing behind it, so scrapes never pile up
  let inflight: Promise<{ contentType: string; text: string }> | undefined;
  const render = () => {
    inflight ??= renderOnce().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };

  return { registry, http, render };
}

/** GET /metrics (Prometheus text format). Unauthenticated like most exporters: keep it on the internal network. */
export function metricsRouter(metrics: ApiMetrics): Router {
  const r = Router();
  r.get('/metrics', async (_req, res) => {
    const { contentType, text } = await metrics.render();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(text);
  });
  return r;
}
