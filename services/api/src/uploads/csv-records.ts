import { pipeline, Readable } from 'node:stream';
import { AppError } from '@screening/runtime';
import { parse } from 'csv-parse';

/**
 * Counts bytes as they pass (into `counted.bytes`) and stops as soon as the limit is crossed: the rest is never
 * read. Over the limit: `tooLarge()` (by default a 413 naming BATCH_MAX_BYTES).
 */
export async function* limitBytes(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
  counted: { bytes: number } = { bytes: 0 },
  tooLarge = () => new AppError('payload-too-large', `the upload is larger than ${maxBytes} bytes (BATCH_MAX_BYTES)`, { headers: { Connection: 'close' } }),
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    counted.bytes += buf.length;
    if (counted.bytes > maxBytes) throw tooLarge();
    yield buf;
  }
}

/** `;` or `,`: whichever occurs more often in the header line outside quotes (ties and none: `,`). */
export function sniffDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

export interface CsvRecord {
  cells: string[];
  /** physical line of the record in the file (1 = header) */
  line: number;
}

/**
 * Parses a CSV byte stream (UTF-8, optional BOM, `,` or `;` sniffed from the header line) into records,
 * with bounded memory: records come out as the bytes come in. Ragged rows are passed on (the caller turns
 * them into row errors); a syntax error that makes the rest unreadable (an unclosed quote) is a 422.
 */
export async function* csvRecords(source: AsyncIterable<Buffer>): AsyncGenerator<CsvRecord & { delimiter: ',' | ';' }> {
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLen = 0;
  let done = false;
  while (!done) {
    const n = await it.next();
    if (n.done) done = true;
    else {
      head.push(n.value);
      headLen += n.value.length;
      if (n.value.includes(0x0a) || headLen > 1 << 20) break;
    }
  }
  const first = Buffer.concat(head);
  const nl = first.indexOf(0x0a);
  const delimiter = sniffDelimiter(first.subarray(0, nl < 0 ? first.length : nl).toString('utf8'));
  async function* all() {
    yield first;
    if (done) return;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  }
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, max_record_size: 1 << 20 });
  // pipeline (not pipe) so that an error of the source (e.g. the size limit) reaches the parser's reader
  pipeline(Readable.from(all(), { objectMode: false }), parser, () => undefined);
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: rec.record, line: rec.info.lines, delimiter };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { code?: string; message: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw new AppError('unprocessable', `the CSV cannot be read past line ${e.lines ?? '?'}: ${e.message}`);
    throw err;
  }
}
