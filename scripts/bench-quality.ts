/**
 * pnpm bench:quality — scores the matcher on the labelled development sets in ../shared/eval without a running
 * service: pairs through compare(), screening queries through screen() over OFAC SDN 2021-07 (the list the eval
 * README names). Prints precision/recall/F1 at the configured MATCH_THRESHOLD, per transform, the best-F1 threshold,
 * and the candidate recall of the inverted index against exhaustive scoring.
 *   options: --threshold T (instead of the configured default)  --misses N (print wrong rows)  --exhaustive N (queries checked against exhaustive scoring, default 300)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex, compare, screen } from '../packages/matching/src/index';
import { loadConfig } from '../packages/runtime/src/index';
import { type EntityInput, EntityInputSchema } from '../packages/schemas/src/index';
import { loadList } from '../packages/watchlists/src/index';
import { quantile, perGroup, type Row, summary } from './bench/metrics';

const SHARED = resolve(process.env.SHARED_DIR ?? join(__dirname, '..', '..', 'shared'));
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MISSES = arg('misses', 0);
const EXHAUSTIVE = arg('exhaustive', 300);
const readJsonl = (f: string) => readFileSync(join(SHARED, 'eval', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entity = (e: any): EntityInput => {
  const parsed = EntityInputSchema.safeParse(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'source')));
  if (parsed.success) return parsed.data;
  // the listed side of a pair can exceed the API's input limits (e.g. > 20 countries): take it as given
  return { type: 'unknown', aliases: [], countries: [], identifiers: [], ...e };
};

async function main() {
  const threshold = arg('threshold', loadConfig({}).MATCH_THRESHOLD);
  const list = await loadList('us_ofac_sdn', join(SHARED, 'watchlists', 'ofac', '2021-07'));
  const index = buildIndex(list.entities, { source: list.source, version: list.version });
  console.log(`list us_ofac_sdn 2021-07: ${list.entities.length} entities, ${index.names.length} names; threshold ${threshold}${process.argv.includes('--threshold') ? ' (--threshold)' : ' (MATCH_THRESHOLD default)'}`);

  const pairs: Row[] = [];
  const pairsStats: Row[] = [];
  const pairMiss: string[] = [];
  for (const r of readJsonl('names-dev.jsonl')) {
    // as /v1/compare calls it (no list statistics: generic words weighted down by a table)
    const out = compare(entity(r.a), entity(r.b), threshold);
    const withStats = compare(entity(r.a), entity(r.b), threshold, index.stats);
    pairsStats.push({ positive: r.expect === 'match', predicted: withStats.match, score: withStats.score, group: r.transform });
    const positive = r.expect === 'match';
    pairs.push({ positive, predicted: out.match, score: out.score, group: r.transform });
    if (out.match !== positive) pairMiss.push(`${r.id} ${r.transform} ${positive ? 'FN' : 'FP'} ${out.score} | ${out.explanation.text}`);
  }
  console.log(`\n== pairs (names-dev.jsonl, ${pairs.length} rows, compare() as /v1/compare calls it)\n${summary('pairs', pairs, threshold)}\n${perGroup(pairs)}`);
  console.log(`with the list's rarity weights (as screen() weighs): ${summary('pairs', pairsStats, threshold).split('\n')[0]}`);
  if (MISSES) console.log(pairMiss.slice(0, MISSES).join('\n'));

  const queries: Row[] = [];
  const qMiss: string[] = [];
  const times: number[] = [];
  const rows = readJsonl('queries-dev.jsonl');
  for (const r of rows) {
    const q = entity(r.query);
    const t0 = process.hrtime.bigint();
    const found = screen(q, index, { threshold: Math.min(threshold, 0.5), limit: 10 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const want = new Set([r.expect, ...(r.expectAny ?? [])].filter(Boolean));
    const positive = want.size > 0;
    const mine = found.filter((m) => want.has(m.entity.id));
    const score = positive ? Math.max(0, ...mine.map((m) => m.score)) : Math.max(0, ...found.map((m) => m.score));
    const predicted = positive ? mine.some((m) => m.score >= threshold) : found.some((m) => m.score >= threshold);
    queries.push({ positive, predicted, score, group: r.transform });
    if (predicted !== positive) {
      const top = found[0];
      qMiss.push(`${r.id} ${r.transform} ${positive ? 'FN' : 'FP'} "${r.query.name}" want ${r.expect} got ${top ? `${top.entity.id} ${top.score} ${top.explanation.text}` : 'nothing'}`);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`\n== queries (queries-dev.jsonl, ${queries.length} rows, screen() over the whole list)\n${summary('queries', queries, threshold)}\n${perGroup(queries)}`);
  console.log(`latency per query (screen() at threshold ${Math.min(threshold, 0.5)}, to see scores below the cut): p50 ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms`);
  if (MISSES) console.log(qMiss.slice(0, MISSES).join('\n'));

  // candidate recall: every entity that exhaustive scoring puts at or above the threshold must be retrieved
  let want = 0;
  let got = 0;
  const step = Math.max(1, Math.floor(rows.length / Math.max(1, EXHAUSTIVE)));
  const lost: string[] = [];
  for (let i = 0; i < rows.length && EXHAUSTIVE > 0; i += step) {
    const q = entity(rows[i].query);
    const all = screen(q, index, { threshold, limit: 1000, exhaustive: true });
    const fast = new Set(screen(q, index, { threshold, limit: 1000 }).map((m) => m.entity.id));
    want += all.length;
    for (const m of all) (fast.has(m.entity.id) ? got++ : lost.push(`${rows[i].id} "${q.name}" lost ${m.entity.id} ${m.score}`));
  }
  if (EXHAUSTIVE > 0) {
    console.log(`\ncandidate recall vs exhaustive scoring (${Math.ceil(rows.length / step)} queries): ${got}/${want} = ${want ? ((100 * got) / want).toFixed(2) : '100.00'} %`);
    if (lost.length) console.log(lost.slice(0, 10).join('\n'));
  }
  const p = summary('pairs', pairs, threshold).split('\n')[0];
  const m = summary('queries', queries, threshold).split('\n')[0];
  console.log(`\nBENCH quality ${p}\nBENCH quality ${m}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
