/**
 * pnpm bench:work — the matcher's work per query (issue 12), counted by its WorkBudget, with OFAC SDN 2023-01 +
 * UN SC 2026-02 + US CSL 2022-05 loaded: operations, candidates, words and distinct words of the real queries of
 * ../shared/eval/queries-dev.jsonl (max and p99, to set DEFAULT_WORK_LIMITS far above them), then crafted
 * worst cases (one common word repeated, 50 such aliases; the SURNAME-comma backtracking string) with their
 * operations, whether the budget stopped them, and wall time (noisy on a shared machine: the operation count is
 * the measure; time is shown relative to the median real query in the same process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, DEFAULT_WORK_LIMITS, type MatchIndex, prepareName, screen, unlimited, WorkBudget, WorkLimitError } from '../packages/matching/src/index';
import { loadConfig } from '../packages/runtime/src/index';
import { type EntityInput, EntityInputSchema } from '../packages/schemas/src/index';
import { loadAll, SHARED } from './bench/lists';
import { quantile } from './bench/metrics';

function run(q: EntityInput, indexes: MatchIndex[], threshold: number, budget: WorkBudget) {
  const t0 = process.hrtime.bigint();
  let stopped: string | undefined;
  try {
    for (const index of indexes) screen(q, index, { threshold, limit: 10, budget });
  } catch (err) {
    if (!(err instanceof WorkLimitError)) throw err;
    stopped = `${err.limit} at ${err.field}`;
  }
  return { ops: budget.ops, candidates: budget.peak.candidates ?? 0, ms: Number(process.hrtime.bigint() - t0) / 1e6, stopped };
}

async function main() {
  const threshold = loadConfig({}).MATCH_THRESHOLD;
  const rows = readFileSync(join(SHARED, 'eval', 'queries-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const queries: EntityInput[] = rows.map((r) => EntityInputSchema.parse(r.query));
  const lists = await loadAll();
  const indexes = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  console.log(`lists: ${lists.map((l) => `${l.source} (${l.entities.length})`).join(', ')}`);
  const ops: number[] = [];
  const ms: number[] = [];
  const cands: number[] = [];
  let maxTokens = 0;
  for (const q of queries) {
    const r = run(q, indexes, threshold, unlimited());
    ops.push(r.ops);
    ms.push(r.ms);
    cands.push(r.candidates);
    for (const n of [q.name, ...q.aliases]) maxTokens = Math.max(maxTokens, prepareName(n, q.type).keys.length);
  }
  for (const a of [ops, ms, cands]) a.sort((x, y) => x - y);
  const median = quantile(ms, 0.5);
  const opsPerMs = ops.reduce((a, b) => a + b, 0) / ms.reduce((a, b) => a + b, 0);
  console.log(`real queries (${queries.length}): operations p50 ${quantile(ops, 0.5)}, p99 ${quantile(ops, 0.99)}, max ${ops.at(-1)}; candidates per list p99 ${quantile(cands, 0.99)}, max ${cands.at(-1)}; words per name max ${maxTokens}; time p50 ${median.toFixed(2)} ms, ${opsPerMs.toFixed(0)} operations/ms`);
  console.log(`limits: ${JSON.stringify(DEFAULT_WORK_LIMITS)} (max operations of a real query = ${((100 * ops.at(-1)!) / DEFAULT_WORK_LIMITS.maxQueryOps).toFixed(2)} % of a query's budget)`);
  const repeated = (w: string, n: number) => Array.from({ length: n }, () => w).join(' ');
  const crafted: Array<[string, EntityInput]> = [
    ['one common word × 40, 50 such aliases', { name: repeated('mohammed', 40), type: 'unknown', aliases: Array.from({ length: 50 }, () => repeated('mohammed', 40)), countries: [], identifiers: [] }],
    ['one common word × 250 (500 chars)', { name: repeated('al', 166).slice(0, 500), type: 'unknown', aliases: [], countries: [], identifiers: [] }],
    ['common words × 20, 50 different aliases', { name: repeated('trading company', 10), type: 'organization', aliases: Array.from({ length: 50 }, (_, i) => `${repeated('ali', 15)} ${i}`), countries: [], identifiers: [] }],
    ['SURNAME-comma backtracking: a,b + 490 spaces + ,,', { name: `a,b${' '.repeat(490)},,`, type: 'person', aliases: Array.from({ length: 50 }, () => `a,b${' '.repeat(490)},,`), countries: [], identifiers: [] }],
  ];
  for (const [what, q] of crafted) {
    const free = run(q, indexes, threshold, unlimited());
    const bounded = run(q, indexes, threshold, new WorkBudget());
    console.log(`${what}: unbounded ${free.ops} operations, ${free.candidates} candidates, ${free.ms.toFixed(0)} ms (${(free.ms / median).toFixed(0)}× a median query, ${(free.ops / free.ms).toFixed(0)} operations/ms); with the budget: ${bounded.stopped ? `stopped (${bounded.stopped})` : 'completed'} after ${bounded.ops} operations, ${bounded.ms.toFixed(0)} ms`);
  }
}

void main();
