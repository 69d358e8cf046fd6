// pnpm bench:http — time from process start to ready, and latency of POST /v1/match through the real
// API → BullMQ → worker path, against GET /healthz (the HTTP-only baseline) measured in the same run.
// Usage: pnpm bench:http [--requests 2000] [--concurrency 8] [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01]
import { parseArgs } from 'node:util';
import { startProcesses } from '../test/e2e/support/processes';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    workers: { type: 'string', default: '1' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01' },
  },
});
const N = Number(values.requests);
const C = Number(values.concurrency);

const NAMES = [
  'Evgeny Prigozhin', 'Private Military Company Wagner', 'Banco Nacional de Cuba', 'Islamic Revolutionary Guard Corps',
  'Green Valley Coffee Roasters', 'Mahan Air', 'Ali Khamenei', 'Rosoboronexport', 'Acme Pumps GmbH', 'Kim Jong Un',
  'Hezbollah', 'Tornado Cash', 'Sberbank of Russia', 'Maria Garcia Lopez', 'Shenzhen Electronics Trading Co Ltd',
];

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(label: string, url: string, make: (i: number) => RequestInit & { path: string }) {
  const lat: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < N) {
        const i = next++;
        const { path, ...init } = make(i);
        const t = performance.now();
        const res = await fetch(url + path, init);
        await res.arrayBuffer();
        if (!res.ok) errors++;
        lat.push(performance.now() - t);
      }
    }),
  );
  const secs = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  const r = { label, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), rps: N / secs, errors };
  console.log(`${label.padEnd(22)} p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${r.rps.toFixed(0)} req/s  errors ${errors}`);
  return r;
}

async function main() {
  const t0 = performance.now();
  const stack = await startProcesses({ env: { SCREENING_LISTS: values.lists!, LOG_LEVEL: 'warn' }, workers: Number(values.workers), readyTimeoutMs: 120_000 });
  const readyMs = performance.now() - t0;
  console.log(`lists: ${values.lists}\nworkers: ${values.workers}, requests: ${N}, concurrency: ${C}`);
  console.log(`start → ready: ${(readyMs / 1000).toFixed(2)} s (process spawn, list parse, index build, first heartbeat)`);
  try {
    const body = (i: number) => JSON.stringify({ entity: { name: NAMES[i % NAMES.length] } });
    await load('warm-up', stack.url, (i) => ({ path: '/v1/match', method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }));
    const base = await load('GET /healthz (base)', stack.url, () => ({ path: '/healthz' }));
    const match = await load('POST /v1/match', stack.url, (i) => ({ path: '/v1/match', method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }));
    console.log(`ratio p50 match/healthz: ${(match.p50 / base.p50).toFixed(1)}×; throughput ratio: ${(match.rps / base.rps).toFixed(2)}`);
  } finally {
    await stack.stop();
  }
}

void main();
