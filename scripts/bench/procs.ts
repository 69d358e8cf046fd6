// Process figures for the benches, read from /proc: RSS and CPU of a process and its descendants.
import { readdirSync, readFileSync } from 'node:fs';

function safe<T>(f: () => T, d: T): T {
  try {
    return f();
  } catch {
    return d;
  }
}

/** A process and all its descendants (tsx may run the app in a child process). */
function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    for (const t of safe(() => readdirSync(`/proc/${all[i]}/task`), [] as string[])) {
      all.push(...safe(() => readFileSync(`/proc/${all[i]}/task/${t}/children`, 'utf8'), '').split(' ').filter(Boolean).map(Number));
    }
  }
  return all;
}

/** Largest RSS (MB) among a process and its descendants. */
export function rssMb(pid: number): number {
  return Math.max(...tree(pid).map((p) => Number(/VmRSS:\s+(\d+)/.exec(safe(() => readFileSync(`/proc/${p}/status`, 'utf8'), ''))?.[1] ?? 0) / 1024));
}

/** CPU seconds (user + system) used so far by a process and its descendants. */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of tree(pid)) {
    const f = safe(() => readFileSync(`/proc/${p}/stat`, 'utf8'), '').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(f[11] ?? 0) + Number(f[12] ?? 0);
  }
  return ticks / 100;
}

/** The machine's load average (1, 5, 15 min): the benches share 2 cores with other work. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}

/** One reading of a thread: CPU and run-queue wait (ns, cumulative) at `t` (epoch ms). */
export interface ThreadReading { t: number; proc: string; tid: number; name: string; run: number; wait: number }

/**
 * Samples every `ms` the CPU time and run-queue wait of every thread of the named processes and their descendants
 * (/proc/<pid>/task/<tid>/schedstat: ns on the CPU, ns waiting to run); `stop()` returns the readings. A thread is
 * counted under the first process named that holds it (name the children before a parent that starts them).
 */
export function threadSampler(pids: Record<string, number>, ms: number): { stop: () => ThreadReading[] } {
  const out: ThreadReading[] = [];
  const names = new Map<string, string>();
  const read = () => {
    const t = performance.timeOrigin + performance.now();
    // the whole machine (/proc/stat, in ticks of 10 ms): busy = all but idle and iowait; what the named processes do not
    // account for is other work on the machine
    const cpu = safe(() => readFileSync('/proc/stat', 'utf8'), '').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
    if (cpu.length >= 5) out.push({ t, proc: 'machine', tid: 0, name: 'busy', run: (cpu.reduce((a, b) => a + b, 0) - cpu[3]! - cpu[4]!) * 1e7, wait: 0 });
    const seen = new Set<string>();
    for (const [proc, pid] of Object.entries(pids)) {
      if (!pid) continue;
      for (const p of tree(pid)) {
        for (const tid of safe(() => readdirSync(`/proc/${p}/task`), [] as string[])) {
          const key = `${p}/${tid}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const stat = safe(() => readFileSync(`/proc/${p}/task/${tid}/schedstat`, 'utf8'), '').split(' ');
          if (stat.length < 2) continue;
          if (!names.has(key)) names.set(key, safe(() => readFileSync(`/proc/${p}/task/${tid}/comm`, 'utf8').trim(), '?'));
          out.push({ t, proc, tid: Number(tid), name: names.get(key)!, run: Number(stat[0]), wait: Number(stat[1]) });
        }
      }
    }
  };
  const timer = setInterval(read, ms);
  return { stop: () => (clearInterval(timer), out) };
}
