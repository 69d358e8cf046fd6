import { AlertStore } from '@screening/queue';
import { AlertQuerySchema } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';

/** GET /v1/alerts: alerts of re-screening for the key's tenant, oldest first, paged by `cursor`. */
export function alertsRouter(deps: ApiDeps): Router {
  const r = Router();
  const store = new AlertStore(deps.redis, deps.config.REDIS_PREFIX);
  r.get('/v1/alerts', requireScope(deps.config, 'screen'), async (req, res) => {
    const q = parse(AlertQuerySchema, req.query, '/query');
    res.json(await store.list(req.tenant, { limit: q.limit, ...(q.cursor ? { cursor: q.cursor } : {}), ...(q.since ? { since: q.since } : {}) }));
  });
  return r;
}
