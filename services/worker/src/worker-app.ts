import { hostname } from 'node:os';
import { AuditStore, closeConnection, DecisionStore, ListsRegistry, ReviewStore, ScreeningStore, sendReply, TradeHistoryStore, WorkerMetricsStore, withTimeout, workerConnection } from '@screening/queue';
import type { AnalystDeps } from './analyst';
import { type Config, loggableError, type Logger } from '@screening/runtime';
import { QueueNames } from '@screening/schemas';
import { loadList, resolveListSources } from '@screening/watchlists';
import { MetricsTime, Worker } from 'bullmq';
import type { RedisClient } from '@screening/queue';
import { createBatchWorkers } from './batch/batch-workers';
import { CatalogHolder, entryFor } from './catalog';
import { ActiveJobs, drainWorkers } from './drain';
import { linkGraph } from './link-graph';
import { startHealthServer, type WorkerHealthState } from './health';
import { WorkerMetrics } from './metrics';
import { screenProcessor } from './processors/screen.processor';
import { bandsOf } from './screening';
import { type ListsRuntime, startListsRuntime } from './lists/lists-runtime';

export interface WorkerApp {
  catalog: CatalogHolder;
  worker: Worker;
  metrics: WorkerMetrics;
  /** list refresh, swap, monitoring and alerts (issue 6) */
  lists: ListsRuntime;
  health: WorkerHealthState;
  /** port of the health server (/livez /readyz /metrics) when WORKER_HEALTH_PORT > 0 */
  healthPort?: number;
  /** stops taking jobs, finishes (or after the timeout hands back) active ones, then closes Redis */
  close: () => Promise<void>;
}

/** Loads the lists, builds their indexes, then starts consuming (workers never consume before they can answer). */
export async function startWorkerApp(config: Config, logger: Logger): Promise<WorkerApp> {
  const metrics = new WorkerMetrics();
  const conn: { current?: RedisClient } = {};
  const health: WorkerHealthState = { listsLoaded: false, consuming: false, draining: false, redisReady: () => conn.current?.status === 'ready' };
  const healthServer = config.WORKER_HEALTH_PORT > 0
    ? await startHealthServer({ port: config.WORKER_HEALTH_PORT, host: config.WORKER_HEALTH_HOST, state: health, metrics: () => metrics.scrapeRegistry, logger })
    : undefined;
  const { sources, origin } = resolveListSources(config);
  if (origin === 'sample') {
    logger.warn('!!! SERVING THE BUNDLED SAMPLE LIST (a few dozen hand-picked parties), NOT THE OFFICIAL LISTS. Set SCREENING_LISTS or run `pnpm lists:sync` (see README).');
  }
  const catalog = new CatalogHolder();
  const started = Date.now();
  const lists = await Promise.all(sources.map((s) => loadList(s.source, s.path)));
  catalog.swap(lists.map(entryFor));
  // the ownership/link graph is built on a snapshot's first screening: build it now, before the worker takes jobs,
  // so that the first rows of the first batch (and the first /v1/match) do not wait for it
  linkGraph(catalog.snapshot());
  for (const l of lists) {
    logger.info({ list: l.source, version: l.version, entities: l.entities.length, rejected: l.rejected.length }, 'list loaded');
  }
  logger.info({ ms: Date.now() - started, heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }, 'indexes built');
  metrics.observeIndexBuild(Date.now() - started);
  health.listsLoaded = true;

  const connection = workerConnection(config);
  conn.current = connection;
  connection.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const store = new ScreeningStore(connection, config.REDIS_PREFIX, config.RESULT_TTL_SECONDS);
  const registry = new ListsRegistry(connection, config.REDIS_PREFIX);
  const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  const analyst: AnalystDeps = {
    decisions: new DecisionStore(connection, config.REDIS_PREFIX),
    audit: new AuditStore(connection, config.REDIS_PREFIX),
    review: new ReviewStore(connection, config.REDIS_PREFIX),
    storeInput: config.AUDIT_STORE_INPUT,
  };
  const active = new ActiveJobs();
  const worker = new Worker(QueueNames.screen, active.track(screenProcessor({ catalog, store, history: new TradeHistoryStore(connection, config.REDIS_PREFIX), defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), timeBudgetMs: config.MATCH_TIME_BUDGET_MS, logger, analyst, reply: (channel, r) => sendReply(connection, channel, r) })), {
    connection,
    prefix: config.REDIS_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.WORKER_LOCK_DURATION_MS,
    stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
    autorun: false,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  metrics.instrument(worker);
  // batch chunks keep monitored rows through the lists runtime, which starts below (before any worker runs)
  const runtime: { lists?: ListsRuntime } = {};
  const batch = createBatchWorkers({
    config, logger, connection, catalog, analyst, wrap: (p) => active.track(p),
    keep: (items) => (runtime.lists ? runtime.lists.keep(items) : Promise.reject(new Error('lists runtime not started'))),
  });
  for (const w of batch.workers) metrics.instrument(w);
  worker.on('error', (err) => logger.error({ err: err.message }, 'worker error'));
  worker.on('failed', (job, err) => logger.warn({ queue: job?.queueName, jobId: job?.id, requestId: job?.data?.requestId, attempts: job?.attemptsMade, ...loggableError(err) }, 'job failed'));

  const heartbeat = () => registry.publish(workerId, catalog.versions()).catch((err) => logger.warn({ err: err.message }, 'heartbeat failed'));
  await heartbeat();
  const timer = setInterval(heartbeat, 5000);
  timer.unref();
  const publisher = metrics.publishEvery(new WorkerMetricsStore(connection, config.REDIS_PREFIX), workerId, config.METRICS_PUBLISH_INTERVAL_MS, logger);
  void publisher.publishNow();
  const listsRuntime = (runtime.lists = await startListsRuntime({ config, logger, catalog, connection, analyst, sources, loaded: lists, screenWorker: worker, onSwap: heartbeat, instrument: (w) => metrics.instrument(w) }));
  void worker.run();
  for (const w of batch.workers) void w.run();
  health.consuming = true;
  logger.info({ workerId, concurrency: config.WORKER_CONCURRENCY }, 'worker consuming');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      health.draining = true;
      clearInterval(timer);
      // with Redis gone nothing can finish or be handed back: do not spend the grace period waiting
      const wait = (ms: number) => (connection.status === 'ready' ? ms : 200);
      await withTimeout(registry.withdraw(workerId), wait(1000));
      // stop taking jobs; finish active ones, or hand them back to their queue when the grace period ends
      const drained = await drainWorkers([worker, ...batch.workers], active, wait(config.SHUTDOWN_TIMEOUT_MS), logger);
      logger.info(drained, 'workers drained');
      await withTimeout(batch.closeQueues(), wait(2000));
      await withTimeout(listsRuntime.close(), wait(2000));
      await withTimeout(publisher.stop(), wait(1000));
      await healthServer?.close();
      await closeConnection(connection);
    })());
  return { catalog, worker, metrics, health, lists: listsRuntime, ...(healthServer ? { healthPort: healthServer.port } : {}), close };
}

