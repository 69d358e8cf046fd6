import pino, { type Logger } from 'pino';

/**
 * Paths that may carry screened data (party names, addresses, identifiers). They are never written
 * at any level; ids, counts and decisions are what the logs carry.
 */
export const REDACT_PATHS = [
  '*.name', 'entity', '*.entity', 'request', '*.request', 'parties', '*.parties', 'query', '*.query',
  'address', '*.address', 'identifiers', '*.identifiers', 'data', '*.data', 'req.headers.authorization', 'req.headers["x-api-key"]',
  'body', '*.body', 'aliases', '*.aliases', 'dateOfBirth', '*.dateOfBirth', 'email', '*.email', 'phone', '*.phone',
  'matches', '*.matches', 'returnvalue', '*.returnvalue', 'req.headers.cookie',
];

export type { Logger };

/** The process's root logger: JSON to stdout (or `destination`, for tests), screened data redacted. */
export function createLogger(opts: { level: string; name: string }, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: opts.name,
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { pid: process.pid, service: opts.name },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
