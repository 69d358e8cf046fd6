// pnpm bench:memory — what one worker holds per list: loads the lists one after another as a worker does (reader →
// canonical entities → index), forces a GC after each, and prints heap and RSS growth with the entity and name
// counts, then the sizing rule (MB per 10,000 names, and per 10,000 entities) fitted on the whole set. A worker's RSS is the base
// (runtime, code, Redis clients: see `after start` in bench:load) plus this.
// Usage: pnpm bench:memory [--lists id:path,...]   (default: the eight lists below, from ../shared/watchlists)
import { parseArgs } from 'node:util';
import { loadList } from '../packages/watchlists/src/index';
import { CatalogHolder, entryFor } from '../services/worker/src/catalog';

const W = '../shared/watchlists';
const EIGHT = [
  `us_ofac_sdn:${W}/ofac/2023-01`,
  `us_ofac_cons:${W}/ofac_non_sdn/2025-12`,
  `us_trade_csl:${W}/csl_us/2022-05`,
  `us_bis_dpl:${W}/bis_dpl/2023-11`,
  `un_sc:${W}/un/2026-02/UN_consolidated.xml`,
  `eu_fsf:${W}/eu_fsf/sample-2026-08`,
  `gb_fcdo:${W}/gb_fcdo/xml-structure-sample-NOT-VERBATIM`,
  `ftm:${W}/opensanctions/yente-fixtures/t1/entities.ftm.json`,
].join(',');

const { values } = parseArgs({ options: { lists: { type: 'string', default: EIGHT } } });
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (b: number) => b / 2 ** 20;

function settle(): { heap: number; rss: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: mb(m.heapUsed + m.external + m.arrayBuffers), rss: mb(m.rss) };
}

async function main() {
  if (!gc) console.warn('run with --expose-gc for settled figures (pnpm bench:memory does)');
  const base = settle();
  console.log(`base: heap ${base.heap.toFixed(0)} MB, RSS ${base.rss.toFixed(0)} MB (runtime + code, no list)`);
  const held = [];
  let prev = base;
  let entities = 0;
  let names = 0;
  for (const e of values.lists!.split(',')) {
    const i = e.indexOf(':');
    const list = await loadList(e.slice(0, i), e.slice(i + 1));
    held.push(entryFor(list));
    const now = settle();
    const n = list.entities.reduce((s, x) => s + 1 + (x.aliases?.length ?? 0), 0);
    entities += list.entities.length;
    names += n;
    const d = now.heap - prev.heap;
    const per = n >= 1000 ? `  (${((10_000 * d) / n).toFixed(0)} MB per 10,000 names)` : '';
    console.log(`${list.source.padEnd(14)} ${String(list.entities.length).padStart(6)} entities ${String(n).padStart(7)} names  +${d.toFixed(0).padStart(4)} MB heap  +${(now.rss - prev.rss).toFixed(0).padStart(4)} MB RSS${per}`);
    prev = now;
  }
  const catalog = new CatalogHolder();
  catalog.swap(held);
  const end = settle();
  const heap = end.heap - base.heap;
  console.log(`\nall ${held.length} lists: ${entities} entities, ${names} names: heap +${heap.toFixed(0)} MB, RSS ${end.rss.toFixed(0)} MB (base ${base.rss.toFixed(0)} MB)`);
  console.log(`sizing rule: about ${((10_000 * heap) / names).toFixed(0)} MB per 10,000 names (${((10_000 * heap) / entities).toFixed(0)} MB per 10,000 entities) on top of the base;`);
  console.log('the matcher\'s memos (name keys, script skeletons) grow with the names screened, up to ~40 MB at their caps (200,000 keys, 50,000 skeletons);');
  console.log('a list swap holds two versions of one list for a moment: leave that list\'s share again as headroom.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
