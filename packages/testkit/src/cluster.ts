import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pingRedis } from '@screening/queue';
import { portListening } from './own-redis';

const run = promisify(execFile);

/** A real Redis Cluster of local `redis-server` masters (no replicas) in a temp dir, for tests and benches. */
export interface LocalCluster {
  /** the seeds as REDIS_CLUSTER_NODES wants them */
  nodes: string;
  ports: number[];
  /** the port of the master that owns the slot of `key` (e.g. a hash tag `{x}`) */
  ownerOf: (key: string) => Promise<number>;
  /** SHUTDOWN one master (its AOF and nodes.conf stay) */
  stop: (port: number) => Promise<void>;
  /** starts it again from its AOF; resolves once the cluster reports ok */
  start: (port: number) => Promise<void>;
  destroy: () => Promise<void>;
}

/** Whether `redis-server` and `redis-cli` are installed (the cluster tests are skipped, loudly, without them). */
export function hasRedisServer(): boolean {
  return ['redis-server', 'redis-cli'].every((b) => spawnSync(b, ['--version'], { stdio: 'ignore' }).status === 0);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A port whose cluster bus port (+10000) is free too. */
async function clusterPort(taken: Set<number>): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const p = 20_000 + Math.floor(Math.random() * 20_000);
    if (!taken.has(p) && (await portFree(p)) && (await portFree(p + 10_000))) return p;
  }
  throw new Error('no free port pair for a cluster node');
}

async function until(probe: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const cli = async (port: number, ...args: string[]) => (await run('redis-cli', ['-p', String(port), ...args])).stdout;

/**
 * Starts `masters` redis-server processes with `--cluster-enabled yes --appendonly yes` on free ports and joins
 * them with `redis-cli --cluster create … --cluster-replicas 0`; resolves once every node reports `cluster_state:ok`.
 */
export async function startLocalCluster(masters = 3, opts: { nodeTimeoutMs?: number } = {}): Promise<LocalCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-cluster-'));
  const taken = new Set<number>();
  const ports: number[] = [];
  for (let i = 0; i < masters; i++) {
    const p = await clusterPort(taken);
    taken.add(p);
    ports.push(p);
  }
  const start = async (port: number) => {
    const d = join(dir, String(port));
    mkdirSync(d, { recursive: true });
    await run('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', d, '--daemonize', 'yes',
      '--pidfile', join(d, 'redis.pid'), '--logfile', join(d, 'redis.log'),
      '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', String(opts.nodeTimeoutMs ?? 2000),
      '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction',
    ]);
    await until(() => pingRedis(`redis://127.0.0.1:${port}`, 1000), `redis-server on port ${port}`, 60_000);
  };
  const healthy = async () => {
    for (const p of ports) if (!/cluster_state:ok/.test(await cli(p, 'cluster', 'info'))) return false;
    return true;
  };
  const stop = async (port: number) => {
    await cli(port, 'shutdown').catch(() => undefined); // the dropped connection of a successful SHUTDOWN is an "error"
    // stopped = its port refuses connections (a PING timing out may be a busy server still shutting down, and a
    // server started again on the port meanwhile would fail to bind and leave the cluster without this master)
    await until(async () => !(await portListening(port)), `redis-server on port ${port} to stop`, 60_000);
  };
  try {
    await Promise.all(ports.map(start));
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await until(healthy, 'the cluster to report ok', 60_000);
  } catch (err) {
    for (const p of ports) await stop(p).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    nodes: ports.map((p) => `127.0.0.1:${p}`).join(','),
    ports,
    ownerOf: async (key: string) => {
      const slot = Number((await cli(ports[0]!, 'cluster', 'keyslot', key)).trim());
      // CLUSTER NODES: `<id> <ip:port@bus> <flags> <master> … connected <from>-<to> …` per node
      for (const line of (await cli(ports[0]!, 'cluster', 'nodes')).split('\n')) {
        const f = line.trim().split(' ');
        const port = Number(/:(\d+)@/.exec(f[1] ?? '')?.[1]);
        for (const r of f.slice(8)) {
          const [a, b = a] = r.split('-').map(Number);
          if (slot >= a! && slot <= b!) return port;
        }
      }
      throw new Error(`no master serves slot ${slot}`);
    },
    stop,
    start: async (port: number) => {
      await start(port);
      await until(healthy, 'the cluster to report ok again', 60_000);
    },
    destroy: async () => {
      for (const p of ports) await stop(p).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
