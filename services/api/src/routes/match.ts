import { AppError } from '@screening/runtime';
import { CompareRequestSchema, MatchRequestSchema } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { sendServerTiming } from '../middleware/server-timing';
import { parse } from '../middleware/validate';
import { runJob } from '../use-cases/run-job';

/** POST /v1/match and /v1/compare: validated here, scored by a worker, answered synchronously. */
export function matchRouter(deps: ApiDeps): Router {
  const r = Router();
  const auth = requireScope(deps.config, 'screen');
  const sync = async (job: Parameters<typeof runJob>[2]) => {
    const out = await runJob(deps.screenQueue, deps.replies, job, { timeoutMs: deps.config.SCREEN_SYNC_TIMEOUT_MS, maxWaiting: deps.config.SCREEN_QUEUE_MAX_WAITING });
    if (!out.done) throw new AppError('unavailable', 'no worker answered in time; retry shortly', { headers: { 'Retry-After': '2' } });
    return out.result;
  };
  r.post('/v1/match', auth, async (req, res) => {
    const request = parse(MatchRequestSchema, req.body);
    const result = await sync({ kind: 'match', tenant: req.tenant, actor: req.analyst, request });
    sendServerTiming(res);
    res.json(result);
  });
  r.post('/v1/compare', auth, async (req, res) => {
    const request = parse(CompareRequestSchema, req.body);
    const result = await sync({ kind: 'compare', tenant: req.tenant, request });
    sendServerTiming(res);
    res.json(result);
  });
  return r;
}
