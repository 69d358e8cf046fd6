import { once } from 'node:events';
import { join } from 'node:path';
import { assertRedis } from '@screening/testkit';
import { answerClientErrors } from '../src/server-lifecycle';
import { fuzz, type FuzzReport } from './fuzz/http-fuzz';
import { startStack, type TestStack } from './support/stack';

/**
 * HTTP fuzzing of every route of the OpenAPI document (issue 12): generated hostile bodies, query strings,
 * headers and CSV uploads against the real app, a real worker and a real Redis. No 5xx, every 4xx a problem
 * document (400 `validation` naming its fields), no internal text, no crash. CI runs a fixed-seed 1,000;
 * `pnpm test:fuzz` runs 10,000 with a fresh seed (FUZZ_RUNS, FUZZ_SEED override both). The seed is printed
 * with any failure (fast-check's report) and with the summary.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const KEY = 'key-fuzz-admin-000001';
const LISTS = `sample:${join(__dirname, '..', '..', '..', 'packages', 'watchlists', 'data', 'sample-list.json')}`;

jest.setTimeout(Math.max(120_000, RUNS * 200));

describe('HTTP fuzzing', () => {
  let s: TestStack;
  let server: import('node:http').Server;
  beforeAll(async () => {
    await assertRedis();
    s = await startStack({
      API_KEYS: `${KEY}:operator:fuzz`,
      SCREENING_LISTS: process.env.FUZZ_LISTS ?? LISTS,
      RATE_LIMIT_PER_KEY: '0',
      RATE_LIMIT_PER_TENANT: '0',
      BATCH_TENANT_MAX_ACTIVE: '1000',
      LISTS_TASK_TIMEOUT_MS: '10000',
      // the worker runs in this process: a long batch chunk holds the API's event loop too, so a synchronous request
      // waits it out here (the stall itself is what the report's worst worker time shows)
      SCREEN_SYNC_TIMEOUT_MS: '60000',
      ...(process.env.FUZZ_LOG_LEVEL ? { LOG_LEVEL: process.env.FUZZ_LOG_LEVEL } : {}),
    });
    server = s.app.listen(0, '127.0.0.1');
    answerClientErrors(server); // as main.ts does
    await once(server, 'listening');
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await s?.close();
  });

  it(`when ${RUNS} generated requests (seed ${SEED}) hit every route, then no 5xx, every 4xx is a problem naming its field, nothing internal leaks`, async () => {
    const t = Date.now();
    let report: FuzzReport;
    let failure: unknown;
    try {
      report = await fuzz(s, server, { runs: RUNS, seed: SEED, apiKey: KEY, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) });
    } catch (err) {
      failure = err;
      report = (err as { report: FuzzReport }).report;
    }
    const lines = [
      `fuzz: ${report.runs} requests in ${((Date.now() - t) / 1000).toFixed(1)} s, seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to repeat)`,
      `  by status: ${Object.entries(report.byStatus).map(([k, v]) => `${k}×${v}`).join(' ')}`,
      `  routes: ${Object.keys(report.byRoute).length}`,
      `  worst per-request worker time: ${report.worstWorker.ms} ms (${report.worstWorker.what}) over ${report.workerJobs} worker jobs`,
      ...report.perQueue.map((l) => `    longest ${l}`),
      `  slowest answer: ${report.worstRequest.ms} ms (${report.worstRequest.what})`,
    ];
    if (process.env.FUZZ_VERBOSE) lines.push(JSON.stringify(report.byRoute, null, 1), JSON.stringify(report.msByRoute, null, 1));
    process.stdout.write(`${lines.join('\n')}\n`);
    if (failure) throw failure;
    if (!process.env.FUZZ_PATH) expect(report.runs).toBe(RUNS);
    expect(Object.keys(report.byStatus).filter((k) => Number(k) >= 500)).toEqual([]);
    // the generator reaches the work, not only the validation: some requests were screened
    expect(report.byStatus[200] ?? 0).toBeGreaterThan(RUNS / 20);
    expect(report.workerJobs).toBeGreaterThan(0);
  });
});
