import { addChunkJobs, type BatchRecord, releaseSeal, startStreamedFlow } from '@screening/queue';
import { AppError, type Logger } from '@screening/runtime';
import { type BatchAccepted, type BatchChunkJob, BatchOptionsSchema } from '@screening/schemas';
import type { Request } from 'express';
import { parse } from '../middleware/validate';
import { checkHeader, type ColumnIndex, shipmentOf, storedRow } from '../uploads/batch-rows';
import { type CsvRecord, csvRecords, limitBytes } from '../uploads/csv-records';
import type { BatchDeps } from './batch-deps';
import { checkHeaderSize, checkOptions, newBatchId, newBatchRecord, openUpload } from './create-batch';

/** The first chunks are small (10, 20, 40, … rows up to BATCH_CHUNK_SIZE), so that the first results come at once. */
const FIRST_CHUNK = 10;
/** Rows of a slow upload waiting this long are queued as a (smaller) chunk anyway. */
const CUT_AFTER_MS = 250;
/** A seal job not promoted by then checks whether the upload is still alive (see the chunk processor). */
const SEAL_DELAY_MS = 10 * 60_000;

type Chunk = Omit<BatchChunkJob, 'batchId'>;

/**
 * The rows of a streamed upload, cut into chunks as they are parsed: each chunk is stored (one pipelined write)
 * and then queued at once, with at most two writes in flight. A chunk holding the first row of a shipment
 * (same `reference`, with a `role`) is held back until the end of the upload, because a later row of the file may
 * still join that shipment; it is then queued ahead of the rest.
 */
class StreamedRows {
  /** rows parsed so far (the next row's number is rows + 1) */
  rows = 0;
  /** rows stored and covered by a queued (or held) chunk */
  covered = 0;
  chunks = 0;
  private open: [number, string, string?][] = [];
  private openSince = 0;
  private leads = false;
  private nextSize: number;
  private cutNo = 0;
  private readonly refs = new Set<string>();
  private readonly held: Chunk[] = [];
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private failure: unknown;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly d: BatchDeps,
    private readonly id: string,
    private readonly chunkSize: number,
  ) {
    this.nextSize = Math.min(chunkSize, FIRST_CHUNK);
    this.timer = setInterval(() => {
      if (this.open.length && Date.now() - this.openSince >= CUT_AFTER_MS) this.cut();
    }, CUT_AFTER_MS / 2);
    this.timer.unref();
  }

  push(raw: string, ref: string | undefined): void {
    const row = ++this.rows;
    if (!this.open.length) this.openSince = Date.now();
    if (ref !== undefined && !this.refs.has(ref)) {
      this.refs.add(ref);
      this.leads = true;
    }
    this.open.push(ref === undefined ? [row, raw] : [row, raw, ref]);
    if (this.open.length >= this.nextSize) this.cut();
  }

  /** Stores the open rows as one chunk and queues it (or holds it back when it leads a shipment). */
  private cut(): void {
    if (!this.open.length) return;
    const slice = this.open;
    const chunk: Chunk = { chunkNo: this.cutNo++, from: slice[0]![0], to: slice[slice.length - 1]![0] };
    const leads = this.leads;
    this.open = [];
    this.leads = false;
    this.nextSize = Math.min(this.chunkSize, this.nextSize * 2);
    this.pending++;
    this.chain = this.chain
      .then(async () => {
        if (this.failure) return;
        await this.d.store.writeRows(this.id, slice, true);
        if (leads) this.held.push(chunk);
        else await addChunkJobs(this.d.chunkQueue, this.d.api.config.REDIS_PREFIX, this.id, [chunk]);
        this.covered = chunk.to;
        this.chunks++;
      })
      .catch((err) => {
        this.failure ??= err;
      })
      .finally(() => this.pending--);
  }

  /** Waits while two writes are in flight (memory stays bounded whatever the file size); rethrows a failed write. */
  async backpressure(): Promise<void> {
    if (this.pending >= 2) await this.chain;
    if (this.failure) throw this.failure;
  }

  /**
   * Ends the upload: stores and queues what is left, queues the held chunks first, records the final counts (and
   * the cut reason), and lets the batch's finalize job run after its last chunk.
   */
  async end(cut?: (rows: number) => string): Promise<void> {
    clearInterval(this.timer);
    if (!this.failure) this.cut();
    await this.chain;
    if (this.failure && !cut) throw this.failure;
    await addChunkJobs(this.d.chunkQueue, this.d.api.config.REDIS_PREFIX, this.id, this.held, true);
    await this.d.store.sealUpload(this.id, this.covered, this.chunks, cut ? cut(this.covered) : '');
    await releaseSeal(this.d.chunkQueue, this.id);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** The reason a streamed batch fails with when its upload breaks off after the 202 (never internal text). */
function cutReasonOf(err: unknown, rows: number): string {
  const detail = err instanceof AppError ? (err.detail ?? err.title) : 'the upload was interrupted (the connection closed) or could not be stored';
  return `${detail}; the upload was cut off after row ${rows}: rows 1–${rows} are screened, the rest of the file was not read`;
}

/**
 * POST /v1/batches?stream=true: reads the header and the first data row (errors so far are 4xx problems and keep
 * nothing), creates the batch as `uploading`, answers 202 through `respond` (the caller ends that response when this
 * returns: the upload has ended), and goes on reading: rows are stored
 * and queued chunk by chunk while the file arrives, so the first results can be read about a second after the
 * upload started. A limit crossed later (BATCH_MAX_BYTES, BATCH_MAX_ROWS, the tenant's bytes), an unreadable rest
 * or a dropped connection cannot be a 4xx any more: the rows received so far are screened and the batch ends
 * `failed` with the reason (rows = the rows received). Options come from the query (and multipart fields sent
 * before the file).
 */
export async function createStreamedBatch(d: BatchDeps, req: Request, respond: (accepted: BatchAccepted) => void, logger?: Logger): Promise<void> {
  const { config } = d.api;
  const { stream: _stream, ...queryOptions } = parse(BatchOptionsSchema, req.query, '/query');
  const id = newBatchId();
  const { slot, upload } = await openUpload(d, req, id, queryOptions);
  const counted = { bytes: 0 };
  const quota = slot.bytesLeft;
  const source = upload.file.iterator({ destroyOnReturn: false });
  const limited =
    quota < config.BATCH_MAX_BYTES
      ? limitBytes(source, quota, counted, () => new AppError('quota-exceeded', `the upload would take the tenant over its stored bytes (BATCH_TENANT_MAX_BYTES, ${quota} bytes left)`))
      : limitBytes(source, config.BATCH_MAX_BYTES, counted);
  const records = csvRecords(limited)[Symbol.asyncIterator]();
  const rowsOut = new StreamedRows(d, id, config.BATCH_CHUNK_SIZE);
  let header: string[];
  let delimiter: string;
  let idx: ColumnIndex;
  let first: CsvRecord;
  const fieldsBefore = Object.keys(upload.fields).length;
  const options = { ...queryOptions, ...parse(BatchOptionsSchema, upload.fields, '/form') };
  delete options.stream;
  // up to the first data row, a problem is still the answer, and nothing is kept
  try {
    await checkOptions(d, options, '/form', req.tenant);
    const head = await records.next();
    if (head.done) throw new AppError('unprocessable', 'the file is empty: expected a header row and at least one data row');
    checkHeaderSize(head.value.cells, config.BATCH_MAX_COLUMNS, config.BATCH_MAX_HEADER_BYTES);
    header = head.value.cells.map((c) => c.trim());
    delimiter = head.value.delimiter;
    idx = checkHeader(header);
    const row1 = await records.next();
    if (row1.done) throw new AppError('unprocessable', 'the file has a header but no data rows');
    first = row1.value;
  } catch (err) {
    rowsOut.stop();
    upload.file.unpipe?.();
    upload.file.pause?.();
    await slot.cancel().catch(() => undefined);
    throw err;
  }
  const record = newBatchRecord(req, id, options, { status: 'uploading', rows: 0, chunks: 0, chunkSize: config.BATCH_CHUNK_SIZE, header, delimiter, uploadAt: Date.now() });
  try {
    await d.store.create(record);
    await startStreamedFlow(d.flow, config.REDIS_PREFIX, id, SEAL_DELAY_MS);
  } catch (err) {
    rowsOut.stop();
    await d.store.discard(id).catch(() => undefined);
    await slot.cancel().catch(() => undefined);
    throw err;
  }
  // a socket that closes before the body has ended fails the read (the batch is cut off as interrupted)
  let reading = true;
  const socket = req.socket;
  const onClose = () => {
    if (reading) upload.file.destroy(new Error('the connection closed before the upload ended'));
  };
  socket?.once('close', onClose);
  respond({ id, status: 'uploading', rows: 0 });
  logger?.info({ batchId: id }, 'streamed batch accepted');

  const add = (rec: CsvRecord) => {
    if (rowsOut.rows + 1 > config.BATCH_MAX_ROWS) throw new AppError('unprocessable', `the file has more than ${config.BATCH_MAX_ROWS} data rows (BATCH_MAX_ROWS); split it`);
    const { raw, bad } = storedRow(rec.cells, header.length);
    rowsOut.push(raw, bad ? undefined : shipmentOf(rec.cells, idx));
  };
  let cut: ((rows: number) => string) | undefined;
  try {
    add(first);
    for (let n = await records.next(); !n.done; n = await records.next()) {
      add(n.value);
      await rowsOut.backpressure();
    }
    await upload.finished;
    if (Object.keys(upload.fields).length !== fieldsBefore) {
      throw new AppError('validation', 'with stream=true, options are read from the query string and from form fields sent before the file; a field after the file cannot apply any more');
    }
  } catch (err) {
    cut = (rows) => cutReasonOf(err, rows);
    logger?.warn({ batchId: id, rows: rowsOut.rows, err: err instanceof AppError ? err.detail : (err as Error).message }, 'streamed upload cut off');
    // stop reading: the client has its 202 already; it learns the reason from GET /v1/batches/{id}
    upload.file.unpipe?.();
    upload.file.pause?.();
    req.socket?.destroySoon?.();
  }
  reading = false;
  socket?.off('close', onClose);
  try {
    await rowsOut.end(cut);
  } catch (err) {
    // the batch's seal job will fail it when its delay expires (see the chunk processor)
    logger?.error({ batchId: id, err: (err as Error).message }, 'could not end the streamed upload');
  }
  await slot.commit(counted.bytes).catch(() => undefined);
  logger?.info({ batchId: id, rows: rowsOut.covered, cut: !!cut }, 'streamed batch uploaded');
}
