import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { AppError } from '@screening/runtime';
import { jsonDepth, MAX_DEPTH } from '@screening/schemas';
import { adminRouter } from './admin/router';
import type { ApiDeps } from './deps';
import { createApiMetrics, metricsRouter } from './metrics';
import { closeConnectionsWhenDraining, requestContext, requireRedis } from './middleware/lifecycle';
import { serverTiming } from './middleware/server-timing';
import { notFound, problemHandler } from './middleware/problem';
import { rateLimit } from './middleware/rate-limit';
import { requestLog } from './middleware/request-log';
import { buildOpenApi } from './openapi';
import { auditRouter } from './routes/audit';
import { batchesRouter } from './routes/batches';
import { decisionsRouter } from './routes/decisions';
import { healthRouter } from './routes/health';
import { listsRouter } from './routes/lists';
import { matchRouter } from './routes/match';
import { yenteRouter } from './routes/yente';
import { screeningsRouter } from './routes/screenings';
import { uiRouter } from './ui/router';

/** Every answer of an API running without API_KEYS says so (RFC 9111 Warning 199, miscellaneous). */
export const AUTH_OFF_WARNING = '199 screening "authentication is off: API_KEYS is not set (development only)"';
const authOffWarning: RequestHandler = (_req, res, next) => {
  res.setHeader('Warning', AUTH_OFF_WARNING);
  next();
};

/** A JSON body nested deeper than any schema needs (`[[[[…]]]]`) is refused before code that recurses sees it. */
const refuseDeepBodies: RequestHandler = (req, _res, next) => {
  if (req.body === undefined || typeof req.body !== 'object' || jsonDepth(req.body) <= MAX_DEPTH) return next();
  const message = `nested deeper than ${MAX_DEPTH} levels`;
  next(new AppError('validation', `the body is ${message}`, { errors: [{ pointer: '/', field: '(root)', message }] }));
};

/** Builds the Express app without listening (tests call it in-process). */
export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.use(serverTiming(deps.config.SERVER_TIMING));
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const metrics = createApiMetrics({
    queues: deps.monitored,
    registry: deps.registry,
    workerMetrics: deps.workerMetrics,
    workerMaxAgeMs: Math.max(30_000, 3 * deps.config.METRICS_PUBLISH_INTERVAL_MS),
    logger: deps.logger,
    redisReady: () => deps.redis.status === 'ready',
  });
  if (deps.config.API_KEYS.length === 0) app.use(authOffWarning);
  app.use(metrics.http);
  app.use(closeConnectionsWhenDraining(deps.state));
  app.use(requestLog(app, deps.logger));
  app.use(helmet());
  app.use(express.json({ limit: deps.config.BODY_LIMIT, type: ['application/json', 'application/*+json'] }));
  app.use(refuseDeepBodies);
  app.use(requestContext); // after the body parser: its stream callbacks would lose the async context

  app.use(healthRouter(deps));
  app.use(metricsRouter(metrics));
  app.use(rateLimit(deps.config, deps.redis, deps.logger));
  app.use(adminRouter(deps));
  app.use(uiRouter(deps));
  app.use(['/v1', '/match'], requireRedis(deps.redis));
  const doc = buildOpenApi();
  app.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(doc as swaggerUi.JsonObject));
  app.use(matchRouter(deps));
  app.use(yenteRouter(deps));
  app.use(screeningsRouter(deps));
  app.use(listsRouter(deps));
  app.use(batchesRouter(deps));
  app.use(decisionsRouter(deps));
  app.use(auditRouter(deps));

  app.use(notFound);
  app.use(problemHandler);
  return app;
}

export { createDeps } from './deps';
export type { ApiDeps } from './deps';
