import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full GC kept before it starts the next full GC
 * (`HEAP_GROWTH_PERCENT`, V8's `--heap-growing-percent`; 0 leaves V8's own policy).
 *
 * Why: V8's own policy sizes the heap by how cheap its main-thread GC pauses are, and a full GC's marking runs
 * mostly on helper threads, so it looks cheap: a worker holding the list index (~150 MB live with OFAC alone) ran a
 * full GC every 10–20 s, and the API (~35 MB live) every ~5 s. Each one's concurrent marking took ~100 ms of CPU on
 * up to four helper threads at once, which on a 2-core machine left the service's own threads (and a local Redis)
 * waiting to run: the worst 100-ms windows of `pnpm bench:load --trace` were these, 50–100 ms stalls of every
 * request in flight. With 200 % the old generation may grow to 3× what the last full GC kept: full GCs ~5× rarer
 * (the worker promotes ~1–3 MB/s), for that much more heap at the peak (README, Scale: sizing).
 *
 * Must run before the process allocates much (first thing in a main); the flag is read at each full GC.
 */
export function setHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
