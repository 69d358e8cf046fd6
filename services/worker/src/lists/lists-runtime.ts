import { AlertStore, defaultJobOptions, ListControl, ListsRegistry, MonitorStore, type RedisClient, subscriberConnection } from '@screening/queue';
import type { AnalystDeps } from '../analyst';
import { partyEntity } from '../screening';
import { type Config, loggableError, type Logger } from '@screening/runtime';
import { type Alert, type AlertWebhookJob, type CanonicalEntity, ListQueueNames, type ListTaskJob, type Match, type MonitorOrigin, type MonitoredPartyInput, type MonitorJob, type RefreshJob, type ScreenJob, type ScreeningResult } from '@screening/schemas';
import type { ListSource, LoadedList } from '@screening/watchlists';
import { type Job, MetricsTime, Queue, Worker } from 'bullmq';
import type { CatalogHolder } from '../catalog';
import { alertWebhookFor } from './alert-webhook';
import { listTaskProcessor } from './list-tasks';
import { ListReconciler } from './reconciler';
import { monitorProcessor, refreshProcessor, webhookProcessor } from './processors';
import { hitsOf, type RescreenStats } from './rescreen';

export interface ListsRuntime {
  reconciler: ListReconciler;
  control: ListControl;
  monitor: MonitorStore;
  alerts: AlertStore;
  /** entity of a served list by its id (`<source>:<id>` or `custom:<name>:<id>`) */
  entity: (id: string) => CanonicalEntity | undefined;
  /**
   * Keeps monitored parties with their current hits — for batch rows screened with monitoring (issue 5):
   * `keep([{ tenant, origin: { kind: 'batch', id: batchId, index: rowNumber }, entity, matches }])`.
   */
  keep: (items: { tenant: string; origin: MonitorOrigin; entity: MonitoredPartyInput['entity']; matches: readonly Match[]; fingerprint?: string }[]) => Promise<string[]>;
  /** runs the full re-screening of monitored parties now, in this process (the scheduled job does the same) */
  rescreenFull: () => Promise<RescreenStats>;
  close: () => Promise<void>;
}

/** Keeps the parties of a `"monitor": true` screening (their input only) with their current hits. */
async function recordMonitored(rt: Pick<ListsRuntime, 'monitor' | 'entity'>, job: ScreenJob, result: ScreeningResult): Promise<void> {
  if (job.kind !== 'screening' || !job.request.monitor) return;
  await rt.monitor.addMany(
    job.request.parties.map((p, index) => ({
      party: {
        tenant: job.tenant,
        origin: { kind: 'screening' as const, id: job.id, index, role: p.role, ...(job.request.reference ? { reference: job.request.reference } : {}) },
        entity: partyEntity(p),
      },
      hits: hitsOf((result.parties[index]?.matches ?? []).filter((m) => !m.suppressed), rt.entity),
      ...(result.parties[index]?.fingerprint ? { fingerprint: result.parties[index]!.fingerprint! } : {}),
    })),
  );
}

/**
 * List handling inside a worker process: follows the desired list generation (pub/sub + polling) and swaps the
 * catalog, consumes `refresh-watchlist`, `monitor`, `alert-webhook` and `list-task`, schedules the repeatable refresh and
 * full re-screening, and keeps monitored parties of screenings done by `screenWorker`.
 */
export async function startListsRuntime(opts: {
  config: Config;
  logger: Logger;
  catalog: CatalogHolder;
  connection: RedisClient;
  sources: ListSource[];
  loaded: LoadedList[];
  screenWorker?: Worker;
  onSwap?: () => unknown;
  /** observes every list worker (job metrics, issue 7) */
  instrument?: (w: Worker) => void;
  /** analysts' decisions (cleared hits do not alert) and the audit trail (list changes) */
  analyst?: AnalystDeps;
}): Promise<ListsRuntime> {
  const { config, logger, catalog, connection } = opts;
  const prefix = config.REDIS_PREFIX;
  const control = new ListControl(connection, prefix);
  const monitor = new MonitorStore(connection, prefix);
  const alerts = new AlertStore(connection, prefix);
  const refreshQueue = new Queue<RefreshJob>(ListQueueNames.refresh, { connection, prefix, defaultJobOptions: { ...defaultJobOptions, attempts: 1 } });
  const monitorQueue = new Queue<MonitorJob>(ListQueueNames.monitor, { connection, prefix, defaultJobOptions });
  const webhookQueue = new Queue<AlertWebhookJob>(ListQueueNames.alertWebhook, { connection, prefix });
  for (const q of [refreshQueue, monitorQueue, webhookQueue]) q.on('error', (err) => logger.warn({ queue: q.name, err: err.message }, 'queue error'));

  const reconciler = new ListReconciler({
    config, logger, catalog, control,
    ...(opts.onSwap ? { onSwap: opts.onSwap } : {}),
    onChange: async ({ generation, ...c }) =>
      void (await monitorQueue.add('rescreen-changes', { kind: 'rescreen-changes', ...c }, { jobId: `rescreen-${c.source}-${c.from}-${c.to}-g${generation}`.replace(/:/g, '_') })),
  });
  reconciler.adopt(opts.sources, new Map(opts.loaded.map((l) => [l.source, l])));

  const byId = new Map<string, { version: string; map: Map<string, CanonicalEntity> }>();
  const sourceOf = (id: string) => (id.startsWith('custom:') ? id.split(':').slice(0, 2).join(':') : id.slice(0, id.indexOf(':')));
  const entity = (id: string) => {
    const source = sourceOf(id);
    const version = catalog.snapshot().entries.get(source)?.version.version;
    if (!version) return undefined;
    let cached = byId.get(source);
    if (cached?.version !== version) byId.set(source, (cached = { version, map: new Map(reconciler.entitiesOf(source).map((e) => [e.id, e])) }));
    return cached.map.get(id);
  };
  const entityWithVersion = (id: string) => {
    const e = entity(id);
    return e && { version: byId.get(sourceOf(id))?.version ?? '', entity: e };
  };

  const onAlert = async (a: Alert) => {
    if (alertWebhookFor(a.tenant, config)) {
      await webhookQueue.add('alert', { tenant: a.tenant, alertId: a.id }, { jobId: a.id, attempts: config.ALERT_WEBHOOK_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 3600 }, removeOnFail: { age: 30 * 24 * 3600 } });
    }
  };
  const enqueueParts = async (parent: Job<MonitorJob>, parts: MonitorJob[]) => {
    await monitorQueue.addBulk(parts.map((data) => ({ name: `${parent.name}-part`, data, opts: { jobId: `${parent.id ?? 'run'}-p${data.part}`.replace(/:/g, '_') } })));
  };
  const registry = new ListsRegistry(connection, prefix);
  const workersAlive = async () => Math.max(1, (await registry.current()).workers);
  const monitorRun = monitorProcessor({
    config, logger, catalog, control, monitor, alerts, entity, onAlert, enqueueParts, workers: workersAlive,
    ...(opts.analyst ? { decisions: opts.analyst.decisions, audit: opts.analyst.audit } : {}),
  });
  // per-minute completed/failed counts for the /admin throughput and error-rate columns
  const workerOpts = { connection, prefix, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } };
  const workers = [
    new Worker<RefreshJob>(ListQueueNames.refresh, refreshProcessor({ config, logger, control }), { ...workerOpts, concurrency: 1 }),
    new Worker<MonitorJob>(ListQueueNames.monitor, monitorRun, { ...workerOpts, concurrency: 1 }),
    new Worker<AlertWebhookJob>(ListQueueNames.alertWebhook, webhookProcessor({ config, alerts }), { ...workerOpts, concurrency: 4 }),
    // reading an upload or diffing two versions for a waiting API request (two at most: a diff holds two lists)
    new Worker<ListTaskJob>(ListQueueNames.task, listTaskProcessor({ logger, control, entity: entityWithVersion }), { ...workerOpts, concurrency: 2 }),
  ];
  for (const w of workers) {
    opts.instrument?.(w);
    w.on('error', (err) => logger.error({ queue: w.name, err: err.message }, 'worker error'));
    w.on('failed', (job, err) => logger.warn({ queue: w.name, jobId: job?.id, attempts: job?.attemptsMade, ...loggableError(err) }, 'job failed'));
  }
  opts.screenWorker?.on('completed', (job, result) => {
    recordMonitored({ monitor, entity }, job.data as ScreenJob, result as ScreeningResult).catch((err) => logger.error({ jobId: job.id, err: (err as Error).message }, 'monitored parties not kept'));
  });

  // (re)declared only when missing or changed: every worker start would otherwise run them at once
  const schedule = async <T>(q: Queue<T>, id: string, every: number, name: string, data: T) => {
    const existing = await q.getJobScheduler(id);
    if (every <= 0) return void (existing && (await q.removeJobScheduler(id)));
    if (existing && Number(existing.every) === every) return;
    await q.upsertJobScheduler(id as never, { every }, { name, data } as never);
  };
  await schedule(refreshQueue, 'refresh-every', config.LISTS_REFRESH_EVERY_MS, 'refresh', { kind: 'refresh', reason: 'schedule' } as RefreshJob);
  await schedule(monitorQueue, 'rescreen-full-every', config.MONITOR_RESCREEN_EVERY_MS, 'rescreen-full', { kind: 'rescreen-full' } as MonitorJob);

  const subscriber = subscriberConnection(connection);
  subscriber.on('error', (err) => logger.warn({ err: err.message }, 'list subscriber error'));
  subscriber.on('message', () => void reconciler.sync());
  await subscriber.subscribe(control.channel);
  const poll = setInterval(() => void reconciler.sync().catch(() => undefined), config.LISTS_POLL_MS);
  poll.unref();
  await reconciler.sync(true);

  return {
    reconciler, control, monitor, alerts, entity,
    keep: (items) =>
      monitor.addMany(items.map((i) => ({ party: { tenant: i.tenant, origin: i.origin, entity: i.entity }, hits: hitsOf(i.matches.filter((m) => !m.suppressed), entity), ...(i.fingerprint ? { fingerprint: i.fingerprint } : {}) }))),
    rescreenFull: () => monitorRun({ data: { kind: 'rescreen-full', part: 0, parts: 1 } } as Job<MonitorJob>),
    close: async () => {
      clearInterval(poll);
      subscriber.disconnect(); // at once: a pub/sub connection has nothing to flush, and must not reconnect to a Redis that is gone
      // a long re-screening part is not waited for: its lock lapses and another worker runs it again (alerts are deduplicated)
      const graceful = Promise.all(workers.map((w) => w.close()));
      if (!(await Promise.race([graceful.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 1000).unref())]))) {
        await Promise.all(workers.map((w) => w.close(true).catch(() => undefined)));
      }
      await Promise.all([refreshQueue, monitorQueue, webhookQueue].map((q) => q.close().catch(() => undefined)));
    },
  };
}
