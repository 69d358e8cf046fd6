import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';

/** GET /v1/lists: the list versions the live workers serve. */
export function listsRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get('/v1/lists', requireScope(deps.config, 'screen'), async (_req, res) => {
    const { lists } = await deps.registry.current();
    res.json(lists);
  });
  return r;
}
