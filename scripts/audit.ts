/**
 * pnpm audit:verify [--tenant T] [--dir DIR]     verifies the hash chains in Redis (every tenant, or one), or an export
 * pnpm audit:export --to DIR [--tenant T]        writes DIR/<tenant>/<YYYY-MM-DD>.ndjson (the day's events, in order)
 *                                                and DIR/<tenant>/<YYYY-MM-DD>.head.json (the chain head at the end of the day)
 *
 * A chain verifies when every event follows the previous one (seq + 1, prevHash = its hash) and its hash is the
 * SHA-256 of prevHash + its canonical JSON without `hash`; in Redis the last event must also be the stored head
 * (so a removed last event is found too). Exit 0 = intact, 1 = a problem (listed), 2 = usage. Uses REDIS_URL/REDIS_PREFIX.
 */
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AuditStore, ChainVerifier, producerConnection, type ChainHead } from '../packages/queue/src/index';
import { loadConfigOrExit } from '../packages/runtime/src/index';
import type { AuditEvent } from '../packages/schemas/src/index';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) fail(`--${a.slice(2)} needs a value`);
    out[a.slice(2)] = v!;
    i++;
  }
  return out;
}

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

function report(tenant: string, v: ChainVerifier, extra: string[] = []): boolean {
  const problems = [...v.problems.map((p) => `seq ${p.seq}: ${p.problem}`), ...extra];
  if (!problems.length) console.log(`${tenant}: ${v.count} events, chain intact, head ${v.head.seq} ${v.head.hash}`);
  else {
    console.log(`${tenant}: ${v.count} events, ${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
  }
  return problems.length === 0;
}

async function verifyRedis(store: AuditStore, only?: string): Promise<boolean> {
  const tenants = only ? [only] : await store.tenants();
  let ok = true;
  for (const tenant of tenants) {
    const v = new ChainVerifier();
    for await (const page of store.read(tenant, { page: 5000 })) for (const e of page) v.add(e);
    const head = await store.head(tenant);
    const extra = head.seq !== v.head.seq || head.hash !== v.head.hash ? [`the stored head is seq ${head.seq} but the events end at seq ${v.head.seq} (events were removed or added)`] : [];
    ok = report(tenant, v, extra) && ok;
  }
  if (!tenants.length) console.log('no audit chain in Redis');
  return ok;
}

async function* lines(file: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) yield line;
}

async function verifyDir(dir: string, only?: string): Promise<boolean> {
  const tenants = only ? [only] : readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  let ok = true;
  for (const tenant of tenants) {
    const days = readdirSync(join(dir, tenant)).filter((f) => /^\d{4}-\d{2}-\d{2}\.ndjson$/.test(f)).sort();
    const v = new ChainVerifier();
    const extra: string[] = [];
    for (const day of days) {
      for await (const line of lines(join(dir, tenant, day))) v.add(JSON.parse(line) as AuditEvent);
      const head = JSON.parse(readFileSync(join(dir, tenant, day.replace('.ndjson', '.head.json')), 'utf8')) as { head: ChainHead };
      if (head.head.seq !== v.head.seq || head.head.hash !== v.head.hash) extra.push(`${day}: the day's recorded head (seq ${head.head.seq}) is not where its events end (seq ${v.head.seq})`);
    }
    ok = report(tenant, v, extra) && ok;
  }
  return ok;
}

async function exportTo(store: AuditStore, dir: string, only?: string): Promise<void> {
  for (const tenant of only ? [only] : await store.tenants()) {
    mkdirSync(join(dir, tenant), { recursive: true });
    let day = '';
    let out: ReturnType<typeof createWriteStream> | undefined;
    let count = 0;
    let last: AuditEvent | undefined;
    const close = async () => {
      if (!out || !last) return;
      await new Promise((r) => out!.end(r));
      writeFileSync(join(dir, tenant, `${day}.head.json`), `${JSON.stringify({ tenant, date: day, events: count, head: { seq: last.seq, hash: last.hash } }, null, 2)}\n`);
    };
    for await (const page of store.read(tenant, { page: 5000 })) {
      for (const e of page) {
        const d = e.at.slice(0, 10);
        if (d !== day) {
          await close();
          day = d;
          count = 0;
          out = createWriteStream(join(dir, tenant, `${day}.ndjson`));
        }
        if (!out!.write(`${JSON.stringify(e)}\n`)) await new Promise((r) => out!.once('drain', r));
        count++;
        last = e;
      }
    }
    await close();
    console.log(`${tenant}: exported up to seq ${last?.seq ?? 0} into ${join(dir, tenant)}`);
  }
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const a = args(rest);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (cmd === 'verify' && a.dir) process.exit((await verifyDir(resolve(cwd, a.dir), a.tenant)) ? 0 : 1);
  const config = loadConfigOrExit('audit');
  const redis = producerConnection(config, { enableOfflineQueue: true });
  const store = new AuditStore(redis, config.REDIS_PREFIX);
  try {
    if (cmd === 'verify') process.exitCode = (await verifyRedis(store, a.tenant)) ? 0 : 1;
    else if (cmd === 'export') {
      if (!a.to) fail('usage: pnpm audit:export --to <dir> [--tenant T]');
      await exportTo(store, resolve(cwd, a.to), a.tenant);
    } else fail('usage: pnpm audit:verify [--tenant T] [--dir DIR] | pnpm audit:export --to DIR [--tenant T]');
  } finally {
    redis.disconnect();
  }
}

void main();
