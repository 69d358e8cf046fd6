import { type Batch, type BatchStatus, type ListVersion, readColumns } from '@screening/schemas';
import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from './redis';
import { APPEND_GROUP, COMPLETE_CHUNK, MARK_RUNNING, SEAL_UPLOAD } from './batch-scripts';

/** What is stored about a batch besides its rows and results. */
export interface BatchRecord {
  id: string;
  tenant: string;
  status: BatchStatus;
  rows: number;
  chunks: number;
  chunkSize: number;
  /** the header row as uploaded (the result columns follow it) */
  header: string[];
  /** the upload's delimiter, used again for CSV results */
  delimiter: string;
  createdAt: string;
  startedAt?: string;
  completedAt?: string;
  threshold?: number;
  lists?: string[];
  webhookUrl?: string;
  clientRef?: string;
  /** rows are kept for re-screening on list changes */
  monitor?: boolean;
  /** who uploaded it (the analyst or API key name), for the audit trail */
  actor?: string;
  processed: number;
  errors: number;
  clear: number;
  review: number;
  block: number;
  listVersions?: ListVersion[];
  algorithm?: string;
  failedReason?: string;
  /** a streamed upload that was cut off: why (the batch fails with it once the rows received are screened) */
  cutReason?: string;
  /** a streamed upload's last write (ms since the epoch): an upload silent for long has died with its API */
  uploadAt?: number;
}

export type ChunkCounts = Pick<BatchRecord, 'processed' | 'errors' | 'clear' | 'review' | 'block'>;

const NUMERIC = ['rows', 'chunks', 'chunkSize', 'processed', 'errors', 'clear', 'review', 'block', 'threshold', 'uploadAt'] as const;
const JSONISH = ['header', 'lists', 'listVersions', 'monitor'] as const;

type Scripted = RedisClient & {
  batchAppendGroup(key: string, ref: string, row: number): Promise<number>;
  batchCompleteChunk(done: string, meta: string, ...argv: (string | number)[]): Promise<number>;
  batchMarkRunning(meta: string, at: string): Promise<number>;
  batchSealUpload(meta: string, rows: number, chunks: number, cutReason: string): Promise<number>;
};
type ScriptedPipeline = ChainableCommander & { batchAppendGroup(key: string, ref: string, row: number): ChainableCommander };

function withScripts(redis: RedisClient): Scripted {
  const r = redis as Scripted;
  if (typeof r.batchAppendGroup !== 'function') {
    redis.defineCommand('batchAppendGroup', { numberOfKeys: 1, lua: APPEND_GROUP });
    redis.defineCommand('batchCompleteChunk', { numberOfKeys: 2, lua: COMPLETE_CHUNK });
    redis.defineCommand('batchMarkRunning', { numberOfKeys: 1, lua: MARK_RUNNING });
    redis.defineCommand('batchSealUpload', { numberOfKeys: 1, lua: SEAL_UPLOAD });
  }
  return r;
}

/**
 * Redis storage of bulk batches: a meta hash, the uploaded rows (hash: row number → stored row), shipment
 * groups (hash: reference → row numbers) and the outcomes (hash: row number → outcome JSON). Writes by row
 * number make every write idempotent. Every key expires after the batch TTL.
 */
export class BatchStore {
  private readonly redis: Scripted;
  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    readonly ttlSeconds: number,
  ) {
    this.redis = withScripts(redis);
  }

  key(id: string, part: 'meta' | 'rows' | 'groups' | 'results' | 'done'): string {
    return `${this.prefix}:batch:${id}:${part}`;
  }

  private allKeys(id: string): string[] {
    return (['meta', 'rows', 'groups', 'results', 'done'] as const).map((p) => this.key(id, p));
  }

  /**
   * Writes uploaded rows in one round trip: `rows` is [rowNo, stored row, shipment reference if grouped][].
   * `streamed`: the batch record exists already (a streamed upload): its `rows` becomes the last row written.
   */
  async writeRows(id: string, rows: [number, string, string?][], streamed = false): Promise<void> {
    if (!rows.length) return;
    const p = this.redis.pipeline() as ScriptedPipeline;
    const flat: (string | number)[] = [];
    for (const [n, raw, ref] of rows) {
      flat.push(n, raw);
      if (ref !== undefined) p.batchAppendGroup(this.key(id, 'groups'), ref, n);
    }
    p.hset(this.key(id, 'rows'), ...flat);
    p.expire(this.key(id, 'rows'), this.ttlSeconds);
    p.expire(this.key(id, 'groups'), this.ttlSeconds);
    if (streamed) p.hset(this.key(id, 'meta'), 'rows', rows[rows.length - 1]![0], 'uploadAt', Date.now());
    throwOnPipelineError(await p.exec());
  }

  /** Ends a streamed upload (see SEAL_UPLOAD): final counts, the cut reason if any, uploading → queued/running. */
  async sealUpload(id: string, rows: number, chunks: number, cutReason = ''): Promise<void> {
    await this.redis.batchSealUpload(this.key(id, 'meta'), rows, chunks, cutReason);
  }

  async create(rec: BatchRecord): Promise<void> {
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(rec)) if (v !== undefined) fields[k] = typeof v === 'string' ? v : JSON.stringify(v);
    const p = this.redis.multi().hset(this.key(rec.id, 'meta'), fields);
    for (const k of this.allKeys(rec.id)) p.expire(k, this.ttlSeconds);
    throwOnPipelineError(await p.exec());
  }

  async discard(id: string): Promise<void> {
    await this.redis.unlink(...this.allKeys(id));
  }

  async get(id: string): Promise<BatchRecord | undefined> {
    const h = await this.redis.hgetall(this.key(id, 'meta'));
    if (!h.id) return undefined;
    const rec: Record<string, unknown> = { ...h };
    for (const k of NUMERIC) if (h[k] !== undefined) rec[k] = Number(h[k]);
    for (const k of JSONISH) if (h[k] !== undefined) rec[k] = JSON.parse(h[k]);
    return rec as unknown as BatchRecord;
  }

  /** Stored rows by row number (null where missing). */
  async rows(id: string, rowNos: number[]): Promise<(string | null)[]> {
    return rowNos.length ? this.redis.hmget(this.key(id, 'rows'), ...rowNos.map(String)) : [];
  }

  /** Stored outcomes by row number (null where not screened yet). */
  async outcomes(id: string, rowNos: number[]): Promise<(string | null)[]> {
    return rowNos.length ? this.redis.hmget(this.key(id, 'results'), ...rowNos.map(String)) : [];
  }

  /** The row numbers of a shipment group in input order (the first is the row that screens the group). */
  async group(id: string, reference: string): Promise<number[]> {
    return (await this.groups(id, [reference]))[0] ?? [];
  }

  /** The row numbers of several shipment groups, in one round trip. */
  async groups(id: string, references: string[]): Promise<number[][]> {
    if (!references.length) return [];
    const vs = await this.redis.hmget(this.key(id, 'groups'), ...references);
    return vs.map((v) => (v ? v.split(',').map(Number) : []));
  }

  async markRunning(id: string, at: string): Promise<void> {
    await this.redis.batchMarkRunning(this.key(id, 'meta'), at);
  }

  /** Writes outcomes by row number: writing the same row again overwrites it, never adds a line. */
  async saveOutcomes(id: string, outcomes: [number, string][]): Promise<void> {
    if (!outcomes.length) return;
    const k = this.key(id, 'results');
    throwOnPipelineError(await this.redis.multi().hset(k, ...outcomes.flat()).expire(k, this.ttlSeconds).exec());
  }

  /** Adds a finished chunk's counts exactly once; false when the chunk had already been counted. */
  async completeChunk(id: string, chunkNo: number, counts: ChunkCounts): Promise<boolean> {
    const pairs = Object.entries(counts).flat();
    return (await this.redis.batchCompleteChunk(this.key(id, 'done'), this.key(id, 'meta'), chunkNo, this.ttlSeconds, ...pairs)) === 1;
  }

  async update(id: string, fields: Partial<Pick<BatchRecord, 'status' | 'completedAt' | 'listVersions' | 'algorithm' | 'failedReason'>>): Promise<void> {
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) flat[k] = typeof v === 'string' ? v : JSON.stringify(v);
    await this.redis.hset(this.key(id, 'meta'), flat);
  }

  /** Records the list versions of the first chunk that screened (all chunks of a batch use the same lists). */
  async setListsOnce(id: string, listVersions: ListVersion[], algorithm: string): Promise<void> {
    await this.redis.multi().hsetnx(this.key(id, 'meta'), 'listVersions', JSON.stringify(listVersions)).hsetnx(this.key(id, 'meta'), 'algorithm', algorithm).exec();
  }
}

/** The public view of a batch record (GET /v1/batches/{id} and the webhook). */
export function toBatch(rec: BatchRecord): Batch {
  const b: Batch = {
    id: rec.id,
    status: rec.status,
    rows: rec.rows,
    processed: Math.min(rec.processed, rec.rows),
    errors: rec.errors,
    counts: { clear: rec.clear, review: rec.review, block: rec.block },
    chunks: rec.chunks,
    createdAt: rec.createdAt,
  };
  if (rec.startedAt) b.startedAt = rec.startedAt;
  if (rec.completedAt) b.completedAt = rec.completedAt;
  if (rec.clientRef) b.clientRef = rec.clientRef;
  if (rec.listVersions) b.lists = rec.listVersions;
  if (rec.algorithm) b.algorithm = rec.algorithm;
  if (rec.failedReason) b.failedReason = rec.failedReason;
  if (rec.header?.length) b.columns = readColumns(rec.header).readings;
  return b;
}

function throwOnPipelineError(results: [Error | null, unknown][] | null): void {
  if (!results) throw new Error('redis transaction aborted');
  const failed = results.find(([err]) => err);
  if (failed?.[0]) throw failed[0];
}
