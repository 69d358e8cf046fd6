import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { BandOptions } from '@screening/matching';
import { epochMs, inputHash, type JobReply, type WorkerMarks, parseScreenJob, ReviewStore, type ScreeningStore, type TradeHistoryStore } from '@screening/queue';
import { AppError, type Logger } from '@screening/runtime';
import { type Job, UnrecoverableError } from 'bullmq';
import { type AnalystDeps, applyTenantDecisions, reviewItem, screeningEvent } from '../analyst';
import type { CatalogHolder } from '../catalog';
import { matchScreening, runCompare, runMatch } from '../screening';
import { tradeRecords, withServiceHistory } from '../trade-history';

export interface ScreenProcessorDeps {
  catalog: CatalogHolder;
  store: ScreeningStore;
  /** the service's own trade history of screened parties (rules D6, G2); absent = only the request's `history` */
  history?: TradeHistoryStore;
  defaultThreshold: number;
  /** review band and strong-name edge (config); absent = matches only */
  bands?: BandOptions;
  /** MATCH_TIME_BUDGET_MS */
  timeBudgetMs?: number;
  logger: Logger;
  /** sends the answer straight to the API instance waiting for it (the job's `replyTo` channel) */
  reply?: (channel: string | undefined, reply: JobReply) => Promise<void>;
  analyst: AnalystDeps;
}

/**
 * Processor of the `screen` queue: match, compare and shipment screening. The answer (or a failure that will
 * not be retried) goes straight to the waiting API instance, before BullMQ records the job as finished.
 */
export function screenProcessor(deps: ScreenProcessorDeps) {
  const run = runScreenJob(deps);
  return async (job: Job) => {
    const t: WorkerMarks = { picked: epochMs() };
    const replyTo = (job.data as { replyTo?: string } | undefined)?.replyTo;
    const send = (r: JobReply) => {
      if (!deps.reply) return undefined;
      t.sent = epochMs();
      return deps.reply(replyTo, { ...r, t }).catch((err) => deps.logger.warn({ jobId: job.id, err: (err as Error).message }, 'reply not sent (the API polls for it)'));
    };
    try {
      const result = await run(job, t);
      await send({ id: job.id!, ok: true, result });
      return result;
    } catch (err) {
      const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final) await send({ id: job.id!, ok: false, error: (err as Error).message });
      throw err;
    }
  };
}

function runScreenJob(deps: ScreenProcessorDeps) {
  const { analyst } = deps;
  return async (job: Job, t: WorkerMarks) => {
    let data;
    try {
      data = parseScreenJob(job.data);
    } catch (err) {
      throw new UnrecoverableError(`invalid job payload: ${(err as Error).message}`);
    }
    const ctx = { catalog: deps.catalog.forTenant(data.tenant), defaultThreshold: deps.defaultThreshold, ...(deps.bands ? { bands: deps.bands } : {}), now: () => new Date(), ...(deps.timeBudgetMs ? { timeBudgetMs: deps.timeBudgetMs } : {}) };
    const actor = data.actor ?? 'anonymous';
    try {
      switch (data.kind) {
        case 'match': {
          t.start = epochMs();
          const out = runMatch(data.request, ctx);
          t.end = epochMs();
          const hits = out.matches.filter((m) => m.match);
          await analyst.audit.append(data.tenant, [
            {
              at: new Date().toISOString(), type: 'match', tenant: data.tenant, actor, inputHash: inputHash(data.request),
              ...(analyst.storeInput ? { input: data.request } : {}),
              result: { hits: hits.length, entities: hits.map((m) => m.entityId) },
              versions: { lists: out.lists.map((l) => ({ id: String(l.id), version: l.version })), algorithm: out.algorithm },
            },
          ]);
          return out;
        }
        case 'compare': {
          t.start = epochMs();
          const out = runCompare(data.request, ctx);
          t.end = epochMs();
          return out;
        }
        case 'screening': {
          const request = deps.history ? await withServiceHistory(deps.history, data.tenant, data.request) : data.request;
          t.start = epochMs();
          const matched = await matchScreening(data.id, request, ctx, () => yieldToLoop());
          await applyTenantDecisions(analyst.decisions, data.tenant, matched.parties, ctx.now());
          const result = await matched.finish();
          t.end = epochMs();
          await deps.store.save(data.tenant, result);
          await deps.history?.record(data.tenant, tradeRecords(data.request, result));
          await analyst.review.put(data.tenant, [reviewItem(ReviewStore.screeningKey(data.id), 'screening', data.id, result, result.parties)]);
          const subject = { screeningId: data.id, ...(data.request.reference ? { reference: data.request.reference } : {}) };
          await analyst.audit.append(data.tenant, [screeningEvent(analyst, { type: 'screening', tenant: data.tenant, actor, input: data.request, result, subject })]);
          deps.logger.info({ queue: job.queueName, jobId: job.id, requestId: data.requestId, screeningId: data.id, decision: result.decision, flags: result.flags.length }, 'screening done');
          return result;
        }
      }
    } catch (err) {
      // Bad requests (e.g. an unknown list) cannot succeed on retry; hand the problem back to the API.
      if (err instanceof AppError) throw new UnrecoverableError(JSON.stringify({ code: err.code, detail: err.detail, ...(err.extras.errors ? { errors: err.extras.errors } : {}) }));
      throw err;
    }
  };
}
