// Preloaded into the API and worker processes by `pnpm bench:load --gc` (NODE_OPTIONS=--require …; --trace-gc is not
// allowed there): prints one line per GC pause on stderr, `gc-pause <kind> <ms> <start, epoch ms>`, from perf_hooks 'gc' entries.
const { PerformanceObserver, constants } = require('node:perf_hooks');

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
new PerformanceObserver((list) => {
  let out = '';
  for (const e of list.getEntries()) out += `gc-pause ${KINDS[e.detail?.kind ?? e.kind] ?? 'other'} ${e.duration.toFixed(2)} ${(performance.timeOrigin + e.startTime).toFixed(1)}\n`;
  process.stderr.write(out);
}).observe({ entryTypes: ['gc'] });
