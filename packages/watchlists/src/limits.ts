import { Transform, type Readable } from 'node:stream';

/**
 * Caps on what a list file may expand to (issue 12): a small gzip or zip can inflate to gigabytes (a
 * "decompression bomb"), and a JSON document is held in memory whole. Beyond a cap the read fails with a
 * clear error and the previous list version keeps serving.
 */
export const LIST_LIMITS = {
  /** bytes a gzip stream or a zip entry may inflate to (the largest real list, OpenSanctions' default FtM export, is ~3 GB) */
  decompressedBytes: 4 * 2 ** 30,
  /** bytes of a JSON document read whole (CSL JSON, an FtM JSON array); V8 strings end near 512 MiB anyway */
  jsonDocumentBytes: 256 * 2 ** 20,
};

export class ListTooLargeError extends Error {
  constructor(what: string, max: number) {
    super(`${what} is larger than ${max} bytes: refused`);
    this.name = 'ListTooLargeError';
  }
}

/** Passes `input` through, failing the stream once more than `max` bytes went by. */
export function capBytes(input: Readable, max: number, what: string): Readable {
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) return done(new ListTooLargeError(what, max));
      done(null, chunk);
    },
  });
  input.on('error', (err) => cap.destroy(err));
  return input.pipe(cap);
}

/** Reads a whole stream as UTF-8, at most `max` bytes. */
export async function readCapped(stream: Readable, max: number, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const c of stream) {
    seen += (c as Buffer).length;
    if (seen > max) {
      stream.destroy();
      throw new ListTooLargeError(what, max);
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
