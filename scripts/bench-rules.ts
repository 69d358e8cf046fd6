// pnpm bench:rules — what the shipment rules cost on top of name matching, in one process on real list data.
// Loads the lists, builds the catalog and the ownership/link graph (timed once), then screens the same multi-party
// shipments N times two ways: the baseline screens every party's name only (matchEntity), the measured path runs
// runScreening (matching + graph evidence + the rule catalogue). Reports shipments/s of both and the ratio.
// Usage: pnpm bench:rules [--n 2000] [--lists us_ofac_sdn:../shared/watchlists/ofac/2021-07]
//        pnpm bench:rules --clean [--n 360] [--lists …]: ordinary shipments → share clear/review/block and flags fired
//        (default lists: OFAC SDN 2023-01, UN 2026-02, CSL 2022-05; see scripts/bench/rules-clean.ts)
//        pnpm bench:rules --cases: every docs/domain.md §5 scenario and Mali-pattern variants through the rules → a table of
//        rules expected vs fired (severity initials) and the decision (scripts/bench/rules-cases.ts; no list loading)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ScreeningRequest, ScreeningRequestSchema } from '@screening/schemas';
import { loadList } from '@screening/watchlists';
import { type Catalog, entryFor } from '../services/worker/src/catalog';
import { linkGraph } from '../services/worker/src/link-graph';
import { bandsOf, matchEntity, runScreening } from '../services/worker/src/screening';
import { runClean } from './bench/rules-clean';
import { runCases } from './bench/rules-cases';
import { loadConfig } from '@screening/runtime';

const { values } = parseArgs({ options: { n: { type: 'string' }, lists: { type: 'string' }, clean: { type: 'boolean', default: false }, cases: { type: 'boolean', default: false }, details: { type: 'boolean', default: false } } });
const CLEAN_LISTS = 'us_ofac_sdn:../shared/watchlists/ofac/2023-01,un_sc:../shared/watchlists/un/2026-02/UN_consolidated.xml,us_trade_csl:../shared/watchlists/csl_us/2022-05';
const N = Number(values.n ?? (values.clean ? 360 : 2000));
const LISTS = values.lists ?? (values.clean ? CLEAN_LISTS : 'us_ofac_sdn:../shared/watchlists/ofac/2021-07');
const ROOT = join(__dirname, '..');

const SHIPMENTS: ScreeningRequest[] = [
  {
    transactionDate: '2023-04-15',
    parties: [
      { role: 'seller', name: 'Karadeniz Savunma Sanayi A.S.', type: 'organization', country: 'TR' },
      { role: 'buyer', name: 'Ministere de la Defense, Republique du Mali', type: 'organization', country: 'ML', isStateBody: true },
      { role: 'broker', name: 'Bamako Trans-Sahel SARL', type: 'organization', country: 'ML', incorporationDate: '2023-01-10' },
      { role: 'payer', name: 'Al Noor Star General Trading FZE', type: 'organization', country: 'AE' },
      { role: 'notify_party', name: 'Ivan Maslov', type: 'person', country: 'ML' },
    ],
    goods: [{ hsCode: '930690', quantity: 50000, usualQuantity: 2000 }, { hsCode: '880622' }],
    route: [{ country: 'TR' }, { country: 'ML' }],
    declaredDestination: 'ML',
    payment: { payer: 'Al Noor Star General Trading FZE', payerCountry: 'AE' },
  },
  {
    transactionDate: '2024-05-01',
    parties: [
      { role: 'exporter', name: 'Halbleiter Vertrieb GmbH', country: 'DE', address: 'Hafenstrasse 5, 20457 Hamburg, Germany' },
      { role: 'buyer', name: 'Ararat Electronics Trade LLC', country: 'AM', incorporationDate: '2022-05-10', address: '12 Abovyan St, Yerevan 0001, Armenia' },
      { role: 'freight_forwarder', name: 'Caucasus Cargo Express', country: 'GE' },
      { role: 'end_user', name: 'OOO Radiotekhnika', country: 'RU', address: 'ул. Ленина 5, Севастополь' },
    ],
    goods: [{ hsCode: '854232' }, { hsCode: '852691' }],
    route: [{ country: 'DE' }, { country: 'GE' }, { country: 'AM' }],
    declaredDestination: 'AM',
    contract: { noRussiaClause: false },
  },
].map((s) => ScreeningRequestSchema.parse(s));

async function main() {
  if (values.cases) {
    const { rows, passed, total } = runCases();
    console.table(rows);
    console.log(`${passed} passed, ${total - passed} failed`);
    return;
  }
  const started = performance.now();
  const entries = [];
  for (const spec of LISTS.split(',')) {
    const [source, path] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
    entries.push(entryFor(await loadList(source, join(ROOT, path!))));
  }
  const catalog: Catalog = { entries: new Map(entries.map((e) => [e.version.id, e])) };
  const loaded = performance.now();
  const graph = linkGraph(catalog);
  const graphMs = performance.now() - loaded;
  const ctx = { catalog, defaultThreshold: 0.8, now: () => new Date('2026-11-29T00:00:00Z') };
  if (values.clean) {
    const config = loadConfig({});
    const report = runClean({ ...ctx, defaultThreshold: config.MATCH_THRESHOLD, bands: bandsOf(config), now: () => new Date('2026-12-02T09:00:00Z') }, N);
    const { notClear, ...summary } = report;
    console.log(JSON.stringify({ lists: [...catalog.entries.values()].map((e) => `${e.version.id}:${e.version.entities}`), ...summary, notClear: values.details ? notClear : notClear.slice(0, 10) }, null, 2));
    return;
  }
  const list = [...catalog.entries.values()];
  const baseline = () => {
    // the same entity input runScreening builds for each party
    for (const s of SHIPMENTS)
      for (const p of s.parties)
        matchEntity({ name: p.name, type: p.type, aliases: p.aliases, countries: p.country ? [p.country] : [], identifiers: p.identifiers, ...(p.country ? { country: p.country } : {}), ...(p.address ? { address: p.address } : {}) }, list, 0.8, 5);
  };
  const measured = () => {
    for (const [i, s] of SHIPMENTS.entries()) runScreening(`b${i}`, s, ctx);
  };
  for (let i = 0; i < 50; i++) (baseline(), measured());
  const time = (fn: () => void) => {
    const t = performance.now();
    for (let i = 0; i < N; i++) fn();
    return (performance.now() - t) / 1000;
  };
  const tb = time(baseline);
  const tm = time(measured);
  const shipments = N * SHIPMENTS.length;
  console.log(JSON.stringify({
    lists: list.map((e) => `${e.version.id}:${e.version.entities}`),
    loadMs: Math.round(loaded - started),
    graphBuildMs: Math.round(graphMs),
    graph: { nodesWithOwners: graph.ownersOf.size, nodesWithLinks: graph.linksOf.size, addresses: graph.byAddress.size, identifiers: graph.byIdentifier.size },
    baselineShipmentsPerSec: Math.round(shipments / tb),
    rulesShipmentsPerSec: Math.round(shipments / tm),
    ratio: Number((tm / tb).toFixed(2)),
    note: 'ratio = time(runScreening) / time(name matching only) for the same shipments',
  }, null, 2));
}

void main();
