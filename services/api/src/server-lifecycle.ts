import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, type Logger, toProblem } from '@screening/runtime';
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

/**
 * Requests Node's HTTP parser refuses before Express sees them (a request line or headers over the limit, bytes
 * that are not HTTP) get a problem document too, instead of Node's bare `400 Bad Request` with no body.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const e = err.code === 'HPE_HEADER_OVERFLOW' || err.code === 'HPE_URI_TOO_LONG'
      ? new AppError('headers-too-large', 'the request line or headers are larger than the server accepts')
      : new AppError('validation', 'the request is not valid HTTP', { errors: [{ pointer: '/', field: '(request)', message: 'not valid HTTP' }] });
    const body = JSON.stringify(toProblem(e));
    socket.end(`HTTP/1.1 ${e.status} ${e.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
