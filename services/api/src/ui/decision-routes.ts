import { exactKey } from '@screening/decisions';
import { AppError } from '@screening/runtime';
import { type AnalystDecision, type DecisionCreate, DecisionCreateSchema, RevokeSchema, type RowOutcome } from '@screening/schemas';
import type { Request, RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps';
import { parse } from '../middleware/validate';
import { cellsOf } from '../uploads/batch-results-format';
import { analystApi } from '../use-cases/analyst-deps';
import type { BatchDeps } from '../use-cases/batch-deps';
import { approveDecision, createDecision, revokeDecision } from '../use-cases/decisions';
import { findBatch } from '../use-cases/get-batch';
import { partyHistory, stopMonitoring } from '../use-cases/records';
import { href } from './html';
import { partyPage } from './pages/party';
import { listedRecords } from './listed-records';
import { screenedParties } from './screened-input';
import { batchRowPage } from './pages/batch-row';
import { decisionFilter, decisionsPage } from './pages/decisions';
import { screeningPage } from './pages/screening';
import { safeNext } from './safe-next';
import { csrfRequired } from './session';

/** What a redirect's `done` says on the next page (constants only: nothing from the request is echoed). */
export const NOTICES: Record<string, string> = {
  false_positive: 'Hit cleared as a false positive: it is suppressed in later screenings while the data holds.',
  true_match: 'Hit confirmed as a true match: it keeps blocking.',
  pending: 'Decision recorded; four-eyes: another analyst must approve it before it takes effect.',
  approved: 'Decision approved: it is now in effect.',
  revoked: 'Decision revoked: the hit counts again from the next screening.',
  uploaded: 'Batch uploaded: the workers are screening it.',
  unmonitored: 'Monitoring stopped: this party is no longer re-screened on list changes.',
  deleted: 'Batch deleted with its rows, results, monitored rows and review items.',
};
export const noticeOf = (req: Request) => (typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined);
const withDone = (url: string, done: string) => `${url}${url.includes('?') ? '&' : '?'}done=${done}`;

const SCREENING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The decision form as the body POST /v1/decisions takes (validated by the same schema). */
export function decisionBody(form: Record<string, unknown>): DecisionCreate {
  const num = (v: unknown) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v);
  const day = str(form.expiresOn);
  const body = {
    ...(str(form.screeningId) ? { screeningId: form.screeningId, partyIndex: num(form.partyIndex) } : {}),
    ...(str(form.batchId) ? { batchId: form.batchId, row: num(form.row) } : {}),
    entityId: form.entityId,
    verdict: form.verdict,
    reason: form.reason,
    ...(day ? { expiresAt: /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T23:59:59Z` : day } : {}),
  };
  return parse(DecisionCreateSchema, body, '/form');
}

/** Screening and batch-row pages, the decision forms (the use-cases of POST /v1/decisions) and the decisions list. */
export function decisionRoutes(r: Router, deps: ApiDeps, d: BatchDeps, signedIn: RequestHandler): void {
  const a = analystApi(deps);
  const who = (req: Request) => ({ tenant: req.tenant, analyst: req.analyst });

  r.get('/ui/screenings/:id', signedIn, async (req, res) => {
    const id = String(req.params.id);
    const result = SCREENING_ID.test(id) ? await a.screenings.get(req.tenant, id) : undefined;
    if (!result) throw new AppError('not-found', 'no such screening (results are kept for RESULT_TTL_SECONDS)');
    const pairs = result.parties.flatMap((p) => (p.fingerprint ? p.matches.map((m) => ({ key: `${p.index}|${m.entityId}`, index: exactKey(p.fingerprint!, m.entityId) })) : []));
    const found = await a.decisions.lookup(req.tenant, pairs.map((p) => p.index));
    const current = new Map<string, AnalystDecision>();
    for (const p of pairs) if (found.get(p.index)) current.set(p.key, found.get(p.index)!);
    const [records, sent] = await Promise.all([listedRecords(deps, result.parties.flatMap((p) => p.matches.map((m) => m.entityId))), screenedParties(deps, req.tenant, id)]);
    res.type('html').send(screeningPage(req.ui!, result, current, records, sent, noticeOf(req)));
  });

  r.get('/ui/batches/:id/rows/:row', signedIn, async (req, res) => {
    const rec = await findBatch(d, req.tenant, String(req.params.id));
    const row = Number(req.params.row);
    if (!Number.isInteger(row) || row < 1 || row > rec.rows) throw new AppError('not-found', `the batch has rows 1 to ${rec.rows}`);
    const [[raw], [cells]] = await Promise.all([a.batches.outcomes(rec.id, [row]), a.batches.rows(rec.id, [row])]);
    if (!raw) throw new AppError('not-found', `row ${row} has no result yet: it is still being screened`);
    const outcome = JSON.parse(raw) as RowOutcome;
    const matches = outcome.matches ?? [];
    const found = outcome.fingerprint ? await a.decisions.lookup(req.tenant, matches.map((m) => exactKey(outcome.fingerprint!, m.entityId))) : new Map<string, AnalystDecision>();
    const current = new Map<string, AnalystDecision>();
    for (const m of matches) {
      const dec = outcome.fingerprint ? found.get(exactKey(outcome.fingerprint, m.entityId)) : undefined;
      if (dec) current.set(m.entityId, dec);
    }
    const notice = noticeOf(req);
    const records = await listedRecords(deps, matches.map((m) => m.entityId));
    res.type('html').send(batchRowPage(req.ui!, { batchId: rec.id, row, header: rec.header, cells: cellsOf(cells ?? null), outcome: { ...outcome, flags: outcome.flags ?? [] }, current, records, ...(notice ? { notice } : {}) }));
  });

  r.post('/ui/decisions', signedIn, csrfRequired, async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const dec = await createDecision(a, who(req), decisionBody(form));
    res.redirect(303, withDone(safeNext(form.returnTo, '/ui/decisions'), dec.status === 'pending_approval' ? 'pending' : dec.verdict));
  });
  r.post('/ui/decisions/:id/approve', signedIn, csrfRequired, async (req, res) => {
    await approveDecision(a, who(req), String(req.params.id));
    res.redirect(303, withDone(safeNext((req.body as Record<string, unknown>)?.returnTo, '/ui/decisions'), 'approved'));
  });
  r.post('/ui/decisions/:id/revoke', signedIn, csrfRequired, async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const { reason } = parse(RevokeSchema, str(form.reason)?.trim() ? { reason: form.reason } : {}, '/form');
    await revokeDecision(a, who(req), String(req.params.id), reason);
    res.redirect(303, withDone(safeNext(form.returnTo, '/ui/decisions'), 'revoked'));
  });

  r.get('/ui/parties/:fingerprint', signedIn, async (req, res) => {
    const h = await partyHistory(a, req.tenant, String(req.params.fingerprint));
    res.type('html').send(partyPage(req.ui!, h.fingerprint, h.events.slice(-500).reverse(), h.decisions, noticeOf(req)));
  });
  r.post('/ui/parties/:fingerprint/stop-monitoring', signedIn, csrfRequired, async (req, res) => {
    const fp = String(req.params.fingerprint);
    await stopMonitoring(a, who(req), fp);
    res.redirect(303, `${href(['parties', fp])}?done=unmonitored`);
  });

  r.get('/ui/decisions', signedIn, async (req, res) => {
    const all = await a.decisions.list(req.tenant, { limit: 1000 });
    const f = decisionFilter(req.query);
    const shown = all.filter((x) => (!f.verdict || x.verdict === f.verdict) && (!f.status || x.status === f.status)).slice(0, 200);
    res.type('html').send(decisionsPage(req.ui!, all, shown, f, Date.now(), noticeOf(req)));
  });
}
