import pino, { type Logger } from 'pino';

/**
 * Paths that may carry screened data (party names, addresses, identifiers). They are never written
 * at any level; ids, counts and decisions are what the logs carry.
 */
export const REDACT_PATHS = [
  '*.name', 'entity', '*.entity', 'request', '*.request', 'parties', '*.parties', 'query', '*.query',
  'address', '*.address', 'identifiers', '*.identifiers', 'data', '*.data', 'req.headers.authorization', 'req.headers["x-api-key"]',
];

export type { Logger };

export function createLogger(opts: { level: string; name: string }): Logger {
  return pino({
    name: opts.name,
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { pid: process.pid, service: opts.name },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
