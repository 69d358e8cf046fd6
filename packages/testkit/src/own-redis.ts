import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingRedis } from '@screening/queue';
import { waitFor } from './index';

export interface OwnRedis {
  url: string;
  port: number;
  /** starts it (nothing to do while it runs); resolves once it answers PING */
  start: () => Promise<void>;
  /** SHUTDOWN (the AOF keeps the data, as in docker/redis.conf); nothing to do when it is down. Resolves once its port refuses connections */
  stop: () => Promise<void>;
  /** whether its port accepts connections (a server starting up, answering or shutting down) */
  listening: () => Promise<boolean>;
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

/**
 * Whether something accepts TCP connections on a local port. A definite answer either way (the kernel accepts for a
 * listening socket however busy its process is, and refuses once it is closed): unlike a PING with a short timeout,
 * which on a loaded machine also fails for a server that is merely slow, and so cannot tell "stopped" from "busy".
 */
export function portListening(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNREFUSED' ? resolve(false) : reject(err)));
  });
}

/** A private redis-server on a free port (never the shared one on 6379), which a test may stop and restart. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'own-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const listening = () => portListening(port);
  // generous waits: starting (AOF load) and stopping take their time on a loaded machine; neither is timed by a test
  const start = async () => {
    if (await pingRedis(url, 1000)) return;
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'yes', '--pidfile', join(dir, 'redis.pid'), '--logfile', join(dir, 'redis.log')], { stdio: 'ignore' });
    await waitFor(() => pingRedis(url, 1000), `redis-server on port ${port}`, 30_000, 50);
  };
  const stop = async () => {
    if (!(await listening())) return;
    try {
      execFileSync('redis-cli', ['-p', String(port), 'shutdown'], { stdio: 'ignore' });
    } catch {
      // redis-cli reports the dropped connection of a successful SHUTDOWN as an error
    }
    await waitFor(async () => !(await listening()), `redis-server on port ${port} to stop`, 30_000, 50);
  };
  return {
    url,
    port,
    start,
    stop,
    listening,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
