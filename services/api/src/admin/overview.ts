import { type ListsRegistry, listVisibleTo } from '@screening/queue';
import type { ListVersion } from '@screening/schemas';
import type { Queue } from 'bullmq';
import { deadline } from '../metrics';
import { type JobState, type MonitoredQueues, queueCounts } from './monitored-queues';

/** Minutes of throughput shown (BullMQ keeps per-minute counts when workers run with the `metrics` option). */
export const THROUGHPUT_MINUTES = 15;

export interface QueueOverview {
  name: string;
  /** paused by an operator: workers take no new jobs from it */
  paused: boolean;
  counts: Record<JobState, number>;
  /** completed and failed jobs per minute over the last THROUGHPUT_MINUTES minutes, oldest first */
  completedPerMinute: number[];
  failedPerMinute: number[];
  completed: number;
  failed: number;
  /** failed / (completed + failed) over the window; null without traffic */
  errorRate: number | null;
}

export interface BatchProgress {
  id: string;
  status: string;
  rows: number;
  processed: number;
  errors: number;
  createdAt?: string;
}

export interface Overview {
  generatedAt: string;
  /** `deployment` (operator: every tenant, the queues) or `tenant` (a tenant admin: its own lists and batches only) */
  scope: 'deployment' | 'tenant';
  tenant?: string;
  redis: boolean;
  workers: number;
  lists: (ListVersion & { ageSeconds: number })[];
  queues: QueueOverview[];
  batches: BatchProgress[];
}

export interface OverviewSources {
  queues: MonitoredQueues;
  registry: ListsRegistry;
  /** looks a batch up by id (the batch store); batches are found through their pending finalize jobs */
  loadBatch: (id: string) => Promise<(BatchProgress & { tenant?: string }) | undefined>;
  /** ids of a tenant's batches uploading, queued or running (its quota's active set) */
  activeBatchIds: (tenant: string) => Promise<string[]>;
  now: () => Date;
  /** whether the Redis connection is up: when it is not, the page does not wait for it */
  redisReady?: () => boolean;
}

/**
 * Jobs per minute over the last `n` minutes, oldest first, from BullMQ's metrics: finished jobs since the
 * last minute rollover (`count - prevCount`) belong to the minute of `prevTS`; `data` holds the minutes
 * before it, newest first.
 */
export function lastMinutes(m: { meta: { count: number; prevTS: number; prevCount: number }; data: number[] }, nowMs: number, n = THROUGHPUT_MINUTES): number[] {
  const newestFirst: number[] = [];
  if (m.meta.prevTS) {
    const idle = Math.max(0, Math.floor(nowMs / 60_000) - Math.floor(m.meta.prevTS / 60_000));
    for (let i = 0; i < idle && newestFirst.length < n; i++) newestFirst.push(0);
    newestFirst.push(Math.max(0, m.meta.count - m.meta.prevCount), ...m.data.map((v) => Number(v) || 0));
  }
  const out = newestFirst.slice(0, n);
  while (out.length < n) out.push(0);
  return out.reverse();
}

async function perMinute(q: Queue, type: 'completed' | 'failed', nowMs: number): Promise<number[]> {
  return lastMinutes(await q.getMetrics(type, 0, THROUGHPUT_MINUTES), nowMs);
}

async function queueOverview(name: string, q: Queue, nowMs: number): Promise<QueueOverview> {
  const [counts, completedPerMinute, failedPerMinute, paused] = await Promise.all([queueCounts(q), perMinute(q, 'completed', nowMs), perMinute(q, 'failed', nowMs), q.isPaused()]);
  const completed = completedPerMinute.reduce((a, b) => a + b, 0);
  const failed = failedPerMinute.reduce((a, b) => a + b, 0);
  return { name, paused, counts, completedPerMinute, failedPerMinute, completed, failed, errorRate: completed + failed ? failed / (completed + failed) : null };
}

/** The parent job of a batch's chunk flow (issue 5), whose job id is the batch id. */
const FINALIZE_QUEUE = 'batch-finalize';

/** Batches still in progress: their finalize parent waits for its chunk children (jobId = batch id). */
async function runningBatches(src: OverviewSources, limit = 20): Promise<BatchProgress[]> {
  const finalize = [...src.queues.all].find(([name]) => (name as string) === FINALIZE_QUEUE)?.[1];
  if (!finalize) return [];
  const jobs = await finalize.getJobs(['waiting-children', 'waiting', 'prioritized', 'active', 'delayed'], 0, limit - 1, true);
  const ids = [...new Set(jobs.map((j) => j?.id).filter((id): id is string => typeof id === 'string'))];
  const found = await Promise.all(ids.map((id) => src.loadBatch(id)));
  return found.filter((b): b is BatchProgress => !!b && LIVE.has(b.status));
}

const LIVE = new Set(['running', 'queued', 'uploading']);
const strip = ({ tenant: _t, ...b }: BatchProgress & { tenant?: string }): BatchProgress => b;

/** A tenant's live batches, from its own active set (never from the shared queues, where every tenant's jobs are). */
async function tenantBatches(src: OverviewSources, tenant: string, limit = 20): Promise<BatchProgress[]> {
  const ids = (await src.activeBatchIds(tenant)).sort().slice(-limit);
  const found = await Promise.all(ids.map((id) => src.loadBatch(id)));
  return found.filter((b): b is BatchProgress & { tenant?: string } => !!b && b.tenant === tenant && LIVE.has(b.status)).map(strip);
}

/**
 * Everything the /admin page shows, read from Redis (the API holds no state of its own). `tenant` set (a tenant admin):
 * the lists that tenant may use and its own live batches only; the queues (every tenant's jobs) are left out.
 */
export async function loadOverview(src: OverviewSources, view: { tenant?: string } = {}): Promise<Overview> {
  const now = src.now();
  const { tenant } = view;
  const overview: Overview = { generatedAt: now.toISOString(), scope: tenant === undefined ? 'deployment' : 'tenant', ...(tenant !== undefined ? { tenant } : {}), redis: true, workers: 0, lists: [], queues: [], batches: [] };
  const read = async () => {
    if (src.redisReady && !src.redisReady()) throw new Error('the Redis connection is not ready');
    const cur = await src.registry.current();
    const lists = cur.lists
      .filter((l) => tenant === undefined || listVisibleTo(l.id, tenant))
      .map((l) => ({ ...l, ageSeconds: Math.max(0, (now.getTime() - Date.parse(l.publishedAt ?? l.loadedAt)) / 1000) }));
    if (tenant !== undefined) return { workers: cur.workers, lists, queues: [], batches: await tenantBatches(src, tenant) };
    const queues = await Promise.all([...src.queues.all].map(([name, q]) => queueOverview(name, q, now.getTime())));
    return { workers: cur.workers, lists, queues, batches: (await runningBatches(src)).map(strip) };
  };
  try {
    // bounded: with Redis down the page answers at once, saying so
    Object.assign(overview, await deadline(read(), 800, 'reading Redis for /admin'));
  } catch {
    overview.redis = false;
  }
  return overview;
}
