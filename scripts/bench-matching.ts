/**
 * pnpm bench:matching — speed of the matching engine against a naive Fuse.js index, in one process, with
 * OFAC SDN 2023-01 + UN SC 2026-02 + US CSL 2022-05 loaded (falls back to what the readers can load, and says so).
 * Query set: the names of ../shared/eval/queries-dev.jsonl. Reports index build time, heap, p50/p99 per query,
 * queries/s, and the throughput ratio against Fuse.js on the same queries (Fuse runs a sample: it is ~1000× slower).
 *   options: --fuse-queries N (default 60)  --rounds N (engine passes over the query set, default 3)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { addressTokens, buildIndex, findable, fromListed, identifierKey, type MatchIndex, screen } from '../packages/matching/src/index';
import { loadConfig } from '../packages/runtime/src/index';
import { type EntityInput, EntityInputSchema } from '../packages/schemas/src/index';
import { loadAll, SHARED } from './bench/lists';
import { quantile } from './bench/metrics';

// fuse.js is resolved from the matching package, which depends on it (the naive baseline)
const Fuse = createRequire(join(__dirname, '..', 'packages', 'matching', 'package.json'))('fuse.js') as typeof import('fuse.js').default;
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

function timeQueries(queries: EntityInput[], indexes: MatchIndex[], threshold: number, rounds: number) {
  const times: number[] = [];
  let hits = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const s = process.hrtime.bigint();
      for (const ix of indexes) hits += screen(q, ix, { threshold, limit: 10 }).length;
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  times.sort((a, b) => a - b);
  // CPU time per query is less sensitive than wall time to other processes on a shared 2-core machine
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), qps: (times.length * 1000) / totalMs, cpuMsPerQuery: cpuMs / times.length, hits };
}

async function main() {
  const threshold = loadConfig({}).MATCH_THRESHOLD;
  const rows = readFileSync(join(SHARED, 'eval', 'queries-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const queries: EntityInput[] = rows.map((r) => EntityInputSchema.parse(r.query));
  const heap0 = heapMb();
  const lists = await loadAll();
  const heapLists = heapMb();
  const b0 = process.hrtime.bigint();
  const indexes = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  const buildMs = Number(process.hrtime.bigint() - b0) / 1e6;
  const heapIndex = heapMb();
  const entities = lists.reduce((n, l) => n + l.entities.length, 0);
  const names = indexes.reduce((n, ix) => n + ix.names.length, 0);
  console.log(`lists: ${lists.map((l) => `${l.source} (${l.entities.length})`).join(', ')}; ${entities} entities, ${names} names`);
  console.log(`index build: ${buildMs.toFixed(0)} ms; heap: lists ${(heapLists - heap0).toFixed(0)} MB, indexes ${(heapIndex - heapLists).toFixed(0)} MB, total ${heapIndex.toFixed(0)} MB`);
  // the identifier part of the index, built again on its own (same process): its share of build time and memory
  const i0 = process.hrtime.bigint();
  const idMaps = lists.map((l) => {
    const m = new Map<string, number[]>();
    l.entities.forEach((e, ei) => {
      for (const id of fromListed(e).identifiers) {
        const k = identifierKey(id.type, id.value);
        const a = m.get(k);
        if (a) a.push(ei);
        else m.set(k, [ei]);
      }
    });
    return m;
  });
  const idMs = Number(process.hrtime.bigint() - i0) / 1e6;
  const idHeap = heapMb() - heapIndex;
  const idKeys = idMaps.reduce((n, m) => n + m.size, 0);
  const a0 = process.hrtime.bigint();
  const addrMaps = lists.map((l) => {
    const m = new Map<string, number[]>();
    l.entities.forEach((e, ei) => {
      for (const a of e.addresses) for (const w of addressTokens(a)) if (findable(w)) { const x = m.get(w); if (x) x.push(ei); else m.set(w, [ei]); }
    });
    return m;
  });
  const addrMs = Number(process.hrtime.bigint() - a0) / 1e6;
  const addrHeap = heapMb() - heapIndex - idHeap;
  const addrKeys = addrMaps.reduce((n, m) => n + m.size, 0);
  console.log(`address index: ${addrKeys} words, ${addrMs.toFixed(0)} ms (${((100 * addrMs) / buildMs).toFixed(1)} % of the index build), heap ${addrHeap.toFixed(1)} MB (${((100 * addrHeap) / (heapIndex - heapLists)).toFixed(1)} % of the indexes)`);
  console.log(`identifier index: ${idKeys} keys, ${idMs.toFixed(0)} ms (${((100 * idMs) / buildMs).toFixed(1)} % of the index build), heap ${idHeap.toFixed(1)} MB (${((100 * idHeap) / (heapIndex - heapLists)).toFixed(1)} % of the indexes)`);

  timeQueries(queries.slice(0, 200), indexes, threshold, 1); // warm-up
  const eng = timeQueries(queries, indexes, threshold, arg('rounds', 3));
  console.log(`engine: ${queries.length} queries × ${arg('rounds', 3)}: p50 ${eng.p50.toFixed(3)} ms, p99 ${eng.p99.toFixed(3)} ms, ${eng.qps.toFixed(0)} queries/s; CPU ${(eng.cpuMsPerQuery).toFixed(3)} ms per query; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);

  const n = arg('fuse-queries', 60);
  const step = Math.max(1, Math.floor(queries.length / n));
  const sample = queries.filter((_, i) => i % step === 0).slice(0, n);
  const sampleRows = rows.filter((_, i) => i % step === 0).slice(0, n);
  const all = lists.flatMap((l) => l.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)].map((name) => ({ name, id: e.id }))));
  const f0 = process.hrtime.bigint();
  const fuse = new Fuse(all, { keys: ['name'], threshold: 0.4, includeScore: true });
  const fuseBuild = Number(process.hrtime.bigint() - f0) / 1e6;
  const ft: number[] = [];
  let fuseFound = 0;
  let engFound = 0;
  let positives = 0;
  const ff0 = process.hrtime.bigint();
  sample.forEach((q, i) => {
    const s = process.hrtime.bigint();
    const res = fuse.search(q.name, { limit: 10 }).filter((r) => 1 - (r.score ?? 1) >= 0.6);
    ft.push(Number(process.hrtime.bigint() - s) / 1e6);
    const want = sampleRows[i].expect as string | null;
    if (want) {
      positives++;
      if (res.some((r) => r.item.id === want)) fuseFound++;
      if (indexes.some((ix) => screen(q, ix, { threshold, limit: 10 }).some((m) => m.entity.id === want))) engFound++;
    }
  });
  const fuseQps = (sample.length * 1000) / (Number(process.hrtime.bigint() - ff0) / 1e6);
  const engSample = timeQueries(sample, indexes, threshold, 20);
  ft.sort((a, b) => a - b);
  console.log(`fuse.js 7 (naive: all ${all.length} names, threshold 0.4; build ${fuseBuild.toFixed(0)} ms): ${sample.length} queries: p50 ${quantile(ft, 0.5).toFixed(1)} ms, p99 ${quantile(ft, 0.99).toFixed(1)} ms, ${fuseQps.toFixed(1)} queries/s`);
  console.log(`same ${sample.length} queries: engine ${engSample.qps.toFixed(0)} queries/s → ${(engSample.qps / fuseQps).toFixed(0)}× the Fuse.js throughput`);
  console.log(`recall of the expected entity on the sample's ${positives} positive queries: engine ${engFound}/${positives}, fuse.js ${fuseFound}/${positives}`);
  console.log(`BENCH matching build_ms=${buildMs.toFixed(0)} heap_mb=${heapIndex.toFixed(0)} p50_ms=${eng.p50.toFixed(3)} p99_ms=${eng.p99.toFixed(3)} cpu_ms_per_query=${eng.cpuMsPerQuery.toFixed(3)} qps=${eng.qps.toFixed(0)} speedup_vs_fuse=${(engSample.qps / fuseQps).toFixed(0)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
