import { SessionStore } from '@screening/queue';
import { AppError, toProblem } from '@screening/runtime';
import express, { type ErrorRequestHandler, type RequestHandler, Router } from 'express';
import helmet from 'helmet';
import type { ApiDeps } from '../deps';
import { requireRedis } from '../middleware/lifecycle';
import { classify } from '../middleware/problem';
import { rateLimit } from '../middleware/rate-limit';
import { analystApi } from '../use-cases/analyst-deps';
import { batchDeps } from '../use-cases/batch-deps';
import { mountAssets } from './assets';
import { batchRoutes } from './batch-routes';
import { decisionRoutes } from './decision-routes';
import { errorPage } from './pages/layout';
import { loginPage } from './pages/login';
import { applyFilter, queueFilter, queuePage } from './pages/queue';
import { safeNext } from './safe-next';
import { csrfRequired, sameOrigin, UiSessions } from './session';

/** Strict CSP: our own script and stylesheet only, no inline script or style, no third-party origin, no framing. */
const csp = helmet.contentSecurityPolicy({
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
  },
});

/** The review web app at /ui: server-rendered pages over the same use-cases as the API, signed in with an API key. */
export function uiRouter(deps: ApiDeps): Router {
  const sessions = new UiSessions(deps.config, new SessionStore(deps.redis, deps.config.REDIS_PREFIX, deps.config.UI_SESSION_TTL_SECONDS));
  const a = analystApi(deps);
  const r = Router();
  r.use('/ui', csp, (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'same-origin'); // helmet's no-referrer makes browsers send `Origin: null` on form posts
    next();
  });
  mountAssets(r);
  r.use('/ui', requireRedis(deps.redis), express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 50 }), sameOrigin);

  r.get('/ui', (_req, res) => res.redirect(303, '/ui/queue'));
  r.get('/ui/login', async (req, res) => {
    if (await sessions.userOf(req)) return void res.redirect(303, safeNext(req.query.next));
    res.type('html').send(loginPage({ next: safeNext(req.query.next), authOff: sessions.authOff }));
  });
  r.post('/ui/login', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const outcome = sessions.check(str(body.key), str(body.analyst));
    if (!outcome.ok) {
      req.log?.info({ status: outcome.status }, 'ui sign-in refused'); // the key itself is never logged
      return void res.status(outcome.status).type('html').send(loginPage({ next: safeNext(body.next), error: outcome.message, analyst: str(body.analyst).slice(0, 100), authOff: sessions.authOff }));
    }
    await sessions.open(req, res, outcome);
    res.redirect(303, safeNext(body.next));
  });

  // a signed-in page counts against its key's and tenant's rate limits, as the same key's API calls do
  const required = sessions.required();
  const limit = rateLimit(deps.config, deps.redis, deps.logger, (req) => req.ui?.key);
  const signedIn: RequestHandler = (req, res, next) => required(req, res, (err?: unknown) => (err ? next(err) : limit(req, res, next)));
  r.post('/ui/logout', signedIn, csrfRequired, async (req, res) => {
    await sessions.close(req, res);
    res.redirect(303, '/ui/login');
  });
  r.get('/ui/queue', signedIn, async (req, res) => {
    const [all, pending] = await Promise.all([a.review.list(req.tenant, 500), a.decisions.list(req.tenant, { status: 'pending_approval', limit: 200 })]);
    const f = queueFilter(req.query);
    const now = Date.now();
    const forMe = pending.filter((d) => d.author !== req.analyst).length;
    res.type('html').send(queuePage(req.ui!, all, applyFilter(all, f, now, deps.config.HIT_RETENTION_DAYS), f, now, forMe));
  });
  const d = batchDeps(deps);
  decisionRoutes(r, deps, d, signedIn);
  batchRoutes(r, deps, d, signedIn);

  const pages: ErrorRequestHandler = (err, req, res, next) => {
    if (req.path.endsWith('.json') || res.headersSent) return next(err);
    const e = classify(err);
    const problem = toProblem(e, req.originalUrl, String(req.id ?? ''));
    if (problem.status >= 500) req.log?.error({ err }, 'ui request failed');
    if (e instanceof AppError) for (const [k, v] of Object.entries(e.extras.headers ?? {})) if (k !== 'WWW-Authenticate') res.setHeader(k, v);
    res.status(problem.status).type('html').send(errorPage(problem.status, problem.title, problem.detail, req.ui));
  };
  r.use('/ui', (req, _res, next) => next(new AppError('not-found', `no page at ${req.path}`)));
  r.use('/ui', pages);
  return r;
}
