import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingRedis } from '@screening/queue';
import { waitFor } from './index';

export interface OwnRedis {
  url: string;
  port: number;
  start: () => Promise<void>;
  /** SHUTDOWN (the AOF keeps the data, as in docker/redis.conf) */
  stop: () => Promise<void>;
  destroy: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

/** A private redis-server on a free port (never the shared one on 6379), which a test may stop and restart. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'own-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const start = async () => {
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'yes', '--pidfile', join(dir, 'redis.pid'), '--logfile', join(dir, 'redis.log')], { stdio: 'ignore' });
    await waitFor(() => pingRedis(url, 200), `redis-server on port ${port}`, 5000, 50);
  };
  const stop = async () => {
    try {
      execFileSync('redis-cli', ['-p', String(port), 'shutdown'], { stdio: 'ignore' });
    } catch {
      // redis-cli reports the dropped connection of a successful SHUTDOWN as an error
    }
    await waitFor(async () => !(await pingRedis(url, 200)), `redis-server on port ${port} to stop`, 5000, 50);
  };
  return {
    url,
    port,
    start,
    stop,
    destroy: async () => {
      if (await pingRedis(url, 200)) await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
