import { buildIndex, prepareName } from '../packages/matching/src/index';
import { loadAll } from '../scripts/bench/lists';
(async () => {
  const lists = await loadAll();
  const ix = lists.map((l) => buildIndex(l.entities, { source: l.source, version: l.version }));
  const names = process.argv.slice(2);
  for (const n of names) {
    const p = prepareName(n, 'person');
    console.log(n.padEnd(28), p.keys.map((k) => `${k}:` + ix.map((x) => `${x.stats.df(k)}/${x.stats.names}`).join(',')).join('  '));
  }
})();
