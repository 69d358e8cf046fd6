/**
 * pnpm bench:audit [--screenings 300] [--rows 2000] [--verify 1000000]
 * Audit write overhead, same process, same Redis (REDIS_URL), ratios against a baseline run in the same process:
 *  - per screening: matching + rules (sample list) vs the same plus one chained audit append (one round trip);
 *  - per batch row: screening a chunk of rows vs the same plus the chunk's row events appended in one call;
 *  - audit:verify over N events: an export of N chained events written to a temp dir, verified by the CLI code path.
 * The machine is shared: figures are noisy, the ratios are what to read.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { AuditStore, chain, GENESIS, openRedis, type ChainHead } from '../packages/queue/src/index';
import { ScreeningRequestSchema, type AuditEventDraft } from '../packages/schemas/src/index';
import { loadList, SAMPLE_LIST_PATH } from '../packages/watchlists/src/index';
import { entryFor } from '../services/worker/src/catalog';
import { runScreening } from '../services/worker/src/screening';
import { screeningEvent } from '../services/worker/src/analyst';

const { values } = parseArgs({ options: { screenings: { type: 'string', default: '300' }, rows: { type: 'string', default: '2000' }, verify: { type: 'string', default: '1000000' } } });
const N = Number(values.screenings);
const ROWS = Number(values.rows);
const V = Number(values.verify);

async function main() {
  const list = await loadList('sample', SAMPLE_LIST_PATH);
  const catalog = { entries: new Map([[list.source, entryFor(list)]]) };
  const ctx = { catalog, defaultThreshold: 0.77, now: () => new Date() };
  const redis = openRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const prefix = `bench-audit-${process.pid}`;
  const store = new AuditStore(redis, prefix);
  const names = ['Acme Trading GmbH', 'Mahan Air', 'Evgeny Prigozhin', 'Global Logistics FZE', 'Rostec', 'Nordic Timber AB'];
  const req = (i: number) => ScreeningRequestSchema.parse({ parties: [{ role: 'buyer', name: names[i % names.length], type: 'organization' }, { role: 'seller', name: `Seller ${i} Ltd`, type: 'organization' }] });
  const deps = { storeInput: false };

  const time = async (f: () => Promise<void>) => { const t = process.hrtime.bigint(); await f(); return Number(process.hrtime.bigint() - t) / 1e6; };
  for (let i = 0; i < 50; i++) runScreening('w', req(i), ctx); // warm-up
  const base = await time(async () => { for (let i = 0; i < N; i++) runScreening(`s${i}`, req(i), ctx); });
  const withAudit = await time(async () => {
    for (let i = 0; i < N; i++) {
      const r = runScreening(`s${i}`, req(i), ctx);
      await store.append('bench', [screeningEvent(deps, { type: 'screening', tenant: 'bench', actor: 'bench', input: req(i), result: r, subject: { screeningId: r.id } })]);
    }
  });
  console.log(`per screening: ${(base / N).toFixed(3)} ms without audit, ${(withAudit / N).toFixed(3)} ms with one audit append → overhead ${((withAudit - base) / N).toFixed(3)} ms (ratio ${(withAudit / base).toFixed(3)})`);

  const rowReq = (i: number) => ScreeningRequestSchema.parse({ parties: [{ role: 'counterparty', name: names[i % names.length] + (i % 3 ? ` ${i}` : ''), type: 'unknown' }], options: { limit: 3 } });
  const rowsBase = await time(async () => { for (let i = 0; i < ROWS; i++) runScreening('row', rowReq(i), ctx); });
  const rowsAudit = await time(async () => {
    for (let c = 0; c < ROWS; c += 500) {
      const events: AuditEventDraft[] = [];
      for (let i = c; i < Math.min(ROWS, c + 500); i++) {
        const r = runScreening('row', rowReq(i), ctx);
        events.push(screeningEvent(deps, { type: 'batch-row', tenant: 'bench', actor: 'bench', input: rowReq(i).parties[0], result: r, subject: { batchId: 'b', row: i + 1 }, parties: [0] }));
      }
      await store.append('bench', events);
    }
  });
  console.log(`per batch row: ${(rowsBase / ROWS).toFixed(3)} ms without audit, ${(rowsAudit / ROWS).toFixed(3)} ms with the chunk's events (500 per append) → overhead ${((rowsAudit - rowsBase) / ROWS).toFixed(3)} ms (ratio ${(rowsAudit / rowsBase).toFixed(3)})`);
  let cursor = '0';
  do { const [n, keys] = await (redis as import('ioredis').Redis).scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000); cursor = n; if (keys.length) await redis.unlink(...keys); } while (cursor !== '0');
  redis.disconnect();

  // verify N events: an export (daily files + heads) of N chained events of the shape a batch row writes
  const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  mkdirSync(join(dir, 'bench'));
  const sample = screeningEvent(deps, { type: 'batch-row', tenant: 'bench', actor: 'bench', input: rowReq(1).parties[0], result: runScreening('row', rowReq(1), ctx), subject: { batchId: 'b', row: 1 }, parties: [0] });
  let head: ChainHead = { seq: 0, hash: GENESIS };
  const out = createWriteStream(join(dir, 'bench', '2026-12-02.ndjson'));
  const genStart = Date.now();
  for (let i = 0; i < V; i += 10_000) {
    const drafts = Array.from({ length: Math.min(10_000, V - i) }, (_, k) => ({ ...sample, subject: { batchId: 'b', row: i + k + 1 } }));
    const events = chain(head, drafts);
    head = { seq: events.at(-1)!.seq, hash: events.at(-1)!.hash };
    if (!out.write(events.map((e) => JSON.stringify(e)).join('\n') + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  writeFileSync(join(dir, 'bench', '2026-12-02.head.json'), JSON.stringify({ tenant: 'bench', date: '2026-12-02', events: V, head }));
  console.log(`generated and chained ${V} events in ${((Date.now() - genStart) / 1000).toFixed(1)} s`);
  const t = Date.now();
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(__dirname, 'audit.ts'), 'verify', '--dir', dir], { encoding: 'utf8' });
  console.log(`audit:verify --dir over ${V} events: ${((Date.now() - t) / 1000).toFixed(1)} s (exit ${r.status}) ${r.stdout.trim()}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
