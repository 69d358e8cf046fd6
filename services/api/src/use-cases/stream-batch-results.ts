import type { RowOutcome } from '@screening/schemas';
import type { Request, Response } from 'express';
import { csvHeaderLine, csvLines, joinRow, ndjsonLinesStored } from '../uploads/batch-results-format';
import type { BatchDeps } from './batch-deps';
import { findBatch } from './get-batch';

const BLOCK = 1000;
const POLL_MS = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for the client to take more (or to go away), without leaving listeners behind. */
function drainOrClose(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * GET /v1/batches/{id}/results: one line per input row, in input order, streamed in blocks with
 * backpressure. While the batch runs, the stream waits at the first row not screened yet and goes on as
 * chunks finish, so a client may start downloading right after the upload; it ends with the last row.
 */
export async function streamBatchResults(d: BatchDeps, req: Request, res: Response, id: string, format: 'csv' | 'ndjson'): Promise<void> {
  let rec = await findBatch(d, req.tenant, id);
  const { header, delimiter } = rec;
  res.status(200);
  res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${id}-results.${format}"`);
  let closed = false;
  res.on('close', () => (closed = true));
  const write = async (s: string) => {
    if (!res.write(s) && !closed) await drainOrClose(res);
  };
  try {
    if (format === 'csv') await write(csvHeaderLine(header, delimiter));
    // a streamed upload still arriving: `rows` grows until it is sealed (status no longer `uploading`)
    for (let from = 1; !closed; ) {
      if (from > rec.rows) {
        if (rec.status !== 'uploading') break;
        await sleep(POLL_MS);
        rec = await findBatch(d, req.tenant, id);
        continue;
      }
      const nums = Array.from({ length: Math.min(BLOCK, rec.rows - from + 1) }, (_, i) => from + i);
      const [raws, outs] = await Promise.all([d.store.rows(id, nums), d.store.outcomes(id, nums)]);
      let ready = outs.indexOf(null);
      if (ready < 0) ready = outs.length;
      let missing: RowOutcome | undefined;
      if (ready === 0) {
        rec = await findBatch(d, req.tenant, id);
        if (rec.status === 'failed') missing = { status: 'error', reason: `not screened: the batch failed (${rec.failedReason ?? 'see GET /v1/batches/{id}'})`, flags: [] };
        else if (rec.status === 'completed') missing = { status: 'error', reason: 'no result was stored for this row (internal error)', flags: [] };
        else {
          await sleep(POLL_MS);
          continue;
        }
        ready = outs.length;
      }
      const block = nums.slice(0, ready);
      await write(
        format === 'csv'
          ? csvLines(block.map((n, i) => joinRow(n, raws[i] ?? null, outs[i] ?? null, missing!)), header.length, delimiter)
          : ndjsonLinesStored(block.map((n, i) => ({ row: n, raw: raws[i] ?? null, outcome: outs[i] ?? null })), header, missing),
      );
      from += ready;
    }
    res.end();
  } catch (err) {
    req.log?.error({ err, batchId: id }, 'results stream failed');
    res.destroy(err as Error);
  }
}
