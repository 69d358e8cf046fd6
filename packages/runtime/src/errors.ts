import type { Problem } from '@screening/schemas';

/** Stable error codes: the `code` of every problem document and the last segment of its `type`. */
export const ErrorCodes = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'An API key is required' },
  forbidden: { status: 403, title: 'The API key lacks the scope for this operation' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'headers-too-large': { status: 431, title: 'The request line or headers are too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'unprocessable': { status: 422, title: 'The content cannot be processed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'quota-exceeded': { status: 429, title: "The tenant's quota is used up" },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'The service is temporarily unavailable' },
  'list-not-loaded': { status: 422, title: 'A requested list is not loaded' },
  'work-limit': { status: 422, title: 'The request needs more matching work than one request may use' },
} as const;
export type ErrorCode = keyof typeof ErrorCodes;

export interface FieldError {
  pointer: string;
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extras: { errors?: FieldError[]; cause?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? ErrorCodes[code].title, { cause: extras.cause });
    this.name = 'AppError';
    this.status = ErrorCodes[code].status;
    this.title = ErrorCodes[code].title;
  }
}

/** zod issues → field errors with a JSON pointer each. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], root = ''): FieldError[] {
  return issues.map((i) => {
    const path = i.path.map(String);
    return {
      pointer: `${root}/${path.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`.replace(/\/$/, '') || '/',
      field: path.join('.') || '(root)',
      message: i.message,
    };
  });
}

export function validationError(issues: readonly { path: readonly PropertyKey[]; message: string }[], root = ''): AppError {
  const errors = fieldErrors(issues, root);
  return new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

/** Any thrown value → RFC 9457 problem document. Unknown errors never leak internals. */
export function toProblem(err: unknown, instance?: string, requestId?: string): Problem {
  const e = err instanceof AppError ? err : new AppError('internal');
  const p: Problem = { type: `/problems/${e.code}`, title: e.title, status: e.status, code: e.code };
  if (e.detail) p.detail = e.detail;
  if (instance) p.instance = instance;
  if (requestId) p.requestId = requestId;
  if (e.extras.errors) p.errors = e.extras.errors;
  return p;
}

/**
 * What a log line may say about a failed job: an AppError's code and title (its detail can quote what the client sent,
 * e.g. list names or field values), else the error's class and message (internal errors carry no client data).
 */
export function loggableError(err: unknown): { code?: string; err: string } {
  if (err instanceof AppError) return { code: err.code, err: err.title };
  return { err: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}
