import { Router } from 'express';
import type { ApiDeps } from '../deps';

/** Readiness: Redis answers, at least one worker consumes with lists loaded, and we are not draining. */
export async function readiness(deps: ApiDeps): Promise<{ ready: boolean; reasons: string[]; workers: number; lists: number; auth: 'on' | 'off'; warnings: string[] }> {
  const reasons: string[] = [];
  if (deps.state.draining) reasons.push('draining: shutting down');
  let workers = 0;
  let lists = 0;
  try {
    await deps.redis.ping();
    const cur = await deps.registry.current();
    workers = cur.workers;
    lists = cur.lists.length;
    if (workers === 0) reasons.push('no worker is consuming (start workers: pnpm start or pnpm dev:worker)');
    else if (lists === 0) reasons.push('workers have not loaded any watchlist yet');
  } catch {
    reasons.push('redis is not reachable');
  }
  const auth = deps.config.API_KEYS.length ? 'on' : 'off';
  const warnings = auth === 'off' ? ['authentication is off: API_KEYS is not set (development only)'] : [];
  return { ready: reasons.length === 0, reasons, workers, lists, auth, warnings };
}

export function healthRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    const ready = await readiness(deps);
    res.status(ready.ready ? 200 : 503).json({ status: ready.ready ? 'ready' : 'not-ready', ...ready });
  });
  return r;
}
