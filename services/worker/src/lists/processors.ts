import { type AlertStore, type AuditStore, type DecisionStore, type ListControl, type MonitorStore, SYSTEM_TENANT } from '@screening/queue';
import { type Config, type Logger, OutboundRefused } from '@screening/runtime';
import { type Alert, type AlertWebhookJob, type CanonicalEntity, type MonitorJob, MonitorJobSchema, type RefreshJob, RefreshJobSchema } from '@screening/schemas';
import { syncSources } from '@screening/watchlists';
import { type Job, UnrecoverableError } from 'bullmq';
import type { CatalogEntry, CatalogHolder } from '../catalog';
import { alertSecretFor, alertWebhookFor, deliverAlert } from './alert-webhook';
import { deltaIndex } from './delta-index';
import { partOf, rescreenMonitored, type RescreenStats } from './rescreen';

/**
 * `refresh-watchlist`: downloads the sources to sync (the job's, else LISTS_SYNC; failures keep the served
 * version), then starts a new list generation so that every worker reloads and swaps.
 */
export function refreshProcessor(deps: { config: Config; logger: Logger; control: ListControl }) {
  return async (job: Job<RefreshJob>) => {
    const data = RefreshJobSchema.parse(job.data);
    const sources = data.sync ?? deps.config.LISTS_SYNC;
    const outcomes = sources.length
      ? await syncSources(sources, {
          dir: deps.config.LISTS_DIR,
          timeoutMs: deps.config.LISTS_SYNC_TIMEOUT_MS,
          maxBytes: deps.config.LISTS_SYNC_MAX_BYTES,
          retries: deps.config.LISTS_SYNC_RETRIES,
          minRatio: deps.config.LISTS_MIN_RATIO,
        })
      : [];
    for (const o of outcomes) {
      if (o.status === 'failed') {
        deps.logger.error({ list: o.source, err: o.error, serving: o.serving }, 'list sync failed; the served version stays');
        await deps.control.setError(o.source, `sync: ${o.error}`);
      } else deps.logger.info({ list: o.source, status: o.status, version: o.version, entities: o.entities }, 'list synced');
    }
    const d = await deps.control.bump(data.reason);
    return { generation: d.generation, outcomes };
  };
}

/** `monitor`: re-screening of monitored parties against one list change (changed entities only) or everything. */
export function monitorProcessor(deps: {
  config: Config;
  logger: Logger;
  catalog: CatalogHolder;
  control: ListControl;
  monitor: MonitorStore;
  alerts: AlertStore;
  entity: (id: string) => CanonicalEntity | undefined;
  onAlert: (a: Alert) => Promise<void>;
  /** enqueues the parts of a split re-screening */
  enqueueParts: (parent: Job<MonitorJob>, parts: MonitorJob[]) => Promise<void>;
  /** live worker processes: a large re-screening is split into one part per process */
  workers: () => Promise<number>;
  /** below this many parties the re-screening is not split */
  splitAbove?: number;
  decisions?: DecisionStore;
  audit?: AuditStore;
}) {
  const base = { monitor: deps.monitor, alerts: deps.alerts, threshold: deps.config.MATCH_THRESHOLD, now: () => new Date(), onAlert: deps.onAlert, ...(deps.decisions ? { decisions: deps.decisions } : {}) };
  return async (job: Job<MonitorJob>): Promise<RescreenStats> => {
    const parsed = MonitorJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid monitor job: ${parsed.error.message}`);
    const data = parsed.data;
    if (data.parts === undefined || data.part === 0) await firstPart(deps, data);
    if (data.parts === undefined) {
      const count = await deps.monitor.count();
      const parts = count > (deps.splitAbove ?? 20_000) ? Math.min(16, await deps.workers()) : 1;
      if (parts > 1) {
        await deps.enqueueParts(job, Array.from({ length: parts }, (_, part) => ({ ...data, part, parts })));
        return { parties: count, alerts: 0, ms: 0, parts };
      }
    }
    const filter = data.parts && data.parts > 1 ? (id: string) => partOf(id, data.parts!) === data.part : undefined;
    let stats: RescreenStats;
    if (data.kind === 'rescreen-full') {
      const entries = [...deps.catalog.snapshot().entries.values()];
      stats = await rescreenMonitored(base, { entries, entity: deps.entity, trigger: { kind: 'full-rescreen' }, ...(filter ? { filter } : {}) });
    } else {
      const changed = await deps.control.changedEntities(data.source, data.from, data.to);
      const diff = await deps.control.changes(data.source, data.from, data.to);
      if (!changed || !diff) throw new UnrecoverableError(`no stored change ${data.source} ${data.from} → ${data.to}`);
      const served = deps.catalog.snapshot().entries.get(data.source);
      const current = served?.version.version === data.to ? served : undefined;
      if (!current) deps.logger.warn({ list: data.source, to: data.to }, 'the changed version is no longer served: scoring the change with its own word statistics');
      const version = current?.version ?? { id: data.source, version: data.to, entities: changed.length, names: 0, loadedAt: new Date().toISOString() };
      const entry: CatalogEntry = { version, index: deltaIndex(changed, current?.index, { source: data.source, version: data.to }) };
      const byId = new Map(changed.map((e) => [e.id, e]));
      stats = await rescreenMonitored(
        base,
        { entries: [entry], entity: (id) => byId.get(id), touched: new Set([...byId.keys(), ...diff.removed.map((r) => r.id)]), trigger: { kind: 'list-change', source: data.source, from: data.from, to: data.to }, ...(filter ? { filter } : {}) },
        new Set(diff.removed.map((r) => r.id)),
      );
    }
    deps.logger.info({ kind: data.kind, part: data.part, parts: data.parts, ...stats }, 'monitored parties re-screened');
    return stats;
  };
}

const DAY_MS = 24 * 3600 * 1000;
const before = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

/**
 * Once per monitor job (its first part): a list change is recorded in the system audit chain (the job id is
 * unique per change, so every change is recorded once); a full re-screening applies the retention settings.
 */
async function firstPart(deps: Parameters<typeof monitorProcessor>[0], data: MonitorJob): Promise<void> {
  if (data.kind === 'rescreen-changes') {
    const diff = await deps.control.changes(data.source, data.from, data.to);
    await deps.audit?.append(SYSTEM_TENANT, [
      {
        at: new Date().toISOString(), type: 'list-version', tenant: SYSTEM_TENANT, actor: 'system', subject: { list: data.source, from: data.from, to: data.to },
        ...(diff ? { result: { counts: diff.counts } } : {}), versions: { lists: [{ id: data.source, version: data.to }] },
      },
    ]);
    return;
  }
  const { MONITOR_RETENTION_DAYS: parties, ALERT_RETENTION_DAYS: alerts } = deps.config;
  const pruned = {
    parties: parties > 0 ? await deps.monitor.pruneBefore(before(parties)) : 0,
    alerts: alerts > 0 ? await deps.alerts.pruneBefore(before(alerts)) : 0,
  };
  if (pruned.parties || pruned.alerts) deps.logger.info(pruned, 'retention: monitored parties and alerts removed');
}

/** `alert-webhook`: delivers one alert, HMAC-signed; failures are retried by BullMQ. */
export function webhookProcessor(deps: { config: Config; alerts: AlertStore }) {
  const { config } = deps;
  const opts = { allowCidrs: config.WEBHOOK_ALLOW_CIDRS, timeoutMs: config.ALERT_WEBHOOK_TIMEOUT_MS, maxResponseBytes: config.WEBHOOK_MAX_RESPONSE_BYTES };
  return async (job: Job<AlertWebhookJob>) => {
    const url = alertWebhookFor(job.data.tenant, config);
    if (!url) return { skipped: 'no alert webhook for this tenant' };
    const alert = await deps.alerts.get(job.data.tenant, job.data.alertId);
    if (!alert) throw new UnrecoverableError(`alert ${job.data.alertId} not found`);
    try {
      return { status: await deliverAlert(url, alertSecretFor(job.data.tenant, config), alert, opts) };
    } catch (err) {
      // a refused address or a redirect stays refused: retrying cannot help
      if (err instanceof OutboundRefused) throw new UnrecoverableError(err.message);
      throw err;
    }
  };
}
