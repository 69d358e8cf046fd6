// pnpm bench:lists — (1) load time and memory for all real lists together, against reading their bytes (baseline);
// (2) time from a new list version (OFAC SDN 2021-07 → 2023-01) to the last alert for N monitored parties, through
// the real worker (reconcile, swap, diff, `monitor` job) on Redis, against scanning the parties without screening.
// Usage: pnpm bench:lists [--parties 100000] [--workers 2] [--skip-monitor]
// --workers: worker processes sharing the re-screening (this process runs one; the others are spawned).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { buildIndex } from '../packages/matching/src/index';
import { ListControl, MonitorStore } from '../packages/queue/src/index';
import { createLogger, loadConfig } from '../packages/runtime/src/index';
import { entityDigest, listFiles, loadList } from '../packages/watchlists/src/index';
import { startWorkerApp } from '../services/worker/src/worker-app';

const { values } = parseArgs({ options: { parties: { type: 'string', default: '100000' }, workers: { type: 'string', default: '2' }, 'skip-monitor': { type: 'boolean', default: false } } });
const W = resolve(__dirname, '../../shared/watchlists');
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const ALL: [string, string][] = [
  ['us_ofac_sdn', 'ofac/2023-01'], ['us_ofac_cons', 'ofac_non_sdn/2025-12'], ['us_trade_csl', 'csl_us/2022-05/consolidated.csv.gz'],
  ['us_bis_dpl', 'bis_dpl/2023-11/dpl.txt'], ['un_sc', 'un/2026-02/UN_consolidated.xml'], ['eu_fsf', 'eu_fsf/sample-2026-08/sample_eu_fsf.xml'],
  ['gb_fcdo', 'gb_fcdo/xml-structure-sample-NOT-VERBATIM/sample_uk_sanctions.xml'], ['ftm', 'opensanctions/yente-fixtures/zala/entities.ftm.json'],
];

async function benchLoad() {
  const paths = ALL.map(([s, p]) => [s, join(W, p)] as const);
  const t0 = performance.now();
  let bytes = 0;
  for (const [, p] of paths) for (const f of listFiles(p)) bytes += (f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)).length;
  const baseline = performance.now() - t0;
  gc();
  const before = process.memoryUsage();
  const t1 = performance.now();
  const lists = await Promise.all(paths.map(([s, p]) => loadList(s, p)));
  const loadMs = performance.now() - t1;
  const t2 = performance.now();
  const indexes = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  const indexMs = performance.now() - t2;
  gc();
  const after = process.memoryUsage();
  const entities = lists.reduce((n, l) => n + l.entities.length, 0);
  console.log('\n## load: all real lists together');
  for (const l of lists) console.log(`  ${l.source.padEnd(13)} ${String(l.report.entities).padStart(6)} entities  ${String(l.report.rows).padStart(6)} rows  ${String(l.report.rejected).padStart(3)} rejected  ${l.report.ms} ms`);
  console.log(`  ${lists.length} lists, ${entities} entities, ${mb(bytes)} of source text`);
  console.log(`  baseline (read + gunzip the bytes): ${baseline.toFixed(0)} ms`);
  console.log(`  parse + map + validate (concurrent): ${loadMs.toFixed(0)} ms  = ${(loadMs / baseline).toFixed(1)}× baseline`);
  console.log(`  index build: ${indexMs.toFixed(0)} ms; heap +${mb(after.heapUsed - before.heapUsed)} (rss ${mb(after.rss)}), names indexed ${indexes.reduce((n, i) => n + i.names.length, 0)}`);
}

/** Deterministic pseudo-random names that do not occur on the lists. */
function* syntheticNames(n: number) {
  const on = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'ch', 'sh', 'tr', 'kr', 'st'];
  const nu = ['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ou', 'ei', 'ia'];
  const co = ['', '', 'n', 'r', 's', 'l', 'k', 'x', 'm'];
  let a = 0x9e3779b9; // mulberry32: a small PRNG with good low bits (names must not resemble each other by accident)
  const r = (m: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % m;
  };
  const word = () => Array.from({ length: 2 + r(2) }, () => on[r(on.length)]! + nu[r(nu.length)]! + co[r(co.length)]!).join('');
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  for (let i = 0; i < n; i++) yield `${cap(word())} ${cap(word())} ${cap(word())}`;
}

async function benchMonitor(total: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lists-'));
  const link = join(dir, 'sdn');
  symlinkSync(join(W, 'ofac/2021-07'), link);
  const prefix = `bench-lists-${process.pid}`;
  const config = loadConfig({ ...process.env, REDIS_PREFIX: prefix, SCREENING_LISTS: `us_ofac_sdn:${link}`, LOG_LEVEL: 'silent', MONITOR_RESCREEN_EVERY_MS: '0', LISTS_POLL_MS: '100', LISTS_REFRESH_EVERY_MS: '0' });
  const app = await startWorkerApp(config, createLogger({ level: 'silent', name: 'bench' }));
  const workers = Math.max(1, Number(values.workers));
  const env = { ...process.env, REDIS_PREFIX: prefix, SCREENING_LISTS: `us_ofac_sdn:${link}`, LOG_LEVEL: 'warn', MONITOR_RESCREEN_EVERY_MS: '0', LISTS_POLL_MS: '100' };
  const children = Array.from({ length: workers - 1 }, () =>
    spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(__dirname, '../services/worker/src/main.ts')], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  const redis = (app.worker as unknown as { opts: { connection: import('ioredis').Redis } }).opts.connection;
  const monitor = new MonitorStore(redis, prefix);
  const control = new ListControl(redis, prefix);
  try {
    const [v1, v2] = await Promise.all([loadList('us_ofac_sdn', join(W, 'ofac/2021-07')), loadList('us_ofac_sdn', join(W, 'ofac/2023-01'))]);
    await waitUntil(async () => ((await redis.hlen(`${prefix}:lists:workers`)) >= workers ? true : undefined), 60_000);
    const old = new Set(v1.entities.map((e) => e.id));
    const newcomers = v2.entities.filter((e) => !old.has(e.id) && e.type === 'person').slice(0, Math.round(total * 0.002));
    const listed = v1.entities.slice(0, Math.round(total * 0.1));
    const synthetic = [...syntheticNames(total - newcomers.length - listed.length)];
    const t0 = performance.now();
    const items = [
      ...newcomers.map((e, i) => ({ name: e.name, hits: {}, i })),
      ...listed.map((e, i) => ({ name: e.name, hits: { [e.id]: entityDigest(e) }, i: i + 1e6 })),
      ...synthetic.map((name, i) => ({ name, hits: {}, i: i + 2e6 })),
    ];
    for (let i = 0; i < items.length; i += 5000) {
      await monitor.addMany(items.slice(i, i + 5000).map((p) => ({ party: { tenant: 'bench', origin: { kind: 'batch' as const, id: 'bench', index: p.i }, entity: { name: p.name, type: 'unknown' as const, aliases: [], countries: [], identifiers: [] } }, hits: p.hits })));
    }
    console.log(`\n## monitoring: ${await monitor.count()} parties kept in ${(performance.now() - t0).toFixed(0)} ms (${newcomers.length} newly listed in 2023-01, ${listed.length} already hit in 2021-07, the rest synthetic)`);
    const ts = performance.now();
    let scanned = 0;
    for await (const page of monitor.scan(1000)) scanned += page.length;
    const scanMs = performance.now() - ts;

    console.log(`  baseline: HSCAN of ${scanned} parties without screening: ${scanMs.toFixed(0)} ms`);

    type Stats = { parties: number; alerts: number; ms: number; parts?: number };
    // the BullMQ job hashes: finishedOn + returnvalue when completed, failedReason when failed
    const finished = (id: string) =>
      waitUntil(async () => {
        const h = await redis.hgetall(`${prefix}:monitor:${id}`);
        if (h.failedReason) throw new Error(h.failedReason);
        return h.finishedOn && h.returnvalue ? (JSON.parse(h.returnvalue) as Stats) : undefined;
      }, 30 * 60_000);
    /** Points the list at `target`, announces a new generation, waits for the re-screening; prints the timings. */
    const flip = async (label: string, target: string) => {
      const from = app.catalog.snapshot().entries.get('us_ofac_sdn')!.version.version;
      const alertsBefore = await redis.hlen(`${prefix}:alerts:data`);
      unlinkSync(link);
      symlinkSync(target, link);
      const start = Date.now();
      const startPerf = performance.now();
      const { generation } = await control.bump(`bench: ${label}`);
      const to = await waitUntil(async () => {
        const v = app.catalog.snapshot().entries.get('us_ofac_sdn')?.version.version;
        return v !== from ? v : undefined;
      });
      const swapMs = performance.now() - startPerf;
      const jobId = `rescreen-us_ofac_sdn-${from}-${to}-g${generation}`;
      const parent = await finished(jobId);
      const partStats = parent.parts ? await Promise.all(Array.from({ length: parent.parts }, (_, k) => finished(`${jobId}-p${k}`))) : [parent];
      const stats = { parties: partStats.reduce((n, p) => n + p.parties, 0), alerts: partStats.reduce((n, p) => n + p.alerts, 0), ms: Math.max(...partStats.map((p) => p.ms)) };
      const diff = JSON.parse((await redis.get(`${prefix}:lists:changes:us_ofac_sdn:${from}:${to}`))!) as { counts: Record<string, number> };
      const last = Math.max(...(await redis.hvals(`${prefix}:alerts:data`)).map((a) => Date.parse(JSON.parse(a).createdAt)));
      console.log(`\n### ${label}: ${JSON.stringify(diff.counts)}`);
      console.log(`  new version → catalog swapped on the worker (load, index, swap): ${swapMs.toFixed(0)} ms`);
      console.log(`  re-screening against the ${diff.counts.added! + diff.counts.changed!} added/changed entities in ${parent.parts ?? 1} part job(s) over ${workers} worker process(es): ${stats.parties} parties, slowest part ${stats.ms} ms = ${(stats.ms / scanMs).toFixed(1)}× the scan baseline`);
      console.log(`  alerts: ${stats.alerts} (stored ${(await redis.hlen(`${prefix}:alerts:data`)) - alertsBefore}); new version → last alert: ${last - start} ms`);
    };
    await flip('OFAC SDN 2021-07 → 2023-01 (18 months of designations)', join(W, 'ofac/2023-01'));

    // a typical day: 25 new designations on top of 2023-01, named like 25 of the monitored synthetic parties
    const day = join(dir, 'day');
    mkdirSync(day);
    const rows = synthetic.slice(0, 25).map((name, i) => `${90_000_001 + i},"${name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `);
    writeFileSync(join(day, 'sdn.csv'), `${readFileSync(join(W, 'ofac/2023-01/sdn.csv'), 'utf8').replace(/\x1a?\s*$/, '')}\r\n${rows.join('\r\n')}\r\n`);
    copyFileSync(join(W, 'ofac/2023-01/add.csv'), join(day, 'add.csv'));
    await flip('a typical day: 25 new designations', day);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await app.close();
    const { cleanupPrefix } = await import('../packages/testkit/src/index');
    await cleanupPrefix(prefix, config.REDIS_URL);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntil<T>(probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

void (async () => {
  await benchLoad();
  if (!values['skip-monitor']) await benchMonitor(Number(values.parties));
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
