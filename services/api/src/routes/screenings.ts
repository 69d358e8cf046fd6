import { randomUUID } from 'node:crypto';
import { AppError } from '@screening/runtime';
import { ScreeningRequestSchema } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { idempotent, jsonFingerprint } from '../use-cases/idempotent';
import { failedJobProblem, runJob } from '../use-cases/run-job';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** POST /v1/screenings (a whole shipment) and GET /v1/screenings/{id}. */
export function screeningsRouter(deps: ApiDeps): Router {
  const r = Router();
  const auth = requireScope(deps.config, 'screen');
  r.post('/v1/screenings', auth, async (req, res) => {
    const request = parse(ScreeningRequestSchema, req.body);
    const fingerprint = req.headers['idempotency-key'] === undefined ? '' : jsonFingerprint(req.body);
    await idempotent(deps, req, res, {
      route: 'screenings',
      newId: () => `scr-${randomUUID()}`,
      early: fingerprint,
      fingerprint: async () => fingerprint,
      // a take-over (the API that held the key died): the screening may be done already, else its job is joined
      recover: async (id) => {
        const stored = await deps.store.get(req.tenant, id);
        return stored ? { status: 200, body: stored } : undefined;
      },
      run: async (id) => {
        const out = await runJob(deps.screenQueue, deps.replies, { kind: 'screening', tenant: req.tenant, actor: req.analyst, id, request }, {
          timeoutMs: deps.config.SCREEN_SYNC_TIMEOUT_MS, maxWaiting: deps.config.SCREEN_QUEUE_MAX_WAITING,
          jobId: id,
        });
        const response = out.done ? { status: 200, body: out.result } : { status: 202, location: `/v1/screenings/${id}`, body: { id, status: 'queued' } };
        return { response, fingerprint };
      },
    });
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
