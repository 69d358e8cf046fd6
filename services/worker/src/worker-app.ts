import { hostname } from 'node:os';
import { ListsRegistry, ScreeningStore, workerConnection } from '@screening/queue';
import type { Config, Logger } from '@screening/runtime';
import { QueueNames } from '@screening/schemas';
import { loadList, resolveListSources } from '@screening/watchlists';
import { Worker } from 'bullmq';
import { CatalogHolder, entryFor } from './catalog';
import { screenProcessor } from './processors/screen.processor';

export interface WorkerApp {
  catalog: CatalogHolder;
  worker: Worker;
  /** stops taking jobs, finishes (or after the timeout hands back) active ones, then closes Redis */
  close: () => Promise<void>;
}

/** Loads the lists, builds their indexes, then starts consuming (workers never consume before they can answer). */
export async function startWorkerApp(config: Config, logger: Logger): Promise<WorkerApp> {
  const { sources, origin } = resolveListSources(config);
  if (origin === 'sample') {
    logger.warn('!!! SERVING THE BUNDLED SAMPLE LIST (a few dozen hand-picked parties), NOT THE OFFICIAL LISTS. Set SCREENING_LISTS or run `pnpm lists:sync` (see README).');
  }
  const catalog = new CatalogHolder();
  const started = Date.now();
  const lists = await Promise.all(sources.map((s) => loadList(s.source, s.path)));
  catalog.swap(lists.map(entryFor));
  for (const l of lists) {
    logger.info({ list: l.source, version: l.version, entities: l.entities.length, rejected: l.rejected.length }, 'list loaded');
  }
  logger.info({ ms: Date.now() - started, heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }, 'indexes built');

  const connection = workerConnection(config.REDIS_URL);
  connection.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const store = new ScreeningStore(connection, config.REDIS_PREFIX, config.RESULT_TTL_SECONDS);
  const registry = new ListsRegistry(connection, config.REDIS_PREFIX);
  const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  const worker = new Worker(QueueNames.screen, screenProcessor({ catalog, store, defaultThreshold: config.MATCH_THRESHOLD, logger }), {
    connection,
    prefix: config.REDIS_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    autorun: false,
  });
  worker.on('error', (err) => logger.error({ err: err.message }, 'worker error'));
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'));

  const heartbeat = () => registry.publish(workerId, catalog.versions()).catch((err) => logger.warn({ err: err.message }, 'heartbeat failed'));
  await heartbeat();
  const timer = setInterval(heartbeat, 5000);
  timer.unref();
  void worker.run();
  logger.info({ workerId, concurrency: config.WORKER_CONCURRENCY }, 'worker consuming');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer);
      await registry.withdraw(workerId).catch(() => undefined);
      const forced = setTimeout(() => void worker.close(true), config.SHUTDOWN_TIMEOUT_MS);
      await worker.close();
      clearTimeout(forced);
      await connection.quit().catch(() => connection.disconnect());
    })());
  return { catalog, worker, close };
}

