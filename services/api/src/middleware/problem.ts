import { AppError, toProblem } from '@screening/runtime';
import type { ErrorRequestHandler, RequestHandler } from 'express';

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not-found', `no route for ${req.method} ${req.path}`));
};

/** Maps body-parser and Redis failures to their problem codes. */
export function classify(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; message?: string; name?: string };
  if (e?.type === 'entity.parse.failed') return new AppError('malformed-json', e.message);
  if (e?.type === 'entity.too.large') return new AppError('payload-too-large', e.message);
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new AppError('unsupported-media-type', e.message);
  // a body that does not decode as its Content-Encoding says (bad gzip/deflate/br): body-parser's 400 with zlib's text
  if (e?.status === 400 && /^Z_|^ERR_/.test(String((err as { code?: string }).code ?? ''))) {
    return new AppError('validation', 'the request body cannot be decoded as its Content-Encoding says', { errors: [{ pointer: '/headers/Content-Encoding', field: 'Content-Encoding', message: 'the body does not decode' }] });
  }
  // the router could not decode a path parameter (bad percent-encoding such as /v1/batches/%E0%A4%A): the client's error
  if (err instanceof URIError) return new AppError('validation', 'the request path is not valid percent-encoding', { errors: [{ pointer: '/path', field: '(path)', message: 'not valid percent-encoding' }] });
  if (/enableOfflineQueue|ECONNREFUSED|Connection is closed|MaxRetriesPerRequest|ETIMEDOUT|Stream isn't writeable/i.test(e?.message ?? '') || e?.name === 'MaxRetriesPerRequestError') {
    return new AppError('unavailable', 'Redis is not reachable; retry shortly', { cause: err, headers: { 'Retry-After': '2' } });
  }
  return err;
}

/** The one error handler: every error becomes an RFC 9457 problem document; a request error never ends the process. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const e = classify(err);
  const problem = toProblem(e, req.originalUrl, String(req.id ?? ''));
  if (problem.status >= 500) req.log?.error({ err }, 'request failed');
  if (e instanceof AppError) for (const [k, v] of Object.entries(e.extras.headers ?? {})) res.setHeader(k, v);
  res.status(problem.status).type('application/problem+json').json(problem);
};
