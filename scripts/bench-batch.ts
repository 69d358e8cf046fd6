// pnpm bench:batch — bulk CSV end to end against the engine's own speed. Generates N rows (realistic customer
// names: common given names and surnames, companies of common words; a tenth listed names with realistic noise),
// first screens them IN-PROCESS (same lists, engine and rules as a worker, one thread: the engine's own speed),
// then uploads the same file to POST /v1/batches?stream=true (chunks queued while the file arrives; --whole: the
// plain upload, queued once stored), streams the results while the batch runs, and prints
//   efficiency = end-to-end rows/s ÷ (workers × in-process rows/s)
// plus time to first result, upload time, peak RSS and CPU of the API and of each worker.
// Usage: pnpm bench:batch [--rows 100000 | --rows 10000,100000,1000000] [--workers 2] [--chunk 500] [--concurrency 2] [--whole]
//                         [--first-only (stop at the first result line and the end of the upload: time to first result of a
//                          file too large to screen whole on a busy 2-core box; use one size, --inprocess 0 skips the baseline)]
//                         [--inprocess 20000 (rows screened in-process; the first N of the file)] [--cluster]
//                         [--trace-gc (the processes run with node --trace-gc: prints each worker's live heap after full GCs,
//                          which tells retained memory from garbage not yet collected)]
//                         [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01,un_sc:../shared/watchlists/un/2026-02/UN_consolidated.xml]
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startLocalCluster } from '../packages/testkit/src/index';
import { loadList } from '../packages/watchlists/src/index';
import { columnsOf, readRow } from '../services/worker/src/batch/row-input';
import { screenSingle } from '../services/worker/src/batch/screen-rows';
import { CatalogHolder, entryFor } from '../services/worker/src/catalog';
import { bandsOf } from '../services/worker/src/screening';
import { loadConfig } from '../packages/runtime/src/index';
import { startProcesses } from '../test/e2e/support/processes';
import { customerName, rng } from './bench/names';
import { cpuSeconds, loadAverage, rssMb } from './bench/procs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    workers: { type: 'string', default: '2' },
    chunk: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '2' },
    inprocess: { type: 'string', default: '20000' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01,un_sc:../shared/watchlists/un/2026-02/UN_consolidated.xml' },
    cluster: { type: 'boolean', default: false },
    whole: { type: 'boolean', default: false },
    'first-only': { type: 'boolean', default: false },
    'trace-gc': { type: 'boolean', default: false },
  },
});
const SIZES = values.rows!.split(',').map(Number);
const ROOT = join(__dirname, '..');
const LISTS = values.lists!.split(',').map((e) => ({ source: e.slice(0, e.indexOf(':')), path: e.slice(e.indexOf(':') + 1) }));

function listedNames(): string[] {
  const sdn = readFileSync(join(ROOT, '../shared/watchlists/ofac/2023-01/sdn.csv'), 'latin1');
  const names: string[] = [];
  for (const line of sdn.split('\n')) {
    const m = /^\d+,(?:"([^"]*)"|([^,]*)),/.exec(line);
    const n = (m?.[1] ?? m?.[2] ?? '').trim();
    if (n && n !== '-0-') names.push(n);
  }
  return names;
}

/** Noise a real customer master has: case, dropped letters, swapped letters, reordered "LAST, First". */
function noisy(name: string, r: () => number): string {
  let n = name.includes(',') && r() < 0.5 ? name.split(',').reverse().map((s) => s.trim()).join(' ') : name;
  if (r() < 0.5) n = n.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  if (r() < 0.3 && n.length > 6) {
    const i = 1 + Math.floor(r() * (n.length - 2));
    n = r() < 0.5 ? n.slice(0, i) + n.slice(i + 1) : n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
  }
  return n;
}

const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'NL', 'IT', 'ES', 'PL', 'TR', 'AE', 'CN', 'IN', 'BR', 'JP', ''];

/** The CSV file, and the cells of its first `keep` rows (for the in-process run). */
function generate(rows: number, keep = 0): { path: string; bytes: number; header: string[]; cells: string[][] } {
  const r = rng(42);
  const listed = listedNames();
  const path = join(tmpdir(), `bench-batch-${rows}.csv`);
  const header = ['name', 'type', 'country', 'customer_id'];
  const out: string[] = [header.join(',')];
  const cells: string[][] = [];
  for (let i = 1; i <= rows; i++) {
    const c = r() < 0.1 ? { name: noisy(listed[Math.floor(r() * listed.length)]!, r), type: 'unknown' } : customerName(r);
    const row = [c.name, c.type, COUNTRIES[Math.floor(r() * COUNTRIES.length)]!, `C-${i}`];
    if (i <= keep) cells.push(row);
    out.push(`"${c.name.replace(/"/g, '""')}",${row.slice(1).join(',')}`);
  }
  writeFileSync(path, `${out.join('\n')}\n`);
  return { path, bytes: statSync(path).size, header, cells };
}

/** The engine's own speed: the file's first `n` rows through the same row reader and screening as a worker chunk, one thread. */
async function inProcess(header: string[], records: string[][]): Promise<{ rate: number; cpuUs: number }> {
  const catalog = new CatalogHolder();
  catalog.swap((await Promise.all(LISTS.map((l) => loadList(l.source, l.path)))).map(entryFor));
  const cols = columnsOf(header);
  const raws = records.map((cells) => JSON.stringify(cells)); // as the API stores a row
  // the worker's own context: threshold, review band and work budget from the same (default) config
  const config = loadConfig({});
  const ctx = { catalog: catalog.snapshot(), defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), now: () => new Date(), ...(config.MATCH_TIME_BUDGET_MS ? { timeBudgetMs: config.MATCH_TIME_BUDGET_MS } : {}) };
  const screen = (k: number) => {
    const input = readRow(raws[k]!, cols);
    if (input.kind === 'single') screenSingle(k + 1, input, ctx, {}, {});
  };
  for (let k = 0; k < Math.min(500, raws.length); k++) screen(k); // warm-up (JIT)
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (let k = 0; k < raws.length; k++) screen(k);
  const used = process.cpuUsage(cpu);
  return { rate: raws.length / ((performance.now() - t) / 1000), cpuUs: (used.user + used.system) / raws.length };
}

/** A streamed upload: the 202 comes while the file is still being sent; resolves with the id, and when the body is sent. */
function streamedUpload(url: string, file: { path: string; bytes: number }): Promise<{ id: string; sent: Promise<number> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method: 'POST', path: '/v1/batches?stream=true', headers: { 'content-type': 'text/csv', 'content-length': String(file.bytes) } });
    // 'finish' (all of the body written), or 'close' if the connection ends first (the 202 came before the body)
    const sent = new Promise<number>((r) => {
      req.on('finish', () => r(performance.now()));
      req.on('close', () => r(performance.now()));
    });
    req.on('response', (res) => {
      let text = '';
      // the 202's JSON line comes at once; the response itself ends with the upload
      res.on('data', (d) => {
        text += d;
        if (res.statusCode === 202 && text.includes('\n')) resolve({ id: (JSON.parse(text.split('\n')[0]!) as { id: string }).id, sent });
      });
      res.on('end', () => (res.statusCode === 202 ? resolve({ id: (JSON.parse(text.split('\n')[0]!) as { id: string }).id, sent }) : reject(new Error(`upload answered ${res.statusCode}: ${text}`))));
    });
    req.on('error', reject);
    createReadStream(file.path).pipe(req);
  });
}

async function runBatch(url: string, file: { path: string; bytes: number }, rows: number) {
  const t0 = performance.now();
  let id: string;
  let sent: Promise<number>;
  if (!values.whole) ({ id, sent } = await streamedUpload(url, file));
  else {
    const up = await fetch(`${url}/v1/batches`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(file.bytes) },
      body: Readable.toWeb(createReadStream(file.path)) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    if (up.status !== 202) throw new Error(`upload answered ${up.status}: ${await up.text()}`);
    ({ id } = (await up.json()) as { id: string });
    sent = Promise.resolve(performance.now());
  }
  const tAccepted = performance.now();
  const res = await fetch(`${url}/v1/batches/${id}/results?format=ndjson`);
  let tFirst = 0;
  let lines = 0;
  const decoder = new TextDecoder();
  // a progress line every 30 s: a long run on a busy machine shows it is moving
  const ticker = setInterval(() => {
    void fetch(`${url}/v1/batches/${id}`)
      .then((r) => r.json() as Promise<{ status: string; rows: number; processed: number }>)
      .then((b) => console.log(`  … ${((performance.now() - t0) / 1000).toFixed(0)} s: ${b.status}, rows ${b.rows}, screened ${b.processed}, result lines read ${lines}, load average ${loadAverage()}`))
      .catch(() => undefined);
  }, 30_000);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (!tFirst) tFirst = performance.now();
    lines += (decoder.decode(chunk, { stream: true }).match(/\n/g) ?? []).length;
    if (values['first-only']) break;
  }
  if (values['first-only']) {
    clearInterval(ticker);
    const tUploaded = await sent;
    const batch = (await (await fetch(`${url}/v1/batches/${id}`)).json()) as { status: string; rows: number; processed: number; errors: number; counts: object };
    return { id, batch, acceptedS: (tAccepted - t0) / 1000, uploadS: (tUploaded - t0) / 1000, firstS: (tFirst - t0) / 1000, totalS: NaN };
  }
  clearInterval(ticker);
  const tEnd = performance.now();
  const tUploaded = await sent;
  // the last chunk's outcomes are readable a moment before its counts are added and the batch is finalised
  let batch = (await (await fetch(`${url}/v1/batches/${id}`)).json()) as { status: string; processed: number; errors: number; counts: object };
  for (let i = 0; i < 600 && batch.status !== 'completed' && batch.status !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    batch = (await (await fetch(`${url}/v1/batches/${id}`)).json()) as typeof batch;
  }
  if (lines !== rows || batch.processed !== rows) throw new Error(`expected ${rows} result lines, got ${lines} (processed ${batch.processed})`);
  return { id, batch, acceptedS: (tAccepted - t0) / 1000, uploadS: (tUploaded - t0) / 1000, firstS: (tFirst - t0) / 1000, totalS: (tEnd - t0) / 1000 };
}

/**
 * What --trace-gc printed: the heap before and after each full (mark-compact) collection. The live heap after a full GC
 * is what the process holds; RSS above it is heap V8 has not needed to collect yet (lazy GC) or has not returned.
 */
function fullGcs(output: string): string {
  const after: number[] = [];
  const before: number[] = [];
  for (const m of output.matchAll(/Mark-Compact[^\n]*? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g)) {
    before.push(Number(m[1]));
    after.push(Number(m[3]));
  }
  if (!after.length) return 'no full GC yet';
  return `${after.length} full GCs, heap before them up to ${Math.max(...before).toFixed(0)} MB, live heap after them ${Math.min(...after).toFixed(0)}–${Math.max(...after).toFixed(0)} MB (last ${after.at(-1)!.toFixed(0)} MB)`;
}

async function main() {
  const workers = Number(values.workers);
  const files = SIZES.map((rows) => ({ rows, ...generate(rows, Number(values.inprocess)) }));
  const { rate: engine, cpuUs } = files.at(-1)!.cells.length ? await inProcess(files.at(-1)!.header, files.at(-1)!.cells) : { rate: NaN, cpuUs: NaN };
  if (files.at(-1)!.cells.length) console.log(`in-process (same lists, engine and rules; one thread): ${engine.toFixed(0)} rows/s, ${cpuUs.toFixed(0)} µs CPU/row → ${workers} worker(s) could do ${(workers * engine).toFixed(0)} rows/s`);
  const cluster = values.cluster ? await startLocalCluster(3) : undefined;
  const maxRows = Math.max(...SIZES, 2_000_000);
  const stack = await startProcesses({
    workers,
    readyTimeoutMs: 240_000,
    env: {
      SCREENING_LISTS: values.lists!, LOG_LEVEL: 'warn', BATCH_CHUNK_SIZE: values.chunk!, BATCH_CHUNK_CONCURRENCY: values.concurrency!, BATCH_MAX_ROWS: String(maxRows),
      ...(cluster ? { REDIS_CLUSTER_NODES: cluster.nodes, REDIS_PREFIX: `{bench-${process.pid}}` } : {}),
      ...(values['trace-gc'] ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${join(ROOT, 'scripts/bench/trace-gc.mjs')}`.trim() } : {}),
    },
  });
  const procs = [stack.api, ...stack.workers];
  const peaks = new Map<string, number>();
  const sampler = setInterval(() => {
    for (const p of procs) if (p.child.pid) peaks.set(p.name, Math.max(peaks.get(p.name) ?? 0, rssMb(p.child.pid)));
  }, 200);
  try {
    console.log(`redis: ${cluster ? `local cluster ${cluster.nodes}` : 'single node'}; ${values.whole ? 'whole uploads' : 'streamed uploads (stream=true)'}; workers ${workers}, chunk ${values.chunk}, chunk concurrency ${values.concurrency}; lists ${values.lists}`);
    for (const file of files) {
      const cpuBefore = new Map(procs.map((p) => [p.name, cpuSeconds(p.child.pid!)]));
      const r = await runBatch(stack.url, file, file.rows);
      if (values['first-only']) {
        console.log(`\n${file.rows.toLocaleString()} rows (${(file.bytes / 2 ** 20).toFixed(1)} MB), streamed: 202 after ${r.acceptedS.toFixed(2)} s; time to first result ${r.firstS.toFixed(2)} s after the upload started; body sent after ${r.uploadS.toFixed(2)} s (rows stored by then ${(r.batch as { rows: number }).rows.toLocaleString()}, screened ${r.batch.processed.toLocaleString()}); stopped there (--first-only), load average ${loadAverage()}`);
        continue;
      }
      const rate = file.rows / r.totalS;
      console.log(`\n${file.rows.toLocaleString()} rows (${(file.bytes / 2 ** 20).toFixed(1)} MB): ${r.batch.status}, errors ${r.batch.errors}, counts ${JSON.stringify(r.batch.counts)}`);
      console.log(`  ${values.whole ? 'whole upload' : 'streamed upload'}: 202 after ${r.acceptedS.toFixed(2)} s, body sent after ${r.uploadS.toFixed(2)} s; time to first result ${r.firstS.toFixed(2)} s after the upload started; end to end ${r.totalS.toFixed(2)} s = ${rate.toFixed(0)} rows/s`);
      console.log(`  efficiency = ${rate.toFixed(0)} ÷ (${workers} × ${engine.toFixed(0)}) = ${(rate / (workers * engine)).toFixed(2)}`);
      const workerCpu = stack.workers.reduce((sum, w) => sum + cpuSeconds(w.child.pid!) - (cpuBefore.get(w.name) ?? 0), 0);
      const perRow = (1e6 * workerCpu) / file.rows;
      console.log(`  CPU efficiency (robust to a busy machine) = in-process ${cpuUs.toFixed(0)} µs/row ÷ workers ${perRow.toFixed(0)} µs/row = ${(cpuUs / perRow).toFixed(2)}`);
      for (const p of procs) {
        const cpu = cpuSeconds(p.child.pid!) - (cpuBefore.get(p.name) ?? 0);
        console.log(`  ${p.name}: CPU ${cpu.toFixed(1)} s (${((1e6 * cpu) / file.rows).toFixed(0)} µs/row), peak RSS so far ${(peaks.get(p.name) ?? 0).toFixed(0)} MB, RSS now ${rssMb(p.child.pid!).toFixed(0)} MB${values['trace-gc'] ? `; ${fullGcs(p.output())}` : ''}`);
      }
    }
    console.log(`\nload average at the end: ${loadAverage()} (2 cores; other work on the machine slows every figure)`);
  } finally {
    clearInterval(sampler);
    await stack.stop();
    await cluster?.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
