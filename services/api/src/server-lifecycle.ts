import type { Server } from 'node:http';
import type { Logger } from '@screening/runtime';
import type { ApiDeps } from './deps';

/**
 * Stops accepting connections and waits for in-flight requests (keep-alive sockets are closed as soon as
 * they are idle); after `timeoutMs` the remaining connections are cut.
 */
export function drainHttp(server: Server, timeoutMs: number, logger: Logger): Promise<{ ms: number; forced: boolean }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let forced = false;
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      forced = true;
      logger.warn({ timeoutMs }, 'drain timed out: closing the remaining connections');
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      const r = { ms: Date.now() - started, forced };
      logger.info(r, 'http drained');
      resolve(r);
    });
    server.closeIdleConnections();
  });
}

/**
 * The API's shutdown steps, in order: readiness 503 (and wait SHUTDOWN_READINESS_DELAY_MS so a load balancer
 * notices), stop accepting and drain in-flight requests, close queues, then Redis last.
 */
export function apiShutdownSteps(server: Server, deps: ApiDeps) {
  const delay = deps.config.SHUTDOWN_READINESS_DELAY_MS;
  return [
    {
      name: 'readiness',
      run: async () => {
        deps.state.draining = true;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      },
    },
    { name: 'http', run: () => drainHttp(server, Math.max(100, deps.config.SHUTDOWN_TIMEOUT_MS - delay), deps.logger) },
    { name: 'queues and redis', run: deps.close },
  ];
}
