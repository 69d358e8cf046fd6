/**
 * pnpm bench:quality — scores the matcher on the labelled development sets in ../shared/eval without a running
 * service: pairs through compare(), screening queries through screen() over OFAC SDN 2021-07 (the list the eval
 * README names). Prints precision/recall/F1 at the configured MATCH_THRESHOLD, per transform, the best-F1 threshold,
 * and the candidate recall of the inverted index against exhaustive scoring.
 * Then the real-world set (packages/matching/bench-data/realworld: list pairs, hand-labelled pairs per class, and
 * OpenSanctions multi-script names read at run time) with per-class precision/recall, and the false-positive bench:
 * 2,000 ordinary people and companies of many cultures screened against OFAC SDN 2023-01 + UN SC 2026-02 + US CSL 2022-05.
 *   options: --threshold T (instead of the configured default)  --misses N (print wrong rows)  --exhaustive N (queries checked against exhaustive scoring, default 300)
 *            --only dev,realworld,fp,fp-companies (sections to run, default all; fp-companies: ~300 real, unlisted forwarders, carriers,
 *            banks and manufacturers of packages/matching/bench-data/realworld/ordinary-companies.tsv against the same lists + OFAC non-SDN 2025-12;
 *            realworld-screen, opt-in: the real-world positives through screen() over the lists, i.e. the retrieval)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex, compare, DEFAULT_WORK_LIMITS, type MatchIndex, screen, WorkBudget, type WorkLimits } from '../packages/matching/src/index';
import { loadConfig } from '../packages/runtime/src/index';
import { type EntityInput, EntityInputSchema } from '../packages/schemas/src/index';
import { loadList } from '../packages/watchlists/src/index';
import { loadAll } from './bench/lists';
import { quantile, perGroup, prf, type Row, summary } from './bench/metrics';
import { ordinaryParties } from './bench/ordinary-parties';
import { handPairs, listPairs, openSanctionsPairs, type RealPair } from './bench/realworld';

const SHARED = resolve(process.env.SHARED_DIR ?? join(__dirname, '..', '..', 'shared'));
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MISSES = arg('misses', 0);
const UNLIMITED: WorkLimits = { ...DEFAULT_WORK_LIMITS, maxCandidates: Infinity, maxQueryOps: Infinity, maxOps: Infinity };
const EXHAUSTIVE = arg('exhaustive', 300);
const readJsonl = (f: string) => readFileSync(join(SHARED, 'eval', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entity = (e: any): EntityInput => {
  const parsed = EntityInputSchema.safeParse(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'source')));
  if (parsed.success) return parsed.data;
  // the listed side of a pair can exceed the API's input limits (e.g. > 20 countries): take it as given
  return { type: 'unknown', aliases: [], countries: [], identifiers: [], ...e };
};

const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return new Set(i > 0 ? process.argv[i + 1]!.split(',') : ['dev', 'realworld', 'fp', 'fp-companies']);
})();

async function main() {
  const config = loadConfig({});
  const threshold = arg('threshold', config.MATCH_THRESHOLD);
  const bands = { review: config.MATCH_REVIEW_THRESHOLD, strongName: config.MATCH_STRONG_NAME };
  if (ONLY.has('realworld')) realWorld(threshold);
  if (ONLY.has('fp')) await falsePositives(threshold, bands);
  if (ONLY.has('fp-companies')) await ordinaryCompanies(threshold, bands);
  if (ONLY.has('realworld-screen')) await realWorldScreen(threshold);
  if (!ONLY.has('dev')) return;
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
    // exhaustive scoring visits every listed name: far beyond one request's work budget, which it is not measuring
    const all = screen(q, index, { threshold, limit: 1000, exhaustive: true, budget: new WorkBudget(UNLIMITED) });
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

/**
 * Class other_name (LABELLING.md): a UK variation that is another name of the subject, not a rendering of its primary
 * name. Screening finds it as the list gives it — an alias of the same record — so the pair is screened (screen()) against
 * an index holding the one list record `b` with its UK names as aliases: the class measures alias indexing, not name
 * similarity.
 */
function screenRecord(p: RealPair, threshold: number) {
  const rec = {
    id: `uk-${p.id}`, source: 'gb_fcdo', sourceId: p.id, type: p.b.type, name: p.b.name,
    aliases: (p.b.aliases ?? []).map((name) => ({ name, quality: 'strong' as const, kind: 'variation' })),
    programs: [], countries: [], nationalities: [], datesOfBirth: [], placesOfBirth: [], identifiers: [], addresses: [], links: [], categories: [],
  } as unknown as Parameters<typeof buildIndex>[0][number];
  const hit = screen(entity(p.a), buildIndex([rec], { source: 'gb_fcdo', version: 'bench' }), { threshold, limit: 1 })[0];
  return { match: hit?.match ?? false, score: hit?.score ?? 0, explanation: hit?.explanation ?? { text: 'not found by screen()' } };
}

/** The real-world pairs through compare() as /v1/compare calls it (class other_name: screen(), see screenRecord); precision and recall per class and overall. */
function realWorld(threshold: number) {
  const sets: Array<[string, RealPair[]]> = [['lists', listPairs()], ['hand', handPairs()], ['opensanctions', openSanctionsPairs(SHARED)]];
  const rows: Array<Row & { source: string }> = [];
  const miss: string[] = [];
  for (const [source, pairs] of sets) {
    for (const p of pairs) {
      const out = p.class === 'other_name' ? screenRecord(p, threshold) : compare(entity(p.a), entity(p.b), threshold);
      const positive = p.expect === 'match';
      rows.push({ positive, predicted: out.match, score: out.score, group: p.class, source });
      if (out.match !== positive) miss.push(`${p.id} ${p.class} ${positive ? 'FN' : 'FP'} ${out.score} "${p.a.name}" ~ "${p.b.name}" | ${out.explanation.text}`);
    }
  }
  const fmt = (x: number) => x.toFixed(3);
  console.log(`\n== real-world set (${rows.length} pairs: ${sets.map(([s, ps]) => `${s} ${ps.length}`).join(', ')}; compare() as /v1/compare calls it; other_name: screen() against the list record with its aliases)`);
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  console.log('  class                   pairs   pos   neg  precision  recall');
  for (const g of groups) {
    const rs = rows.filter((r) => r.group === g);
    const m = prf(rs);
    const pos = rs.filter((r) => r.positive).length;
    console.log(`  ${g.padEnd(22)} ${String(rs.length).padStart(5)} ${String(pos).padStart(5)} ${String(rs.length - pos).padStart(5)}  ${m.tp + m.fp ? fmt(m.precision) : '  -  '}      ${pos ? fmt(m.recall) : '  -  '}`);
  }
  for (const src of ['lists', 'hand', 'opensanctions']) {
    const m = prf(rows.filter((r) => r.source === src));
    console.log(`  ${('source ' + src).padEnd(22)} precision ${fmt(m.precision)} recall ${fmt(m.recall)} F1 ${fmt(m.f1)}`);
  }
  const all = prf(rows);
  console.log(`${summary('real-world', rows, threshold)}`);
  if (MISSES) console.log(miss.slice(0, MISSES).join('\n'));
  console.log(`BENCH quality real-world: precision ${fmt(all.precision)} recall ${fmt(all.recall)} F1 ${fmt(all.f1)} (TP ${all.tp} FP ${all.fp} FN ${all.fn} TN ${all.tn}); lowest class recall ${Math.min(...groups.map((g) => prf(rows.filter((r) => r.group === g)).recall)).toFixed(3)}`);
}

/**
 * The retrieval on real-world names (--only realworld-screen, not in the default run): each positive pair that
 * compare() matches is screened with screen() against OFAC SDN 2023-01 + UN SC 2026-02 + US CSL 2022-05 plus the
 * pair's listed side as one more record; a pair whose record screen() does not return as a match is lost by the
 * retrieval (the index did not bring it into the candidates) or by scoring that differs from compare(). Per class.
 */
async function realWorldScreen(threshold: number) {
  const lists = await loadAll();
  const pairs = [...listPairs(), ...handPairs(), ...openSanctionsPairs(SHARED)].filter((p) => p.expect === 'match' && p.class !== 'other_name');
  const ents = lists.flatMap((l) => l.entities);
  const extra = pairs.map((p, i) => ({
    id: `sample:rw${i}`, source: 'sample', sourceId: `rw${i}`, type: p.b.type, name: p.b.name,
    aliases: (p.b.aliases ?? []).map((name) => ({ name, quality: 'strong' as const })),
    programs: [], countries: [], nationalities: [], datesOfBirth: [], placesOfBirth: [], identifiers: [], addresses: [], links: [], categories: [],
  }) as unknown as (typeof ents)[number]);
  const index = buildIndex([...ents, ...extra], { source: 'bench', version: 'realworld-screen' });
  const per = new Map<string, { matched: number; found: number }>();
  const lost: string[] = [];
  pairs.forEach((p, i) => {
    if (!compare(entity(p.a), entity(p.b), threshold, index.stats).match) return;
    const c = per.get(p.class) ?? { matched: 0, found: 0 };
    per.set(p.class, c);
    c.matched++;
    let found = false;
    try {
      found = screen(entity(p.a), index, { threshold, limit: 10_000 }).some((m) => m.entity.id === `sample:rw${i}` && m.match);
    } catch {
      // a work limit counts as lost
    }
    if (found) c.found++;
    else lost.push(`${p.id} ${p.class} "${p.a.name}" ~ "${p.b.name}"`);
  });
  console.log(`\n== real-world positives through screen() (compare() matches them; screened over ${lists.map((l) => l.source).join(' + ')} + the listed side)`);
  console.log('  class                  matched  found by screen()');
  for (const [g, c] of [...per].sort()) console.log(`  ${g.padEnd(22)} ${String(c.matched).padStart(7)}  ${String(c.found).padStart(7)}`);
  if (MISSES) console.log(lost.slice(0, MISSES).join('\n'));
  const matched = [...per.values()].reduce((a, c) => a + c.matched, 0);
  const found = [...per.values()].reduce((a, c) => a + c.found, 0);
  console.log(`BENCH quality real-world through screen(): ${found}/${matched} = ${((100 * found) / matched).toFixed(1)} % of compare()'s matches found`);
}

/** 2,000 ordinary parties screened against OFAC + UN + CSL: any match is a false positive; review-band hits counted apart. */
async function falsePositives(threshold: number, bands: { review: number; strongName: number }) {
  const lists = await loadAll();
  const indexes: MatchIndex[] = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  const parties = ordinaryParties(2000);
  let fp = 0;
  let review = 0;
  const byCulture = new Map<string, { n: number; fp: number; review: number }>();
  const shown: string[] = [];
  for (const p of parties) {
    const q = entity({ name: p.name, type: p.type, country: p.country, ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}) });
    const found = indexes.flatMap((ix) => screen(q, ix, { threshold, limit: 5, bands }));
    const c = byCulture.get(p.culture) ?? { n: 0, fp: 0, review: 0 };
    c.n++;
    const hit = found.find((m) => m.match);
    if (hit) {
      fp++;
      c.fp++;
      shown.push(`FP "${p.name}" (${p.type}, ${p.country}) ~ ${hit.entity.id} ${hit.score} ${hit.band} | ${hit.explanation.text}`);
    } else if (found.length) {
      review++;
      c.review++;
    }
    byCulture.set(p.culture, c);
  }
  console.log(`\n== false positives: ${parties.length} ordinary people and companies (${byCulture.size} cultures) against ${lists.map((l) => `${l.source} (${l.entities.length})`).join(', ')}`);
  console.log(`  culture  parties  matches (FP)  review band`);
  for (const [k, c] of [...byCulture].sort()) console.log(`  ${k.padEnd(8)} ${String(c.n).padStart(7)} ${String(c.fp).padStart(13)} ${String(c.review).padStart(12)}`);
  console.log(shown.slice(0, Math.max(10, MISSES)).join('\n'));
  console.log(`BENCH quality false positives: ${fp}/${parties.length} = ${((100 * fp) / parties.length).toFixed(2)} % matched (target ≤ 0.2 %); ${review} (${((100 * review) / parties.length).toFixed(2)} %) only in the review band [${Math.min(bands.review, threshold)}, ${threshold})`);
}

/** Real, unlisted trading firms (ordinary-companies.tsv, labelling rule in LABELLING.md): any match is a false positive. */
async function ordinaryCompanies(threshold: number, bands: { review: number; strongName: number }) {
  const lists = [...(await loadAll()), await loadList('us_ofac_cons', join(SHARED, 'watchlists', 'ofac_non_sdn', '2025-12'))];
  const indexes: MatchIndex[] = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  const rows = readFileSync(join(__dirname, '..', 'packages', 'matching', 'bench-data', 'realworld', 'ordinary-companies.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string, string]);
  const bySector = new Map<string, { n: number; fp: number; review: number }>();
  const shown: string[] = [];
  let fp = 0;
  let review = 0;
  for (const [sector, name, country] of rows) {
    const q = entity({ name, type: 'organization', country });
    const found = indexes.flatMap((ix) => screen(q, ix, { threshold, limit: 5, bands }));
    const c = bySector.get(sector) ?? { n: 0, fp: 0, review: 0 };
    c.n++;
    const hit = found.find((m) => m.match);
    if (hit) {
      fp++;
      c.fp++;
      shown.push(`FP "${name}" (${country}) ~ ${hit.entity.id} "${hit.matchedName}" ${hit.score} ${hit.band}`);
    } else if (found.length) {
      review++;
      c.review++;
    }
    bySector.set(sector, c);
  }
  console.log(`\n== false positives: ${rows.length} real, unlisted trading firms against ${lists.map((l) => `${l.source} (${l.entities.length})`).join(', ')}`);
  console.log(`  sector     firms  matches (FP)  review band`);
  for (const [k, c] of [...bySector].sort()) console.log(`  ${k.padEnd(9)} ${String(c.n).padStart(6)} ${String(c.fp).padStart(13)} ${String(c.review).padStart(12)}`);
  console.log(shown.join('\n'));
  console.log(`BENCH quality false positives (real firms): ${fp}/${rows.length} = ${((100 * fp) / rows.length).toFixed(2)} % matched; ${review} (${((100 * review) / rows.length).toFixed(2)} %) only in the review band`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
