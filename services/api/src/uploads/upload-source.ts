import type { Readable } from 'node:stream';
import { AppError } from '@screening/runtime';
import busboy from 'busboy';
import type { Request } from 'express';

export interface UploadSource {
  /** the CSV bytes, streamed as they arrive */
  file: Readable;
  /** multipart text fields (complete once `finished` resolves) */
  fields: Record<string, string>;
  /** resolves when the whole request has been parsed */
  finished: Promise<void>;
}

const MULTIPART_SLACK = 64 * 1024;

/** Refuses a declared Content-Length over the limit before reading a byte of the body. */
export function checkDeclaredLength(req: Request, maxBytes: number): void {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_SLACK) {
    throw new AppError('payload-too-large', `the upload (${declared} bytes) is larger than ${maxBytes} bytes (BATCH_MAX_BYTES)`, { headers: { Connection: 'close' } });
  }
}

/**
 * The CSV of an upload: multipart/form-data field `file` (other fields are options), or a raw `text/csv`
 * body. Nothing is buffered: the returned stream is the request (or the multipart part) itself.
 */
export function uploadSource(req: Request): Promise<UploadSource> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (/^(text\/csv|application\/csv|text\/plain|application\/octet-stream)\b/.test(type)) {
    return Promise.resolve({ file: req, fields: {}, finished: Promise.resolve() });
  }
  if (!type.startsWith('multipart/form-data')) {
    throw new AppError('unsupported-media-type', 'send multipart/form-data with a `file` field, or a raw text/csv body');
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let gotFile = false;
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fields: 20, fieldSize: 8192 } });
    } catch (err) {
      const message = (err as Error).message;
      return reject(new AppError('validation', `bad multipart request: ${message}`, { errors: [{ pointer: '/headers/Content-Type', field: 'Content-Type', message }] }));
    }
    const finished = new Promise<void>((res, rej) => {
      bb.on('close', res);
      bb.on('error', rej);
    });
    finished.catch(() => undefined);
    bb.on('field', (name, value) => (fields[name] = value));
    bb.on('file', (name, stream) => {
      if (name !== 'file' || gotFile) return void stream.resume();
      gotFile = true;
      resolve({ file: stream, fields, finished });
    });
    bb.on('close', () => {
      if (!gotFile) reject(new AppError('validation', 'the multipart field `file` (the CSV) is missing', { errors: [{ pointer: '/file', field: 'file', message: 'required' }] }));
    });
    bb.on('error', (err) => reject(new AppError('validation', `bad multipart request: ${(err as Error).message}`, { errors: [{ pointer: '/file', field: 'file', message: (err as Error).message }] })));
    req.pipe(bb);
  });
}
