// Node flags of a service process (API, worker), for every launcher: `pnpm start` (scripts/start.mjs) and the stacks
// the tests and benches start (test/e2e/support/processes.ts). CommonJS so that both ESM scripts and jest load it.
const { cpus } = require('node:os');

/**
 * V8's helper threads (full-GC marking, parallel scavenges) are capped below the core count, `V8_POOL_SIZE` or
 * cores − 1 (1 to 4; Node's default is 4): a worker's full GC marks the whole list index, and with four marking
 * threads on a 2-core machine the service's own threads and Redis waited ~100 ms to run — the worst stalls of the load
 * soak (`pnpm bench:load --trace`); with one, marking takes one core a little longer and the other core keeps serving
 * (README: Scale).
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
exports.serviceNodeFlags = function serviceNodeFlags(env = process.env) {
  const size = Number(env.V8_POOL_SIZE) || Math.max(1, Math.min(4, cpus().length - 1));
  return [`--v8-pool-size=${size}`];
};
