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

export function quantileOf(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}
