// pnpm bench:load — open-loop load on POST /v1/match through the real API → Redis → worker path: requests are sent
// on a fixed schedule (R per second, whatever the answers do), and each latency is measured from the request's
// scheduled time, so a stall shows up in the tail instead of silently slowing the client (no coordinated omission).
// Every 10 s: achieved rate, p50/p99/max, errors, RSS of the API and of each worker. At the end: the whole run,
// p99/p50, and the RSS drift (last window vs the first).
// Usage: pnpm bench:load [--rate 100 | --rate half] [--seconds 60] [--workers 1] [--cluster]
//                        [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01] [--url http://127.0.0.1:8080]
//   --rate half   first measures the capacity (closed loop, 16 in flight, 15 s), then runs at half of it
//   --cluster     starts a local 3-master Redis Cluster and runs the stack on it
import { parseArgs } from 'node:util';
import { startLocalCluster } from '../packages/testkit/src/index';
import { startProcesses } from '../test/e2e/support/processes';
import { customerName, rng } from './bench/names';
import { loadAverage, quantileOf, rssMb } from './bench/procs';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01' },
    cluster: { type: 'boolean', default: false },
    url: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const WINDOW_MS = 10_000;

/** Request bodies: realistic customer names, one in ten a listed name. */
function bodies(n: number): string[] {
  const r = rng(7);
  const listed = ['Evgeny Prigozhin', 'Banco Nacional de Cuba', 'Mahan Air', 'Rosoboronexport', 'Sberbank of Russia', 'Islamic Revolutionary Guard Corps'];
  return Array.from({ length: n }, (_, i) => JSON.stringify({ entity: i % 10 === 0 ? { name: listed[(i / 10) % listed.length] } : customerName(r), limit: 5 }));
}
const BODIES = bodies(5000);
const post = (url: string, i: number) => fetch(`${url}/v1/match`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODIES[i % BODIES.length] });

/** Closed-loop throughput: `inFlight` requests at all times for `ms`. */
async function capacity(url: string, inFlight: number, ms: number): Promise<number> {
  let done = 0;
  const end = performance.now() + ms;
  await Promise.all(Array.from({ length: inFlight }, async (_, k) => {
    for (let i = k; performance.now() < end; i += inFlight) {
      const res = await post(url, i);
      await res.arrayBuffer();
      if (res.ok) done++;
    }
  }));
  return done / (ms / 1000);
}

interface Sample { lat: number; ok: boolean }

function summary(xs: Sample[], seconds: number): string {
  const lat = xs.map((x) => x.lat).sort((a, b) => a - b);
  const errors = xs.filter((x) => !x.ok).length;
  const p50 = quantileOf(lat, 0.5);
  const p99 = quantileOf(lat, 0.99);
  return `${(xs.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${p50.toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(7)} ms  max ${(lat.at(-1) ?? NaN).toFixed(0).padStart(6)} ms  p99/p50 ${(p99 / p50).toFixed(1).padStart(5)}  errors ${errors}`;
}

async function main() {
  const cluster = values.cluster ? await startLocalCluster(3) : undefined;
  const stack = values.url
    ? undefined
    : await startProcesses({
        workers: Number(values.workers),
        readyTimeoutMs: 240_000,
        env: {
          SCREENING_LISTS: values.lists!,
          LOG_LEVEL: 'warn',
          WORKER_CONCURRENCY: values.concurrency!,
          ...(cluster ? { REDIS_CLUSTER_NODES: cluster.nodes, REDIS_PREFIX: `{bench-${process.pid}}` } : {}),
        },
      });
  const url = values.url ?? stack!.url;
  const procs = stack ? [stack.api, ...stack.workers] : [];
  const rss = () => procs.map((p) => `${p.name} ${rssMb(p.child.pid!).toFixed(0)} MB`).join(', ');
  try {
    console.log(`redis: ${cluster ? `local cluster ${cluster.nodes}` : 'single node'}; workers: ${values.workers} × concurrency ${values.concurrency}; lists: ${values.lists}`);
    console.log(`after start: ${rss()}; load average ${loadAverage()} (2 cores shared with other work)`);
    await capacity(url, 8, 3000); // warm-up
    let rate = Number(values.rate);
    if (values.rate === 'half') {
      const cap = await capacity(url, 16, 15_000);
      rate = Math.max(1, Math.round(cap / 2));
      console.log(`capacity (closed loop, 16 in flight, 15 s): ${cap.toFixed(0)} req/s → running at half: ${rate} req/s`);
    }
    console.log(`open loop: ${rate} req/s for ${SECONDS} s`);
    const all: Sample[] = [];
    let window: Sample[] = [];
    const rssSeries: number[][] = [];
    const t0 = performance.now();
    const total = Math.round(rate * SECONDS);
    const inFlight: Promise<void>[] = [];
    const reporter = setInterval(() => {
      const s = ((performance.now() - t0) / 1000).toFixed(0).padStart(4);
      console.log(`t=${s}s ${summary(window, WINDOW_MS / 1000)}  RSS: ${rss()}`);
      rssSeries.push(procs.map((p) => rssMb(p.child.pid!)));
      window = [];
    }, WINDOW_MS);
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(
        post(url, i)
          .then(async (res) => {
            await res.arrayBuffer();
            return res.ok;
          })
          .catch(() => false)
          .then((ok) => {
            const x = { lat: performance.now() - due, ok };
            all.push(x);
            window.push(x);
          }),
      );
      if (inFlight.length > 10_000) await Promise.all(inFlight.splice(0, 5000));
    }
    await Promise.all(inFlight);
    clearInterval(reporter);
    console.log(`\nwhole run (${SECONDS} s at ${rate} req/s): ${summary(all, (performance.now() - t0) / 1000)}`);
    if (rssSeries.length >= 2) {
      const first = rssSeries[0]!;
      const last = rssSeries.at(-1)!;
      console.log(`RSS first → last window: ${procs.map((p, i) => `${p.name} ${first[i]!.toFixed(0)} → ${last[i]!.toFixed(0)} MB`).join(', ')}`);
    }
    console.log(`load average at the end: ${loadAverage()}`);
  } finally {
    await stack?.stop();
    await cluster?.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
