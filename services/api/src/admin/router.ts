import { AppError } from '@screening/runtime';
import { type RequestHandler, Router } from 'express';
import helmet from 'helmet';
import type { ApiDeps } from '../deps';
import { requireAdmin } from './admin-auth';
import { batchProgressLoader } from './batch-progress';
import { loadOverview, type OverviewSources } from './overview';
import { renderOverview } from './overview-page';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board';

/** No third-party origin at all (bull-board's page links a web font; offline it must not even be tried). */
const offlineCsp = helmet.contentSecurityPolicy({
  directives: { 'default-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'font-src': ["'self'", 'data:'], 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"] },
});

/** /admin (overview page and its JSON) and /admin/queues (bull-board), all behind the admin scope. */
export function adminRouter(deps: ApiDeps): Router {
  const r = Router();
  const guard = requireAdmin(deps.config);
  const redisReady = () => deps.redis.status === 'ready';
  const sources: OverviewSources = { queues: deps.monitored, registry: deps.registry, now: () => new Date(), loadBatch: batchProgressLoader(deps), redisReady };
  r.get('/admin', guard, offlineCsp, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderOverview(await loadOverview(sources)));
  });
  r.get('/admin/overview.json', guard, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await loadOverview(sources));
  });
  // the board's data calls wait for Redis: without it they answer 503 at once (its page and assets need no Redis)
  const boardNeedsRedis: RequestHandler = (req, _res, next) => {
    if (!req.path.startsWith('/api/') || redisReady()) return next();
    next(new AppError('unavailable', 'Redis is not reachable: the queue board has no data; retry shortly', { headers: { 'Retry-After': '2' } }));
  };
  r.use(QUEUE_BOARD_PATH, guard, offlineCsp, boardNeedsRedis, queueBoard(deps.monitored, { allowActions: deps.config.ADMIN_QUEUE_ACTIONS }));
  return r;
}
