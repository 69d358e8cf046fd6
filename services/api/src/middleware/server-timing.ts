import { epochMs, type WorkerMarks } from '@screening/queue';
import type { RequestHandler, Response } from 'express';

/**
 * Where the time of a synchronous request went, as a `Server-Timing` header (W3C Server Timing) when SERVER_TIMING
 * is on (`pnpm bench:load` turns it on and prints the phases at p50 and p99). Off by default: it shows internal
 * timings. The phases, in order (ms):
 *   http    request received → route handler (body parsing, rate limit, middleware)
 *   admit   queue admission check (SCREEN_QUEUE_MAX_WAITING)
 *   add     the job's add script (its answer; overlaps `queue`)
 *   queue   job sent → a worker's processor has it (add, BullMQ's wake-up and moveToActive, jobs ahead of it)
 *   prep    worker: payload validation, tenant catalog
 *   engine  worker: matching (and rules, for a shipment)
 *   post    worker: after the result until the reply is published (audit append, stores)
 *   reply   reply published → seen by this API instance (pub/sub, API event loop)
 *   resp    reply seen → response headers
 *   total   request received → response headers
 * The worker's marks are on its clock: across machines the cross-process phases are as good as clock sync.
 */
export class RequestTiming {
  private readonly marks: Record<string, number> = {};
  worker?: WorkerMarks;
  constructor(readonly received: number) {}

  mark(name: 'handler' | 'addSent' | 'added' | 'seen'): void {
    this.marks[name] = epochMs();
  }

  header(now = epochMs()): string {
    const m = this.marks;
    const w = this.worker;
    const phases: [string, number | undefined, number | undefined][] = [
      ['http', this.received, m.handler],
      ['admit', m.handler, m.addSent],
      ['add', m.addSent, m.added],
      ['queue', m.addSent, w?.picked],
      ['prep', w?.picked, w?.start],
      ['engine', w?.start, w?.end],
      ['post', w?.end, w?.sent],
      ['reply', w?.sent, m.seen],
      ['resp', m.seen, now],
      ['total', this.received, now],
    ];
    return phases
      .filter(([, a, b]) => a !== undefined && b !== undefined)
      .map(([name, a, b]) => `${name};dur=${(b! - a!).toFixed(2)}`)
      .join(', ');
  }
}

/** First middleware: stamps the request's arrival when SERVER_TIMING is on (the request context carries it on). */
export function serverTiming(enabled: boolean): RequestHandler {
  return (_req, res, next) => {
    if (enabled) res.locals.timing = new RequestTiming(epochMs());
    next();
  };
}

/** Sets the Server-Timing header of a response whose request was timed (no-op otherwise). */
export function sendServerTiming(res: Response): void {
  const timing = res.locals.timing as RequestTiming | undefined;
  if (timing && !res.headersSent) res.setHeader('Server-Timing', timing.header());
}
