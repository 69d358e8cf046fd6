import { type WorkerMetricsStore, withTimeout, listLabel } from '@screening/queue';
import type { Logger } from '@screening/runtime';
import type { Job, Worker } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

interface MatchLike {
  list: string;
  match: boolean;
}
interface ResultLike {
  decision?: string;
  /** a batch chunk's decisions, counted only the first time the chunk is counted (a rerun counts nothing) */
  counted?: boolean;
  decisions?: Record<string, number>;
  matches?: unknown;
  parties?: unknown;
}

/**
 * The metrics of one worker process. Labels are bounded: queue names, job outcome, decision, list id.
 * `registry` is what the worker publishes to Redis for the API's pool-wide /metrics (no process defaults
 * there, the API has its own); `scrapeRegistry` adds this process's defaults for the worker's own /metrics.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly processRegistry = new Registry();
  readonly jobs = new Counter({ name: 'screening_jobs_total', help: 'jobs finished by workers, by queue and outcome', labelNames: ['queue', 'status'] as const, registers: [this.registry] });
  readonly jobDuration = new Histogram({ name: 'screening_job_duration_seconds', help: 'processing time of a job attempt', labelNames: ['queue', 'status'] as const, buckets: DURATION_BUCKETS, registers: [this.registry] });
  readonly jobWait = new Histogram({ name: 'screening_job_wait_seconds', help: 'time a job waited in the queue before a worker took it', labelNames: ['queue'] as const, buckets: DURATION_BUCKETS, registers: [this.registry] });
  readonly screenings = new Counter({ name: 'screening_screenings_total', help: 'shipment screenings by decision', labelNames: ['decision'] as const, registers: [this.registry] });
  readonly matches = new Counter({ name: 'screening_matches_total', help: 'matches at or above the threshold, by list', labelNames: ['list'] as const, registers: [this.registry] });
  readonly indexBuild = new Gauge({ name: 'screening_worker_index_build_seconds', help: 'time the slowest worker took to load its lists and build its indexes', aggregator: 'max', registers: [this.registry] });
  readonly memory = new Gauge({
    name: 'screening_worker_memory_bytes',
    help: 'memory of the worker processes (summed over the pool)',
    labelNames: ['type'] as const,
    aggregator: 'sum',
    registers: [this.registry],
    collect() {
      const m = process.memoryUsage();
      this.set({ type: 'rss' }, m.rss);
      this.set({ type: 'heap_used' }, m.heapUsed);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.processRegistry });
  }

  get scrapeRegistry(): Registry {
    return Registry.merge([this.registry, this.processRegistry]);
  }

  observeIndexBuild(ms: number): void {
    this.indexBuild.set(ms / 1000);
  }

  observeJob(job: Job | undefined, status: 'completed' | 'failed'): void {
    if (!job) return;
    const queue = job.queueName;
    this.jobs.inc({ queue, status });
    if (job.processedOn) {
      this.jobDuration.observe({ queue, status }, Math.max(0, (job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
      if (job.attemptsMade <= 1 || status === 'completed') this.jobWait.observe({ queue }, Math.max(0, job.processedOn - job.timestamp) / 1000);
    }
  }

  /** Counts screening decisions (one screening, or a batch chunk's rows) and the matches of a result. */
  recordResult(result: unknown): void {
    const r = (result ?? {}) as ResultLike;
    if (typeof r.decision === 'string') this.screenings.inc({ decision: r.decision });
    if (r.counted && r.decisions) for (const [decision, n] of Object.entries(r.decisions)) if (n > 0) this.screenings.inc({ decision }, n);
    // results differ by queue: a monitor job's `parties` is a count, not a list of screened parties
    const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
    const all = [...list<MatchLike>(r.matches), ...list<{ matches?: unknown }>(r.parties).flatMap((p) => list<MatchLike>(p?.matches))];
    for (const m of all) if (m?.match && typeof m.list === 'string') this.matches.inc({ list: listLabel(m.list) });
  }

  /** Observes every job a BullMQ worker finishes (call once per Worker, whatever its queue). */
  instrument(worker: Worker): void {
    worker.on('completed', (job, result) => {
      this.observeJob(job, 'completed');
      this.recordResult(result);
    });
    worker.on('failed', (job) => this.observeJob(job, 'failed'));
  }

  /** Publishes a snapshot to Redis every `intervalMs` for the API's aggregate; returns a stop function. */
  publishEvery(store: WorkerMetricsStore, workerId: string, intervalMs: number, logger: Logger): { stop: () => Promise<void>; publishNow: () => Promise<void> } {
    const publishNow = async () => {
      await store.publish(workerId, await this.registry.getMetricsAsJSON()).catch((err: Error) => logger.debug({ err: err.message }, 'metrics publish failed'));
    };
    const timer = setInterval(() => void publishNow(), intervalMs);
    timer.unref();
    return {
      publishNow,
      stop: async () => {
        clearInterval(timer);
        await withTimeout(store.withdraw(workerId), 1000); // bounded: Redis may be down at shutdown
      },
    };
  }
}
