// pnpm bench:batch — bulk CSV end to end: generates N rows (listed names with realistic noise, plus names that
// match nothing), uploads them to POST /v1/batches, streams the results while the batch runs, and reports rows/s,
// time to first result and the peak RSS of the API and of each worker. Baseline in the same run: the same kind of
// names through POST /v1/match one request per name (the interactive path), so the report gives a ratio.
// Usage: pnpm bench:batch [--rows 100000] [--workers 2] [--chunk 500] [--baseline 2000]
//                         [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01,un_sc:../shared/watchlists/un/2026-02/UN_consolidated.xml]
//                         [--url http://127.0.0.1:8080 (use a running stack instead of starting one)]
import { createReadStream, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startProcesses } from '../test/e2e/support/processes';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    workers: { type: 'string', default: '2' },
    chunk: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '2' },
    baseline: { type: 'string', default: '2000' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01,un_sc:../shared/watchlists/un/2026-02/UN_consolidated.xml' },
    url: { type: 'string' },
  },
});
const ROWS = Number(values.rows);
const ROOT = join(__dirname, '..');

/** Deterministic pseudo-random numbers (the same file every run). */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

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

const FIRST = ['James', 'Maria', 'Wei', 'Olga', 'Ahmed', 'Fatima', 'Carlos', 'Anna', 'Hiroshi', 'Priya', 'Lars', 'Chloe', 'Kwame', 'Sofia', 'Mateo', 'Yuki', 'Omar', 'Ingrid', 'Ravi', 'Elena', 'Tomasz', 'Amara', 'Jonas', 'Leila'];
const SYL = ['ber', 'lin', 'do', 'ka', 'mar', 'ton', 'vel', 'ri', 'san', 'gor', 'ul', 'fen', 'ho', 'sta', 'nik', 'pra', 'wen', 'zo', 'lak', 'mi', 'tre', 'os', 'bel', 'dan'];
const ORG = ['Trading', 'Logistics', 'Foods', 'Components', 'Textiles', 'Pumps', 'Timber', 'Pharma', 'Software', 'Coffee Roasters', 'Shipping', 'Metals', 'Plastics', 'Optics', 'Furniture'];
const FORM = ['GmbH', 'Ltd', 'LLC', 'S.A.', 'B.V.', 'AB', 'Inc', 'SRL', 'Co Ltd', 'Oy', 'S.p.A.', 'Pty Ltd'];

/** A made-up word of 2–4 syllables: names that exist on no list, with the cardinality of a real customer master. */
function word(r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0]!.toUpperCase() + w.slice(1);
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

function generate(rows: number): { path: string; bytes: number; sample: string[] } {
  const r = rng(42);
  const listed = listedNames();
  const path = join(tmpdir(), `bench-batch-${rows}.csv`);
  const out: string[] = ['name,type,country,customer_id'];
  const sample: string[] = [];
  for (let i = 1; i <= rows; i++) {
    let name: string;
    let type = 'unknown';
    if (r() < 0.1) name = noisy(listed[Math.floor(r() * listed.length)]!, r);
    else if (r() < 0.5) {
      name = `${FIRST[Math.floor(r() * FIRST.length)]} ${word(r)}`;
      type = 'person';
    } else {
      name = `${word(r)} ${ORG[Math.floor(r() * ORG.length)]} ${FORM[Math.floor(r() * FORM.length)]}`;
      type = 'organization';
    }
    if (sample.length < 5000) sample.push(name);
    out.push(`"${name.replace(/"/g, '""')}",${type},,C-${i}`);
  }
  writeFileSync(path, `${out.join('\n')}\n`);
  return { path, bytes: statSync(path).size, sample };
}

/** Largest RSS (MB) among a process and its descendants (tsx runs the app in a child process). */
function rssMb(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const t of safe(() => readdirSync(`/proc/${tree[i]}/task`), [] as string[])) {
      const kids = safe(() => readFileSync(`/proc/${tree[i]}/task/${t}/children`, 'utf8'), '');
      tree.push(...kids.split(' ').filter(Boolean).map(Number));
    }
  }
  return Math.max(...tree.map((p) => Number(/VmRSS:\s+(\d+)/.exec(safe(() => readFileSync(`/proc/${p}/status`, 'utf8'), ''))?.[1] ?? 0) / 1024));
}
/** CPU seconds (user + system) used so far by a process and its descendants. */
function cpuSeconds(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const t of safe(() => readdirSync(`/proc/${tree[i]}/task`), [] as string[])) {
      tree.push(...safe(() => readFileSync(`/proc/${tree[i]}/task/${t}/children`, 'utf8'), '').split(' ').filter(Boolean).map(Number));
    }
  }
  let ticks = 0;
  for (const p of tree) {
    const f = safe(() => readFileSync(`/proc/${p}/stat`, 'utf8'), '').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(f[11] ?? 0) + Number(f[12] ?? 0);
  }
  return ticks / 100;
}
function safe<T>(f: () => T, d: T): T {
  try {
    return f();
  } catch {
    return d;
  }
}

async function baseline(url: string, names: string[], n: number, concurrency = 8): Promise<number> {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const name = names[next++ % names.length]!;
        const res = await fetch(`${url}/v1/match`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ entity: { name }, limit: 3 }) });
        if (res.status !== 200) throw new Error(`/v1/match answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
    }),
  );
  return n / ((performance.now() - t) / 1000);
}

async function main() {
  const g0 = performance.now();
  const file = generate(ROWS);
  console.log(`generated ${ROWS.toLocaleString()} rows (${(file.bytes / 2 ** 20).toFixed(1)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s: ${file.path}`);
  const stack = values.url
    ? undefined
    : await startProcesses({
        workers: Number(values.workers),
        readyTimeoutMs: 180_000,
        env: { SCREENING_LISTS: values.lists!, LOG_LEVEL: 'warn', BATCH_CHUNK_SIZE: values.chunk!, BATCH_CHUNK_CONCURRENCY: values.concurrency!, BATCH_MAX_ROWS: String(Math.max(ROWS, 2_000_000)) },
      });
  const url = values.url ?? stack!.url;
  const peaks = new Map<string, number>();
  const procs = stack ? [stack.api, ...stack.workers] : [];
  const sampler = setInterval(() => {
    for (const p of procs) if (p.child.pid) peaks.set(p.name, Math.max(peaks.get(p.name) ?? 0, rssMb(p.child.pid)));
  }, 200);
  try {
    const base = await baseline(url, file.sample, Number(values.baseline));
    console.log(`baseline: POST /v1/match one name per request (8 concurrent): ${base.toFixed(0)} names/s`);
    const rssBefore = new Map(procs.map((p) => [p.name, rssMb(p.child.pid!)]));
    const cpuBefore = new Map(procs.map((p) => [p.name, cpuSeconds(p.child.pid!)]));

    const t0 = performance.now();
    const up = await fetch(`${url}/v1/batches`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(file.bytes) },
      body: Readable.toWeb(createReadStream(file.path)) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    if (up.status !== 202) throw new Error(`upload answered ${up.status}: ${await up.text()}`);
    const { id } = (await up.json()) as { id: string };
    const tUploaded = performance.now();

    const res = await fetch(`${url}/v1/batches/${id}/results?format=ndjson`);
    let tFirst = 0;
    let lines = 0;
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (!tFirst) tFirst = performance.now();
      lines += (decoder.decode(chunk, { stream: true }).match(/\n/g) ?? []).length;
    }
    const tEnd = performance.now();
    const batch = (await (await fetch(`${url}/v1/batches/${id}`)).json()) as { status: string; processed: number; errors: number; counts: object };
    if (lines !== ROWS || batch.processed !== ROWS) throw new Error(`expected ${ROWS} result lines, got ${lines} (processed ${batch.processed})`);

    const secs = (tEnd - t0) / 1000;
    const rate = ROWS / secs;
    console.log(`\nbatch ${id}: ${batch.status}, ${ROWS.toLocaleString()} rows, errors ${batch.errors}, counts ${JSON.stringify(batch.counts)}`);
    console.log(`upload + store: ${((tUploaded - t0) / 1000).toFixed(2)} s (${(ROWS / ((tUploaded - t0) / 1000)).toFixed(0)} rows/s)`);
    console.log(`time to first result: ${((tFirst - t0) / 1000).toFixed(2)} s after the upload started`);
    console.log(`end to end (upload → last result line): ${secs.toFixed(2)} s = ${rate.toFixed(0)} rows/s (target ≥ 5000)`);
    console.log(`ratio to the per-request baseline: ${(rate / base).toFixed(1)}×`);
    for (const p of procs) {
      const cpu = cpuSeconds(p.child.pid!) - (cpuBefore.get(p.name) ?? 0);
      console.log(`${p.name}: peak RSS ${(peaks.get(p.name) ?? 0).toFixed(0)} MB (before the batch ${(rssBefore.get(p.name) ?? 0).toFixed(0)} MB), CPU ${cpu.toFixed(1)} s = ${((100 * cpu) / secs).toFixed(0)}% of one core`);
    }
    const workerCpu = stack ? stack.workers.reduce((sum, w) => sum + cpuSeconds(w.child.pid!) - (cpuBefore.get(w.name) ?? 0), 0) : 0;
    if (workerCpu > 0) {
      const perRow = (1e6 * workerCpu) / ROWS;
      console.log(`worker CPU per row: ${perRow.toFixed(0)} µs → ${(1e6 / perRow).toFixed(0)} rows per worker CPU-second (what ${stack!.workers.length} idle cores could sustain, before API and Redis)`);
    }
    console.log(`machine load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (2 cores; other work on the machine slows every figure)`);
  } finally {
    clearInterval(sampler);
    await stack?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
