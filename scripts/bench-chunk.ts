// pnpm bench:chunk — the worker's batch path against the engine, on one thread and without the rest of the stack:
// the same rows screened in-process (readRow + screenSingle, as bench:batch's baseline) and then through the
// `batch-chunk` processor itself (rows read from Redis, decisions, audit events, review items, outcomes written),
// alternately, so that machine load hits both alike. Prints CPU µs/row of each and their ratio (the worker path's
// efficiency), which is what bench:batch's "CPU efficiency" line measures with the whole stack.
// Usage: pnpm bench:chunk [--rows 3000] [--chunk 500] [--rounds 2] [--skip audit,review] [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditStore, BatchStore, DecisionStore, openRedis, ReviewStore } from '../packages/queue/src/index';
import { createLogger, loadConfig } from '../packages/runtime/src/index';
import { loadList } from '../packages/watchlists/src/index';
import { columnsOf, readRow } from '../services/worker/src/batch/row-input';
import { screenSingle } from '../services/worker/src/batch/screen-rows';
import { CatalogHolder, entryFor } from '../services/worker/src/catalog';
import { batchChunkProcessor } from '../services/worker/src/processors/batch-chunk.processor';
import { bandsOf } from '../services/worker/src/screening';
import { customerName, rng } from './bench/names';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '3000' },
    chunk: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '2' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01' },
    skip: { type: 'string', default: '' },
  },
});
const ROWS = Number(values.rows);
const CHUNK = Number(values.chunk);
const ROOT = join(__dirname, '..');

async function main() {
  const config = loadConfig({});
  const catalog = new CatalogHolder();
  const lists = values.lists!.split(',').map((e) => ({ source: e.slice(0, e.indexOf(':')), path: join(ROOT, e.slice(e.indexOf(':') + 1)) }));
  catalog.swap((await Promise.all(lists.map((l) => loadList(l.source, l.path)))).map(entryFor));
  const r = rng(7);
  const header = ['name', 'type', 'country', 'customer_id'];
  const cells = Array.from({ length: ROWS }, (_, i) => {
    const c = customerName(r);
    return [c.name, c.type, ['DE', 'FR', 'US', 'TR', ''][i % 5]!, `C-${i + 1}`];
  });
  const raws = cells.map((c) => JSON.stringify(c));
  const cols = columnsOf(header);
  const ctx = { catalog: catalog.snapshot(), defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), now: () => new Date(), ...(config.MATCH_TIME_BUDGET_MS ? { timeBudgetMs: config.MATCH_TIME_BUDGET_MS } : {}) };

  const redis = openRedis(config.REDIS_URL);
  const prefix = `bench-chunk-${process.pid}`;
  const store = new BatchStore(redis, prefix, 600);
  const analyst = { decisions: new DecisionStore(redis, prefix), audit: new AuditStore(redis, prefix), review: new ReviewStore(redis, prefix), storeInput: config.AUDIT_STORE_INPUT };
  // attribution experiments: --skip audit,review leaves out those writes (the events and items are still built)
  const skip = new Set(values.skip!.split(',').filter(Boolean));
  if (skip.has('audit')) analyst.audit.append = async () => [];
  if (skip.has('review')) analyst.review.put = async () => undefined;
  const logger = createLogger({ level: 'warn', name: 'bench-chunk' });
  const finalizeQueue = { getJob: async () => undefined } as never;
  const processor = batchChunkProcessor({ analyst, catalog, store, finalizeQueue, defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), timeBudgetMs: config.MATCH_TIME_BUDGET_MS, maxGroupRows: config.BATCH_MAX_GROUP_ROWS, logger });

  const cpu = async (f: () => unknown) => {
    const t = process.cpuUsage();
    await f();
    const u = process.cpuUsage(t);
    return (u.user + u.system) / ROWS;
  };
  const inProcess = () => {
    for (let k = 0; k < ROWS; k++) {
      const input = readRow(raws[k]!, cols);
      if (input.kind === 'single') screenSingle(k + 1, input, ctx, {}, {});
    }
  };
  let round = 0;
  const viaChunks = async () => {
    const id = `bat-bench-${round++}`;
    await store.create({ id, tenant: 'bench', actor: 'bench', status: 'queued', rows: ROWS, chunks: Math.ceil(ROWS / CHUNK), chunkSize: CHUNK, header, delimiter: ',', createdAt: new Date().toISOString(), processed: 0, errors: 0, clear: 0, review: 0, block: 0 });
    await store.writeRows(id, raws.map((raw, i) => [i + 1, raw]));
    const t = process.cpuUsage();
    for (let from = 1, chunkNo = 0; from <= ROWS; from += CHUNK, chunkNo++) {
      const job = { name: 'chunk', id: `${id}-${chunkNo}`, queueName: 'batch-chunk', attemptsMade: 0, data: { batchId: id, chunkNo, from, to: Math.min(ROWS, from + CHUNK - 1) }, updateProgress: async () => undefined };
      await processor(job as never);
    }
    const u = process.cpuUsage(t);
    return (u.user + u.system) / ROWS;
  };
  await cpu(inProcess); // warm-up (JIT, lazy indexes)
  await viaChunks();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Number(values.rounds); i++) {
    a.push(await cpu(inProcess));
    b.push(await viaChunks());
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log(`${ROWS} rows, chunks of ${CHUNK}, lists ${values.lists}`);
  console.log(`  in-process ${best(a).toFixed(0)} µs CPU/row; batch-chunk processor ${best(b).toFixed(0)} µs CPU/row (rows read, decisions, audit, review, outcomes written)`);
  console.log(`  worker path efficiency = ${(best(a) / best(b)).toFixed(2)}   (rounds: in-process ${a.map((x) => x.toFixed(0)).join(', ')}; chunks ${b.map((x) => x.toFixed(0)).join(', ')})`);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
