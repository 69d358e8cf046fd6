import { createHash, type Hash, randomUUID } from 'node:crypto';
import { addBatchFlow, type BatchRecord, listVisibleTo } from '@screening/queue';
import { AppError, checkTarget, OutboundRefused } from '@screening/runtime';
import { type BatchAccepted, type BatchOptions, BatchOptionsSchema, QueueNames } from '@screening/schemas';
import type { Request } from 'express';
import { parse } from '../middleware/validate';
import { checkHeader, type ColumnIndex, shipmentOf, storedRow } from '../uploads/batch-rows';
import { csvRecords, limitBytes } from '../uploads/csv-records';
import { checkDeclaredLength, uploadSource } from '../uploads/upload-source';
import { admit } from './admission';
import { jsonFingerprint } from './idempotent';
import type { BatchDeps } from './batch-deps';
import { takeBatchSlot } from './batch-quota';

const WRITE_BATCH = 1000;

interface Ingested {
  header: string[];
  delimiter: string;
  rows: number;
  bytes: number;
}

/** The header row within BATCH_MAX_COLUMNS columns and BATCH_MAX_HEADER_BYTES bytes (422 otherwise). */
export function checkHeaderSize(cells: string[], maxColumns: number, maxBytes: number): void {
  if (cells.length > maxColumns) throw new AppError('unprocessable', `the header row has ${cells.length} columns; at most ${maxColumns} (BATCH_MAX_COLUMNS)`);
  const bytes = cells.reduce((n, c) => n + Buffer.byteLength(c) + 1, 0);
  if (bytes > maxBytes) throw new AppError('unprocessable', `the header row is ${bytes} bytes; at most ${maxBytes} (BATCH_MAX_HEADER_BYTES)`);
}

/**
 * Streams the CSV into the batch's row storage: parsed as it arrives, written in pipelined slices with one
 * write in flight (so memory stays bounded whatever the file size), with the size and row limits enforced
 * on the way. Nothing is queued until the whole file is stored.
 */
async function ingest(d: BatchDeps, id: string, source: AsyncIterable<Buffer>, quotaBytes: number, hash: Hash): Promise<Ingested> {
  const { BATCH_MAX_BYTES, BATCH_MAX_ROWS: maxRows, BATCH_MAX_COLUMNS, BATCH_MAX_HEADER_BYTES } = d.api.config;
  const counted = { bytes: 0 };
  const limited =
    quotaBytes < BATCH_MAX_BYTES
      ? limitBytes(source, quotaBytes, counted, () => new AppError('quota-exceeded', `the upload would take the tenant over its stored bytes (BATCH_TENANT_MAX_BYTES, ${quotaBytes} bytes left)`, { headers: { Connection: 'close', 'Retry-After': '3600' } }))
      : limitBytes(source, BATCH_MAX_BYTES, counted);
  let header: string[] | undefined;
  let delimiter = ',';
  let idx: ColumnIndex = {};
  let rows = 0;
  let slice: [number, string, string?][] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    const s = slice;
    slice = [];
    inFlight = d.store.writeRows(id, s);
  };
  for await (const rec of csvRecords(hashing(limited, hash))) {
    if (!header) {
      checkHeaderSize(rec.cells, BATCH_MAX_COLUMNS, BATCH_MAX_HEADER_BYTES);
      header = rec.cells.map((c) => c.trim());
      delimiter = rec.delimiter;
      idx = checkHeader(header);
      continue;
    }
    if (++rows > maxRows) throw new AppError('unprocessable', `the file has more than ${maxRows} data rows (BATCH_MAX_ROWS); split it`);
    const { raw, bad } = storedRow(rec.cells, header.length);
    const ref = bad ? undefined : shipmentOf(rec.cells, idx);
    slice.push(ref === undefined ? [rows, raw] : [rows, raw, ref]);
    if (slice.length >= WRITE_BATCH) await flush();
  }
  await flush();
  await inFlight;
  if (!header) throw new AppError('unprocessable', 'the file is empty: expected a header row and at least one data row');
  if (rows === 0) throw new AppError('unprocessable', 'the file has a header but no data rows');
  return { header, delimiter, rows, bytes: counted.bytes };
}

/** Checks a batch's options; `lists` must be lists the tenant may use (another tenant's list is "not loaded", unnamed). */
export async function checkOptions(d: BatchDeps, options: BatchOptions, root: string, tenant: string): Promise<void> {
  const { config } = d.api;
  if (options.webhookUrl && !config.BATCH_WEBHOOK_SECRET && !config.BATCH_WEBHOOK_SECRETS.some((w) => w.tenant === tenant)) {
    throw new AppError('unprocessable', 'webhooks are not configured for this tenant (BATCH_WEBHOOK_SECRET is unset and BATCH_WEBHOOK_SECRETS has no key for it)');
  }
  if (options.webhookUrl) await checkWebhookUrl(options.webhookUrl, d.api.config.WEBHOOK_ALLOW_CIDRS, `${root}/webhookUrl`);
  if (options.lists?.length) {
    const loaded = new Set((await d.api.registry.current()).lists.map((l) => l.id).filter((id) => listVisibleTo(id, tenant)));
    const missing = options.lists.filter((l) => !loaded.has(l));
    if (missing.length) throw new AppError('list-not-loaded', `not loaded: ${missing.join(', ')}; loaded: ${[...loaded].join(', ')}`);
  }
}

/** A webhook must point at an address the outbound guard accepts (checked again when it is sent): else a 400 naming it. */
async function checkWebhookUrl(url: string, allowCidrs: readonly string[], pointer: string): Promise<void> {
  try {
    await checkTarget(url, { allowCidrs });
  } catch (err) {
    if (!(err instanceof OutboundRefused)) throw err;
    throw new AppError('validation', `webhookUrl: ${err.message}`, { errors: [{ pointer, field: 'webhookUrl', message: err.message }] });
  }
}

/** Passes the bytes on and hashes them on the way. */
async function* hashing(source: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

/** What an upload asks for, independent of its multipart framing: its options (query and form fields) and the CSV bytes. */
function fingerprintOf(query: unknown, fields: Record<string, string>, fileHash: Hash): string {
  return createHash('sha256').update(jsonFingerprint({ query, fields, file: fileHash.digest('hex') })).digest('hex');
}

/** The fingerprint of an upload that is not stored (an Idempotency-Key replay): the body is read and hashed, within BATCH_MAX_BYTES. */
export async function uploadFingerprint(req: Request, maxBytes: number): Promise<string> {
  checkDeclaredLength(req, maxBytes);
  const upload = await uploadSource(req);
  const hash = createHash('sha256');
  for await (const chunk of limitBytes(upload.file, maxBytes)) hash.update(chunk);
  await upload.finished;
  return fingerprintOf(req.query, upload.fields, hash);
}

/** A new batch's record: who uploaded it, the counters at zero, and the options that were given. */
export function newBatchRecord(
  req: Request,
  id: string,
  options: BatchOptions,
  shape: Pick<BatchRecord, 'status' | 'rows' | 'chunks' | 'chunkSize' | 'header' | 'delimiter'> & Partial<Pick<BatchRecord, 'uploadAt'>>,
): BatchRecord {
  return {
    id,
    tenant: req.tenant,
    actor: req.analyst,
    ...shape,
    createdAt: new Date().toISOString(),
    processed: 0,
    errors: 0,
    clear: 0,
    review: 0,
    block: 0,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.lists ? { lists: options.lists } : {}),
    ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
    ...(options.clientRef ? { clientRef: options.clientRef } : {}),
    ...(options.monitor ? { monitor: true } : {}),
  };
}

/**
 * The checks and reservations every upload starts with: declared length, query options, queue admission (503 when
 * full), the tenant's batch slot, and the upload stream (the slot is given back if the stream cannot be opened).
 */
export async function openUpload(d: BatchDeps, req: Request, id: string, queryOptions: BatchOptions) {
  const { config } = d.api;
  checkDeclaredLength(req, config.BATCH_MAX_BYTES);
  await checkOptions(d, queryOptions, '/query', req.tenant);
  const chunkQueue = d.api.monitored.all.get(QueueNames.batchChunk);
  if (chunkQueue) await admit(chunkQueue, config.BATCH_QUEUE_MAX_WAITING_CHUNKS, 'batch');
  const slot = await takeBatchSlot(d, req.tenant, id);
  try {
    return { slot, upload: await uploadSource(req) };
  } catch (err) {
    await slot.cancel().catch(() => undefined);
    throw err;
  }
}

export const newBatchId = () => `bat-${randomUUID()}`;

/**
 * POST /v1/batches: store the rows, record the batch, queue its flow; answers before any row is screened. Also
 * returns the upload's fingerprint (for Idempotency-Key).
 */
export async function createBatch(d: BatchDeps, req: Request, id = newBatchId()): Promise<{ body: BatchAccepted; fingerprint: string }> {
  const { config } = d.api;
  const queryOptions = parse(BatchOptionsSchema, req.query, '/query');
  const { slot, upload } = await openUpload(d, req, id, queryOptions);
  let ingested: Ingested;
  let options: BatchOptions;
  const fileHash = createHash('sha256');
  try {
    // destroyOnReturn: false, so that a refused upload can still be answered on the same connection
    ingested = await ingest(d, id, upload.file.iterator({ destroyOnReturn: false }), slot.bytesLeft, fileHash);
    await upload.finished;
    options = { ...queryOptions, ...parse(BatchOptionsSchema, upload.fields, '/form') };
    await checkOptions(d, options, '/form', req.tenant);
  } catch (err) {
    upload.file.unpipe?.();
    upload.file.pause?.();
    await d.store.discard(id).catch(() => undefined);
    await slot.cancel().catch(() => undefined);
    throw err;
  }
  const record = newBatchRecord(req, id, options, { status: 'queued', rows: ingested.rows, chunks: Math.ceil(ingested.rows / config.BATCH_CHUNK_SIZE), chunkSize: config.BATCH_CHUNK_SIZE, header: ingested.header, delimiter: ingested.delimiter });
  await d.store.create(record);
  await slot.commit(ingested.bytes);
  await addBatchFlow(d.flow, config.REDIS_PREFIX, id, ingested.rows, config.BATCH_CHUNK_SIZE);
  req.log?.info({ batchId: id, rows: ingested.rows, chunks: record.chunks }, 'batch queued');
  return { body: { id, status: 'queued', rows: ingested.rows }, fingerprint: fingerprintOf(req.query, upload.fields, fileHash) };
}
