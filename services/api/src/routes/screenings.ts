import { randomUUID } from 'node:crypto';
import { AppError } from '@screening/runtime';
import { ScreeningRequestSchema } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { failedJobProblem, runJob } from '../use-cases/run-job';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** POST /v1/screenings (a whole shipment) and GET /v1/screenings/{id}. */
export function screeningsRouter(deps: ApiDeps): Router {
  const r = Router();
  const auth = requireScope(deps.config, 'screen');
  r.post('/v1/screenings', auth, async (req, res) => {
    const request = parse(ScreeningRequestSchema, req.body);
    const id = `scr-${randomUUID()}`;
    const out = await runJob(deps.screenQueue, deps.replies, { kind: 'screening', tenant: req.tenant, actor: req.analyst, id, request }, {
      timeoutMs: deps.config.SCREEN_SYNC_TIMEOUT_MS, maxWaiting: deps.config.SCREEN_QUEUE_MAX_WAITING,
      jobId: id,
    });
    if (out.done) return void res.json(out.result);
    res.status(202).location(`/v1/screenings/${id}`).json({ id, status: 'queued' });
  });
  r.get('/v1/screenings/:id', auth, async (req, res) => {
    const id = String(req.params.id);
    if (!ID.test(id)) throw new AppError('not-found', 'no such screening');
    const stored = await deps.store.get(req.tenant, id);
    if (stored) return void res.json(stored);
    const job = await deps.screenQueue.getJob(id);
    if (!job || job.data.tenant !== req.tenant) throw new AppError('not-found', 'no such screening (results are kept for RESULT_TTL_SECONDS)');
    const state = await job.getState();
    if (state === 'failed') throw failedJobProblem(job.failedReason);
    res.status(202).location(`/v1/screenings/${id}`).json({ id, status: state === 'active' ? 'running' : 'queued' });
  });
  return r;
}
