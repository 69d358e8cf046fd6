import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditStore, ChainVerifier, GENESIS, canonicalJson, eventHash } from '@screening/queue';
import type { AuditEvent, AuditEventDraft } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testPrefix, waitFor } from '@screening/testkit';
import { Redis } from 'ioredis';
import { ownRedis } from '@screening/testkit';

jest.setTimeout(60_000);
const ROOT = join(__dirname, '..', '..', '..');

const draft = (tenant: string, i: number, at = new Date().toISOString()): AuditEventDraft => ({
  at, type: 'screening', tenant, actor: 'alice', subject: { screeningId: `scr-${i}` }, inputHash: 'ab'.repeat(32), fingerprints: [`${String(i % 3).repeat(32)}`], result: { decision: 'clear', n: i },
});

function cli(prefix: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'scripts/audit.ts'), ...args], {
    cwd: ROOT, env: { ...process.env, REDIS_URL, REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }, encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function all(store: AuditStore, tenant: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const page of store.read(tenant)) out.push(...page);
  return out;
}

describe('the hash-chained audit trail (real Redis)', () => {
  const prefix = testPrefix('audit');
  let redis: Redis;
  beforeAll(async () => {
    await assertRedis();
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    redis?.disconnect();
    await cleanupPrefix(prefix);
  });

  it('when events are appended, then each hash is SHA-256(prevHash + canonical JSON without hash), starting from 64 zeros', async () => {
    const store = new AuditStore(redis, prefix);
    const [first, second] = await store.append('t1', [draft('t1', 1), draft('t1', 2)]);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    const { hash, ...rest } = second!;
    expect(hash).toBe(require('node:crypto').createHash('sha256').update(first!.hash + canonicalJson(rest)).digest('hex'));
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"z":1}]},"b":1}');
    expect(eventHash(rest)).toBe(hash);
  });

  it('when many writers (separate connections and stores) append to one tenant at once, then the chain never forks', async () => {
    const writers = Array.from({ length: 6 }, () => new AuditStore(new Redis(REDIS_URL), prefix));
    await Promise.all(writers.map(async (w, k) => { for (let i = 0; i < 15; i++) await w.append('t2', [draft('t2', k * 100 + i), draft('t2', k * 100 + i + 50)]); }));
    const events = await all(new AuditStore(redis, prefix), 't2');
    expect(events).toHaveLength(6 * 15 * 2);
    const v = new ChainVerifier();
    events.forEach((e) => v.add(e));
    expect(v.problems).toEqual([]);
    expect(await new AuditStore(redis, prefix).head('t2')).toEqual(v.head);
    for (const w of writers) (w as unknown as { redis: Redis }).redis.disconnect();
  });

  it('when one store gets many appends of a tenant at once (a worker\'s concurrent jobs), then they are group-committed: each caller gets its own events in order, the chain verifies, and far fewer script calls run than appends', async () => {
    const conn = new Redis(REDIS_URL);
    const monitor = await conn.monitor(); // a connection of its own (ioredis duplicates `conn` for MONITOR)
    const calls: string[][] = [];
    // MONITOR lines arrive after the replies, in the order Redis ran the commands: once a command sent after some
    // others has been seen, all of them have been seen too (however late the lines come on a loaded machine)
    const fences = new Set<string>();
    const seenUpToHere = async (fence: string) => {
      await conn.echo(`fence-${prefix}-${fence}`);
      await waitFor(() => fences.has(`fence-${prefix}-${fence}`), `the ${fence} fence through MONITOR`, 30_000, 10);
    };
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (/^echo$/i.test(args[0] ?? '')) fences.add(args[1] ?? '');
      if (/^evalsha$|^eval$/i.test(args[0] ?? '') && args.some((a) => a.startsWith(`${prefix}:audit:{t5}:head`))) calls.push(args);
    });
    try {
      const store = new AuditStore(conn, prefix);
      await store.append('t5', [draft('t5', 0)]); // the head is known from here on
      await seenUpToHere('first');
      const before = calls.length;
      const out = await Promise.all(Array.from({ length: 20 }, (_, k) => store.append('t5', [draft('t5', 100 + k), draft('t5', 200 + k)])));
      await seenUpToHere('last');
      out.forEach((events, k) => expect(events.map((e) => e.subject)).toEqual([{ screeningId: `scr-${100 + k}` }, { screeningId: `scr-${200 + k}` }]));
      const events = await all(store, 't5');
      expect(events).toHaveLength(41);
      const v = new ChainVerifier();
      events.forEach((e) => v.add(e));
      expect(v.problems).toEqual([]);
      expect(calls.length - before).toBeGreaterThanOrEqual(1);
      expect(calls.length - before).toBeLessThanOrEqual(2);
    } finally {
      monitor.disconnect();
      conn.disconnect();
    }
  });

  it('when an event is modified or removed in Redis, then audit:verify fails and names it; an intact chain passes', async () => {
    const store = new AuditStore(redis, prefix);
    await store.append('t3', Array.from({ length: 5 }, (_, i) => draft('t3', i)));
    expect(cli(prefix, 'verify', '--tenant', 't3')).toMatchObject({ status: 0, out: expect.stringContaining('t3: 5 events, chain intact') });
    // tamper: rewrite the stream with event 3's decision changed (same ids, same hash fields)
    const key = store.key('t3', 'events');
    const rows = await redis.xrange(key, '-', '+');
    await redis.del(key);
    for (const [id, f] of rows) {
      const e = JSON.parse(f[1]!) as AuditEvent;
      if (e.seq === 3) e.result = { ...e.result, decision: 'block' };
      await redis.xadd(key, id, 'e', JSON.stringify(e));
    }
    const modified = cli(prefix, 'verify', '--tenant', 't3');
    expect(modified.status).toBe(1);
    expect(modified.out).toMatch(/seq 3: hash does not match the content/);
    // removal of a middle event breaks the link
    await redis.xdel(key, rows[1]![0]);
    expect(cli(prefix, 'verify', '--tenant', 't3').out).toMatch(/seq 3: expected seq 2/);
  });

  it('when the trail is exported to daily files, then verifying the export round-trips, and a changed line fails', async () => {
    const store = new AuditStore(redis, prefix);
    await store.append('t4', [draft('t4', 1, '2026-11-30T23:59:00.000Z'), draft('t4', 2, '2026-12-01T00:00:01.000Z'), draft('t4', 3, '2026-12-01T08:00:00.000Z')]);
    const dir = mkdtempSync(join(tmpdir(), 'audit-export-'));
    try {
      expect(cli(prefix, 'export', '--to', dir, '--tenant', 't4').status).toBe(0);
      expect(readdirSync(join(dir, 't4')).sort()).toEqual(['2026-11-30.head.json', '2026-11-30.ndjson', '2026-12-01.head.json', '2026-12-01.ndjson']);
      expect(JSON.parse(readFileSync(join(dir, 't4', '2026-12-01.head.json'), 'utf8'))).toMatchObject({ events: 2, head: await store.head('t4') });
      expect(cli(prefix, 'verify', '--dir', dir)).toMatchObject({ status: 0, out: expect.stringContaining('t4: 3 events, chain intact') });
      const f = join(dir, 't4', '2026-12-01.ndjson');
      require('node:fs').writeFileSync(f, readFileSync(f, 'utf8').replace('"actor":"alice"', '"actor":"mallory"'));
      expect(cli(prefix, 'verify', '--dir', dir).status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when Redis (appendonly yes) restarts, then the audit events and the head survive and still verify', async () => {
    const own = await ownRedis();
    try {
      await own.start();
      const conn = new Redis(own.url);
      await new AuditStore(conn, 'aof').append('t5', Array.from({ length: 20 }, (_, i) => draft('t5', i)));
      const before = await new AuditStore(conn, 'aof').head('t5');
      conn.disconnect();
      await own.stop();
      await own.start();
      const again = new Redis(own.url);
      const store = new AuditStore(again, 'aof');
      const v = new ChainVerifier();
      (await all(store, 't5')).forEach((e) => v.add(e));
      expect(v.count).toBe(20);
      expect(v.problems).toEqual([]);
      expect(await store.head('t5')).toEqual(before);
      again.disconnect();
    } finally {
      await own.destroy();
    }
  });
});
