import { type BatchRecord, toBatch } from '@screening/queue';
import { AppError } from '@screening/runtime';
import type { RowOutcome } from '@screening/schemas';
import type { Request, RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps';
import { cellsOf } from '../uploads/batch-results-format';
import type { BatchDeps } from '../use-cases/batch-deps';
import { createBatch } from '../use-cases/create-batch';
import { findBatch } from '../use-cases/get-batch';
import { analystApi } from '../use-cases/analyst-deps';
import { deleteBatch } from '../use-cases/records';
import { noticeOf } from './decision-routes';
import { href } from './html';
import { batchesPage, batchPage, PAGE_SIZE } from './pages/batch';
import { csrfRequired, userMay } from './session';

const RECENT = 50;

/** Batches uploaded from the app, per tenant (newest first; the batches themselves expire after BATCH_TTL_SECONDS). */
class RecentBatches {
  constructor(private readonly deps: ApiDeps) {}
  private k(tenant: string) {
    return `${this.deps.config.REDIS_PREFIX}:ui:{${tenant}}:batches`;
  }
  async add(tenant: string, id: string): Promise<void> {
    await this.deps.redis.multi().lpush(this.k(tenant), id).ltrim(this.k(tenant), 0, RECENT - 1).expire(this.k(tenant), this.deps.config.BATCH_TTL_SECONDS).exec();
  }
  async remove(tenant: string, id: string): Promise<void> {
    await this.deps.redis.lrem(this.k(tenant), 0, id);
  }
  async list(tenant: string): Promise<string[]> {
    return this.deps.redis.lrange(this.k(tenant), 0, RECENT - 1);
  }
}

/** Batch pages need the "batch" scope, as GET/POST /v1/batches do. */
const mayBatch: RequestHandler = (req, _res, next) => {
  if (!userMay(req.ui!, 'batch')) return next(new AppError('forbidden', 'your API key has no "batch" scope: it cannot upload or read batches'));
  next();
};

async function resultRows(d: BatchDeps, rec: BatchRecord, pageNo: number) {
  const from = (pageNo - 1) * PAGE_SIZE + 1;
  const rowNos = Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, rec.rows - from + 1)) }, (_, i) => from + i);
  if (!rowNos.length) return [];
  const [outcomes, cells] = await Promise.all([d.store.outcomes(rec.id, rowNos), d.store.rows(rec.id, rowNos)]);
  return rowNos.map((row, i) => {
    const raw = outcomes[i];
    const o = raw ? (JSON.parse(raw) as RowOutcome) : undefined;
    return { row, cells: cellsOf(cells[i] ?? null), ...(o ? { outcome: { ...o, flags: o.flags ?? [] } } : {}) };
  });
}

/** Upload (multipart into the batch creation use-case), progress (page + JSON for the script) and results, paged. */
export function batchRoutes(r: Router, deps: ApiDeps, d: BatchDeps, signedIn: RequestHandler): void {
  const recent = new RecentBatches(deps);
  const notice = (req: Request) => noticeOf(req);

  r.get('/ui/batches', signedIn, async (req, res) => {
    const may = userMay(req.ui!, 'batch');
    const ids = may ? await recent.list(req.tenant) : [];
    const recs = (await Promise.all(ids.map((id) => d.store.get(id)))).filter((b): b is BatchRecord => !!b && b.tenant === req.tenant);
    res.type('html').send(batchesPage(req.ui!, recs, may, notice(req)));
  });
  // multipart: the body is the CSV stream the use-case reads, so the CSRF token is in the query (never logged: paths only)
  r.post('/ui/batches', signedIn, csrfRequired, mayBatch, async (req, res) => {
    const { body: accepted } = await createBatch(d, req);
    await recent.add(req.tenant, accepted.id);
    res.redirect(303, `${href(['batches', accepted.id])}?done=uploaded`);
  });
  r.post('/ui/batches/:id/delete', signedIn, csrfRequired, mayBatch, async (req, res) => {
    const id = String(req.params.id);
    await deleteBatch(analystApi(deps), d, { tenant: req.tenant, analyst: req.analyst }, id);
    await recent.remove(req.tenant, id);
    res.redirect(303, '/ui/batches?done=deleted');
  });
  r.get('/ui/batches/:id/progress.json', signedIn, mayBatch, async (req, res) => {
    const b = toBatch(await findBatch(d, req.tenant, String(req.params.id)));
    res.json({ id: b.id, status: b.status, rows: b.rows, processed: Math.min(b.processed, b.rows), errors: b.errors, counts: b.counts });
  });
  r.get('/ui/batches/:id', signedIn, mayBatch, async (req, res) => {
    const rec = await findBatch(d, req.tenant, String(req.params.id));
    const pages = Math.max(1, Math.ceil(rec.rows / PAGE_SIZE));
    const asked = Number(req.query.page ?? 1);
    const pageNo = Number.isInteger(asked) ? Math.min(Math.max(1, asked), pages) : 1;
    res.type('html').send(batchPage(req.ui!, toBatch(rec), rec, await resultRows(d, rec, pageNo), pageNo, notice(req)));
  });
}
