import type { BandOptions } from '@screening/matching';
import { type BatchRefQueue, type BatchStore, type ChunkCounts, type ChunkResult, parseBatchRefJob, parseChunkJob, SEAL_JOB } from '@screening/queue';
import type { Logger } from '@screening/runtime';
import { ALGORITHM } from '@screening/matching';
import type { EntityInput, ListVersion, Match, MonitorOrigin, RowOutcome } from '@screening/schemas';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { columnsOf, readRow, type RowInput, shipmentRef } from '../batch/row-input';
import { errorOutcome } from '../batch/outcome';
import { type MonitoredRow, type PreparedRows, prepareShipment, prepareSingle, type RowRecord } from '../batch/screen-rows';
import { type AnalystDeps, applyTenantDecisions } from '../analyst';
import type { CatalogHolder } from '../catalog';
import { yieldEvery } from '../yield';

/** Keeps monitored parties with their current matches (idempotent per origin, so a rerun chunk replaces). */
export type KeepMonitored = (items: { tenant: string; origin: MonitorOrigin; entity: EntityInput; matches: readonly Match[]; fingerprint?: string }[]) => Promise<unknown>;

export interface BatchChunkDeps {
  analyst: AnalystDeps;
  keep?: KeepMonitored;
  catalog: CatalogHolder;
  store: BatchStore;
  finalizeQueue: BatchRefQueue;
  defaultThreshold: number;
  /** review band and strong-name edge (config); absent = matches only */
  bands?: BandOptions;
  /** MATCH_TIME_BUDGET_MS (per row or shipment) */
  timeBudgetMs?: number;
  /** most rows of one shipment (BATCH_MAX_GROUP_ROWS) */
  maxGroupRows: number;
  logger: Logger;
}

/**
 * Longest stretch of synchronous screening between two yields to the event loop (lock renewal, health checks,
 * other jobs): rows and a shipment's parties are screened one by one, each bounded by its work budget.
 */
const YIELD_AFTER_MS = 20;

/** A streamed upload with no rows stored for this long has died with its API process (its seal job fails it). */
export const UPLOAD_SILENT_MS = 10 * 60_000;

/**
 * The seal job of a streamed batch (see `startStreamedFlow`): promoted by the API once the upload has ended, it
 * has nothing to do and lets the finalize job run after the last chunk. When it runs because its delay expired
 * while the batch still says `uploading`, the upload is either still going (rows written lately: wait again)
 * or its API died: the batch fails with that reason (and the finalize job with it).
 */
async function sealProcessor(deps: BatchChunkDeps, job: Job, token?: string): Promise<ChunkResult> {
  const { batchId } = parseBatchRefJob(job.data);
  const rec = await deps.store.get(batchId);
  if (!rec) throw new UnrecoverableError(`batch ${batchId} no longer exists (expired?)`);
  const none: ChunkResult = { rows: 0, processed: 0, errors: 0, counted: false };
  if (rec.status !== 'uploading') return none;
  const silent = Date.now() - (rec.uploadAt ?? 0);
  if (silent < UPLOAD_SILENT_MS && token) {
    await job.moveToDelayed(Date.now() + UPLOAD_SILENT_MS, token);
    throw new DelayedError();
  }
  const reason = `the upload stopped after row ${rec.rows} and never ended (the API that received it went away)`;
  await deps.store.update(batchId, { status: 'failed', failedReason: reason });
  throw new UnrecoverableError(reason);
}

/**
 * Processor of `batch-chunk`: screens rows from..to of a batch and writes one outcome per row by row number,
 * then counts the chunk once (a rerun after a crash or a retry overwrites the same rows and counts nothing).
 * A shipment whose rows span chunks is screened by the chunk holding its first row.
 */
export function batchChunkProcessor(deps: BatchChunkDeps) {
  return async (job: Job, token?: string): Promise<ChunkResult> => {
    if (job.name === SEAL_JOB) return sealProcessor(deps, job, token);
    let data;
    try {
      data = parseChunkJob(job.data);
    } catch (err) {
      throw new UnrecoverableError(`invalid job payload: ${(err as Error).message}`);
    }
    const { batchId, chunkNo, from, to } = data;
    const rec = await deps.store.get(batchId);
    if (!rec) throw new UnrecoverableError(`batch ${batchId} no longer exists (expired?)`);
    await deps.store.markRunning(batchId, new Date().toISOString());
    deps.logger.debug({ queue: job.queueName, jobId: job.id, batchId, chunkNo, attempt: job.attemptsMade + 1 }, 'chunk started');
    const ctx = { catalog: deps.catalog.forTenant(rec.tenant), defaultThreshold: deps.defaultThreshold, ...(deps.bands ? { bands: deps.bands } : {}), now: () => new Date(), ...(deps.timeBudgetMs ? { timeBudgetMs: deps.timeBudgetMs } : {}) };
    const pause = yieldEvery(YIELD_AFTER_MS);
    const monitored: MonitoredRow[] | undefined = rec.monitor ? [] : undefined;
    const record: RowRecord = { batchId, tenant: rec.tenant, actor: rec.actor ?? 'anonymous', storeInput: deps.analyst.storeInput, events: [], review: [] };
    const opts = { ...(rec.threshold !== undefined ? { threshold: rec.threshold } : {}), ...(rec.lists ? { lists: rec.lists } : {}), ...(monitored ? { monitored } : {}), record };
    const cols = columnsOf(rec.header);
    const nums = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const raws = await deps.store.rows(batchId, nums);
    const seen: { lists?: ListVersion[] } = {};
    const outcomes: [number, RowOutcome][] = [];
    const prepared: PreparedRows[] = [];
    const shipments = new Map<string, number>();

    for (let i = 0; i < nums.length; i++) {
      const row = nums[i]!;
      const raw = raws[i] ?? null;
      const reference = shipmentRef(raw, cols);
      if (reference !== undefined) {
        if (!shipments.has(reference)) shipments.set(reference, row);
        continue;
      }
      const input = readRow(raw, cols);
      if (input.kind === 'single') prepared.push(await prepareSingle(row, input, ctx, opts, seen));
      else outcomes.push([row, errorOutcome(input.kind === 'error' ? input.reason : 'internal: shipment row outside its shipment')]);
      await pause();
    }
    // shipments whose first row is in this chunk: their rows (some maybe in later chunks) are fetched at once
    const refs = [...shipments.keys()];
    const groups = await deps.store.groups(batchId, refs);
    const leading = refs.map((reference, i) => ({ reference, members: groups[i] ?? [] })).filter((g) => g.members[0] === shipments.get(g.reference));
    // a shipment larger than the cap is refused row by row before any of its rows is fetched
    const led = leading.filter((g) => g.members.length <= deps.maxGroupRows);
    for (const g of leading.filter((x) => x.members.length > deps.maxGroupRows)) {
      const reason = `shipment ${g.reference} has ${g.members.length} rows; at most ${deps.maxGroupRows} (BATCH_MAX_GROUP_ROWS): split it`;
      for (const m of g.members) outcomes.push([m, errorOutcome(reason, g.reference)]);
    }
    const here = new Map(nums.map((n, i) => [n, raws[i] ?? null]));
    const elsewhere = [...new Set(led.flatMap((g) => g.members.filter((m) => !here.has(m))))];
    const fetched = await deps.store.rows(batchId, elsewhere);
    elsewhere.forEach((m, i) => here.set(m, fetched[i] ?? null));
    for (const { reference, members } of led) {
      const inputs: { row: number; input: RowInput }[] = members.map((row) => ({ row, input: readRow(here.get(row) ?? null, cols) }));
      prepared.push(await prepareShipment(`${batchId}-${members[0]}`, reference, inputs, ctx, opts, seen, pause));
      await pause();
    }
    // the analysts' decisions on every party of the chunk in one Redis read, then the rules
    await applyTenantDecisions(deps.analyst.decisions, rec.tenant, prepared.flatMap((p) => p.parties), ctx.now());
    for (const p of prepared) {
      outcomes.push(...(await p.finish()));
      await pause();
    }
    outcomes.sort((a, b) => a[0] - b[0]);

    await deps.store.saveOutcomes(batchId, outcomes.map(([row, o]) => [row, JSON.stringify(o)]));
    if (monitored?.length) {
      if (!deps.keep) throw new Error('this worker cannot keep monitored parties (no lists runtime)');
      await deps.keep(
        monitored.map((m) => ({
          tenant: rec.tenant,
          origin: { kind: 'batch', id: batchId, index: m.row, ...(m.role ? { role: m.role } : {}), ...(m.reference ? { reference: m.reference } : {}) },
          entity: m.entity,
          matches: m.matches,
          ...(m.fingerprint ? { fingerprint: m.fingerprint } : {}),
        })),
      );
    }
    await deps.analyst.review.put(rec.tenant, record.review);
    await deps.analyst.audit.append(rec.tenant, record.events);
    const counts: ChunkCounts = { processed: outcomes.length, errors: 0, clear: 0, review: 0, block: 0 };
    for (const [, o] of outcomes) {
      if (o.status === 'error') counts.errors++;
      else if (o.decision) counts[o.decision]++;
    }
    const counted = await deps.store.completeChunk(batchId, chunkNo, counts);
    if (seen.lists) await deps.store.setListsOnce(batchId, seen.lists, ALGORITHM);
    await reportProgress(deps, job, batchId);
    deps.logger.debug({ queue: job.queueName, jobId: job.id, batchId, chunkNo, rows: nums.length, counted }, 'chunk screened');
    return { rows: nums.length, processed: counts.processed, errors: counts.errors, counted, decisions: { clear: counts.clear, review: counts.review, block: counts.block } };
  };
}

/** Progress on the chunk and on the batch's finalize job (both visible in the queue dashboard). */
async function reportProgress(deps: BatchChunkDeps, job: Job, batchId: string): Promise<void> {
  await job.updateProgress(100);
  const now = await deps.store.get(batchId);
  if (!now) return;
  const parent = await deps.finalizeQueue.getJob(batchId);
  await parent?.updateProgress({ processed: now.processed, rows: now.rows, percent: Math.floor((100 * now.processed) / Math.max(1, now.rows)) }).catch(() => undefined);
}
