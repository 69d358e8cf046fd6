import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@screening/runtime';
import type { Registry } from 'prom-client';

/** What the worker knows about itself; main/worker-app update it, the health server only reads it. */
export interface WorkerHealthState {
  listsLoaded: boolean;
  consuming: boolean;
  draining: boolean;
  redisReady: () => boolean;
}

export function workerReadiness(s: WorkerHealthState): { ready: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (s.draining) reasons.push('draining: shutting down');
  if (!s.redisReady()) reasons.push('redis is not reachable');
  if (!s.listsLoaded) reasons.push('loading watchlists');
  else if (!s.consuming) reasons.push('not consuming yet');
  return { ready: reasons.length === 0, reasons };
}

export interface HealthServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * A small node:http server for orchestrators and Prometheus: `/livez` (the process runs), `/readyz`
 * (Redis answers, lists loaded, consuming, not draining; else 503 with reasons) and `/metrics` (this
 * process's metrics). Started only when WORKER_HEALTH_PORT > 0.
 */
export async function startHealthServer(opts: { port: number; host: string; state: WorkerHealthState; metrics: () => Registry; logger: Logger }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, { status: 405, title: 'Method not allowed' });
    if (path === '/livez' || path === '/healthz') return json(200, { status: 'ok' });
    if (path === '/readyz') {
      const r = workerReadiness(opts.state);
      return json(r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not-ready', ...r });
    }
    if (path === '/metrics') {
      const registry = opts.metrics();
      registry
        .metrics()
        .then((text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        })
        .catch(() => json(500, { status: 500, title: 'metrics failed' }));
      return;
    }
    json(404, { status: 404, title: 'Not found' });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  opts.logger.info({ url: `http://${opts.host}:${port}` }, 'worker health server listening (/livez /readyz /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
