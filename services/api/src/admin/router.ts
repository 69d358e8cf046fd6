import { TenantQuota } from '@screening/queue';
import { AppError } from '@screening/runtime';
import { type Request, type RequestHandler, Router } from 'express';
import helmet from 'helmet';
import type { ApiDeps } from '../deps';
import { isOperator } from '../middleware/auth';
import { requireAdmin } from './admin-auth';
import { batchProgressLoader } from './batch-progress';
import { loadOverview, type OverviewSources } from './overview';
import { renderOverview } from './overview-page';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board';

/** No third-party origin at all (bull-board's page links a web font; offline it must not even be tried). */
const offlineCsp = helmet.contentSecurityPolicy({
  directives: { 'default-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'font-src': ["'self'", 'data:'], 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"] },
});

/**
 * /admin (overview page and its JSON) behind the admin scope: an `operator` sees the whole deployment (every tenant's
 * batches, the queues); a tenant `admin` sees the lists its tenant uses and its own batches only. /admin/queues (bull-board
 * shows every job of a queue, whichever tenant it belongs to) is for the `operator` only: 403 for a tenant admin.
 */
export function adminRouter(deps: ApiDeps): Router {
  const r = Router();
  const guard = requireAdmin(deps.config);
  const operator = requireAdmin(deps.config, 'operator');
  const redisReady = () => deps.redis.status === 'ready';
  const quota = new TenantQuota(deps.redis, deps.config.REDIS_PREFIX);
  const sources: OverviewSources = { queues: deps.monitored, registry: deps.registry, now: () => new Date(), loadBatch: batchProgressLoader(deps), activeBatchIds: (t) => quota.activeIds(t), redisReady };
  const viewOf = (req: Request) => (isOperator(deps.config, req) ? {} : { tenant: req.tenant });
  r.get('/admin', guard, offlineCsp, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderOverview(await loadOverview(sources, viewOf(req))));
  });
  r.get('/admin/overview.json', guard, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await loadOverview(sources, viewOf(req)));
  });
  // the board's data calls wait for Redis: without it they answer 503 at once (its page and assets need no Redis)
  const boardNeedsRedis: RequestHandler = (req, _res, next) => {
    if (!req.path.startsWith('/api/') || redisReady()) return next();
    next(new AppError('unavailable', 'Redis is not reachable: the queue board has no data; retry shortly', { headers: { 'Retry-After': '2' } }));
  };
  r.use(QUEUE_BOARD_PATH, operator, offlineCsp, boardNeedsRedis, queueBoard(deps.monitored, { allowActions: deps.config.ADMIN_QUEUE_ACTIONS }));
  return r;
}
