// pnpm bench:load — open-loop load on POST /v1/match through the real API → Redis → worker path: requests are sent
// on a fixed schedule (R per second, whatever the answers do), and each latency is measured from the request's
// scheduled time, so a stall shows up in the tail instead of silently slowing the client (no coordinated omission).
// Every 10 s: achieved rate, p50/p99/max, errors, RSS of the API and of each worker. At the end: the whole run,
// p99/p50, and the RSS drift (last window vs the first).
// Usage: pnpm bench:load [--rate 100 | --rate half] [--seconds 60] [--workers 1] [--cluster]
//                        [--lists us_ofac_sdn:../shared/watchlists/ofac/2023-01] [--url http://127.0.0.1:8080]
//   --rate half   first measures the capacity (closed loop, 16 in flight, 15 s), then runs at half of it
//   --cluster     starts a local 3-master Redis Cluster and runs the stack on it
//   --gc          prints the GC pauses of the API and workers (count, total, p50/p99/max by kind; perf_hooks 'gc' entries)
//   --trace FILE  writes a timeline as JSON for offline analysis: every request (scheduled time, latency, phases), every
//                 GC pause, and every 50 ms each thread's CPU and run-queue wait (/proc/<pid>/task/<tid>/schedstat) of the
//                 API, the workers, the Redis server and the bench client
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalCluster } from '../packages/testkit/src/index';
import { startProcesses } from '../test/e2e/support/processes';
import { customerName, rng } from './bench/names';
import { PHASES, type PhaseName, SampleLog } from './bench/samples';
import { cpuSeconds, loadAverage, quantileOf, rssMb, threadSampler } from './bench/procs';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    lists: { type: 'string', default: 'us_ofac_sdn:../shared/watchlists/ofac/2023-01' },
    cluster: { type: 'boolean', default: false },
    gc: { type: 'boolean', default: false },
    trace: { type: 'string' },
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

/** An answer as the bench reads it. */
interface Answer { ok: boolean; timing: string | null; status: number }

/**
 * The load generator shares the machine with the stack, so it is kept cheap: node:http on keep-alive sockets
 * (less CPU per request than fetch), the body read and dropped.
 */
// idle sockets are closed after 4 s, before the server's 5 s keep-alive timeout: else a request sent on a socket the
// server is closing fails (a client-side race, not an answer of the service)
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 4000 });
const post = (url: string, i: number) =>
  new Promise<Answer>((resolve, reject) => {
    const body = BODIES[i % BODIES.length]!;
    const req = http.request(`${url}/v1/match`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve({ ok: (res.statusCode ?? 0) < 400, status: res.statusCode ?? 0, timing: (res.headers['server-timing'] as string | undefined) ?? null }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

/** Closed-loop throughput: `inFlight` requests at all times for `ms`. */
async function capacity(url: string, inFlight: number, ms: number): Promise<number> {
  let done = 0;
  const end = performance.now() + ms;
  await Promise.all(Array.from({ length: inFlight }, async (_, k) => {
    for (let i = k; performance.now() < end; i += inFlight) {
      const res = await post(url, i).catch(() => undefined);
      if (res?.ok) done++;
    }
  }));
  return done / (ms / 1000);
}

const PHASE_NOTES: Record<PhaseName, string> = {
  client: 'scheduled send → answer read, minus the server total (client lag, sockets)',
  http: 'API: received → route handler (middleware)',
  admit: 'API: queue admission check',
  queue: 'job sent → worker processor (add, wake-up, moveToActive, jobs ahead)',
  add: 'API: add script answered (overlaps queue)',
  prep: 'worker: payload validation',
  engine: 'worker: matching',
  post: 'worker: audit append until the reply is published',
  reply: 'reply published → seen by the API',
  resp: 'API: reply seen → response',
  total: 'API: received → response',
};

/**
 * Where the time went: each phase at p50 and p99 over all answers, and its mean over the slowest 1 % of answers
 * (what the p99 is made of; phases overlap where noted, so the columns need not add up).
 */
function breakdown(log: SampleLog): string {
  const timed = Array.from({ length: log.length }, (_, i) => i).filter((i) => log.isOk(i) && log.phase(i, 'total') !== undefined);
  if (!timed.length) return 'no Server-Timing phases in the answers';
  const slow = [...timed].sort((a, b) => log.latency(b) - log.latency(a)).slice(0, Math.max(1, Math.ceil(timed.length / 100)));
  const lines = [`phase breakdown (${timed.length} answers; slowest 1 % = ${slow.length} answers from ${log.latency(slow.at(-1)!).toFixed(1)} ms):`, `  ${'phase'.padEnd(7)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'slow-1%'.padStart(8)}   ms`];
  for (const name of PHASES) {
    const of = (xs: number[]) => xs.map((i) => log.phase(i, name)).filter((d): d is number => d !== undefined);
    const v = of(timed).sort((a, b) => a - b);
    if (!v.length) continue;
    const sv = of(slow);
    const mean = sv.reduce((a, b) => a + b, 0) / Math.max(1, sv.length);
    lines.push(`  ${name.padEnd(7)} ${quantileOf(v, 0.5).toFixed(2).padStart(7)} ${quantileOf(v, 0.99).toFixed(2).padStart(7)} ${mean.toFixed(2).padStart(8)}   ${PHASE_NOTES[name]}`);
  }
  return lines.join('\n');
}

/** Rate, latency quantiles and errors of answers `from` … `to - 1`. */
function summary(log: SampleLog, from: number, to: number, seconds: number): string {
  const lat = log.latencies(from, to);
  const byKind = log.errors(from, to);
  const failed = [...byKind.values()].reduce((a, b) => a + b, 0);
  const errors = failed ? `${failed} (${[...byKind].map(([k, n]) => `${k} ×${n}`).join(', ')})` : '0';
  const p50 = quantileOf(lat, 0.5);
  const p99 = quantileOf(lat, 0.99);
  return `${((to - from) / seconds).toFixed(0).padStart(5)} req/s  p50 ${p50.toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(7)} ms  max ${(lat.at(-1) ?? NaN).toFixed(0).padStart(6)} ms  p99/p50 ${(p99 / p50).toFixed(1).padStart(5)}  errors ${errors}`;
}

/** The GC pauses in a process's `output`: the `gc-pause <kind> <ms> <start, epoch ms>` lines of scripts/bench/gc-observer.cjs. */
function gcEntries(output: string): [kind: string, ms: number, at: number][] {
  return [...output.matchAll(/^gc-pause (\w+) ([\d.]+) ([\d.]+)$/gm)].map((m) => [m[1]!, Number(m[2]), Number(m[3])]);
}

/** GC pauses of a process by kind: count, rate, total and quantiles. */
function gcPauses(name: string, output: string, seconds: number): string {
  const byKind = new Map<string, number[]>();
  for (const [kind, ms] of gcEntries(output)) {
    const list = byKind.get(kind) ?? [];
    list.push(ms);
    byKind.set(kind, list);
  }
  if (!byKind.size) return `${name} GC: no pauses seen`;
  const parts = [...byKind].map(([kind, xs]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${kind} ×${s.length} (${((s.length / seconds) * 60).toFixed(0)}/min) total ${s.reduce((a, b) => a + b, 0).toFixed(0)} ms p50 ${quantileOf(s, 0.5).toFixed(1)} p99 ${quantileOf(s, 0.99).toFixed(1)} max ${s.at(-1)!.toFixed(1)} ms (${s.filter((x) => x >= 10).length} ≥ 10 ms)`;
  });
  return `${name} GC pauses during the run: ${parts.join('; ')}`;
}

/** The pid of the Redis server REDIS_URL names when it runs on this machine, else 0 (for --trace). */
function redisPid(): number {
  const port = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || '6379';
  try {
    return Number(execFileSync('pgrep', ['-f', `redis-server .*:${port}`], { encoding: 'utf8' }).trim().split('\n')[0]) || 0;
  } catch {
    return 0; // pgrep exits 1 when nothing matches (a remote Redis)
  }
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
          SERVER_TIMING: 'true',
          ...(values.gc || values.trace ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'bench', 'gc-observer.cjs')}`.trim() } : {}),
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
    const log = new SampleLog();
    let windowStart = 0;
    const rssSeries: number[][] = [];
    const outputAt = procs.map((p) => p.output().length);
    const cpuAt = procs.map((p) => cpuSeconds(p.child.pid!));
    const clientCpuAt = process.cpuUsage();
    const sampler = values.trace ? threadSampler({ ...Object.fromEntries(procs.map((p) => [p.name, p.child.pid!])), redis: redisPid(), client: process.pid }, 50) : undefined;
    const t0 = performance.now();
    const total = Math.round(rate * SECONDS);
    let pending = 0; // answers outstanding (a count, not a list of promises: nothing per request outlives it)
    let drained = () => undefined as void;
    const reporter = setInterval(() => {
      const s = ((performance.now() - t0) / 1000).toFixed(0).padStart(4);
      console.log(`t=${s}s ${summary(log, windowStart, log.length, WINDOW_MS / 1000)}  RSS: ${rss()}`);
      rssSeries.push(procs.map((p) => rssMb(p.child.pid!)));
      windowStart = log.length;
    }, WINDOW_MS);
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending++;
      post(url, i)
        .then(
          (res) => log.add(performance.timeOrigin + due, performance.now() - due, res.ok, res.ok ? undefined : `HTTP ${res.status}`, res.timing),
          (err: NodeJS.ErrnoException) => log.add(performance.timeOrigin + due, performance.now() - due, false, err.code ?? err.message, null),
        )
        .finally(() => --pending === 0 && drained());
    }
    if (pending) await new Promise<void>((r) => (drained = r));
    clearInterval(reporter);
    const threads = sampler?.stop();
    console.log(`\nwhole run (${SECONDS} s at ${rate} req/s): ${summary(log, 0, log.length, (performance.now() - t0) / 1000)}`);
    if (rssSeries.length >= 2) {
      const first = rssSeries[0]!;
      const last = rssSeries.at(-1)!;
      console.log(`RSS first → last window: ${procs.map((p, i) => `${p.name} ${first[i]!.toFixed(0)} → ${last[i]!.toFixed(0)} MB`).join(', ')}`);
    }
    const runSeconds = (performance.now() - t0) / 1000;
    const clientCpu = process.cpuUsage(clientCpuAt);
    const perRequest = (seconds: number) => `${((seconds * 1000) / Math.max(1, log.length)).toFixed(2)} ms`;
    console.log(`CPU per request: ${[...procs.map((p, i) => `${p.name} ${perRequest(cpuSeconds(p.child.pid!) - cpuAt[i]!)}`), `bench client ${perRequest((clientCpu.user + clientCpu.system) / 1e6)}`].join(', ')}`);
    console.log(breakdown(log));
    if (values.gc) for (const [i, p] of procs.entries()) console.log(gcPauses(p.name, p.output().slice(outputAt[i]), runSeconds));
    console.log(`load average at the end: ${loadAverage()}`);
    if (values.trace) {
      const gc = Object.fromEntries(procs.map((p, i) => [p.name, gcEntries(p.output().slice(outputAt[i]))]));
      writeFileSync(values.trace, JSON.stringify({ rate, samples: log, gc, threads }));
      console.log(`timeline written to ${values.trace}`);
    }
  } finally {
    await stack?.stop();
    await cluster?.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
