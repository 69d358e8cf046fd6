// Zero-dependency helpers for the two README commands (they run before any dependency is installed).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '12.4.2';

const say = (msg) => console.log(`\x1b[36m[setup]\x1b[0m ${msg}`);

function pnpmVersion(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** pnpm at the pinned version: the one on PATH if it matches, else a private copy under .data/tools. */
export function ensurePnpm() {
  if (pnpmVersion('pnpm') === PNPM_VERSION) return 'pnpm';
  const local = join(ROOT, '.data/tools/node_modules/.bin/pnpm');
  if (existsSync(local) && pnpmVersion(local) === PNPM_VERSION) return local;
  say(`installing pnpm ${PNPM_VERSION} into .data/tools (once)…`);
  mkdirSync(join(ROOT, '.data/tools'), { recursive: true });
  execFileSync('npm', ['install', '--prefix', join(ROOT, '.data/tools'), '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (pnpmVersion(local) !== PNPM_VERSION) throw new Error(`could not install pnpm ${PNPM_VERSION}`);
  return local;
}

/** Installs the dependencies when node_modules is missing or older than the lockfile. */
export function ensureDeps(pnpm) {
  const marker = join(ROOT, 'node_modules/.modules.yaml');
  const lock = join(ROOT, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (pnpm install --frozen-lockfile)…');
  execFileSync(pnpm, ['install', '--frozen-lockfile'], { cwd: ROOT, stdio: 'inherit' });
}

/** Resolves true when something answers Redis PING at the URL. */
export function redisAnswers(url, timeoutMs = 800) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const sock = net.connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => {
      if (u.password) sock.write(`AUTH ${decodeURIComponent(u.password)}\r\n`);
      sock.write('PING\r\n');
    });
    sock.on('data', (d) => done(/PONG/.test(d.toString())));
  });
}

export function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts a private redis-server on a port and returns a stop function. `persistent` keeps data under
 * .data/redis with AOF on (pnpm start); otherwise nothing is written to disk (tests).
 */
export async function startRedis(port, { persistent }) {
  const dir = join(ROOT, persistent ? '.data/redis' : `.data/redis-test-${port}`);
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--maxmemory-policy', 'noeviction'];
  args.push(...(persistent ? ['--appendonly', 'yes', '--save', ''] : ['--appendonly', 'no', '--save', '']));
  const child = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await redisAnswers(url))) throw new Error(`redis-server did not start on port ${port}`);
  say(`started a private Redis on ${url}${persistent ? ' (data in .data/redis, AOF on)' : ''}`);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export const REDIS_HELP = `No Redis answers and redis-server is not installed. Get one of:
  - Debian/Ubuntu: sudo apt-get install -y redis-server
  - macOS:         brew install redis
  - or point REDIS_URL at a running Redis (7.x), e.g. REDIS_URL=redis://host:6379`;

/**
 * The environment for a test run: REDIS_URL if a Redis answers there (default 127.0.0.1:6379), else a throwaway
 * redis-server on a free port (exits with REDIS_HELP when there is none to start); `stop` ends the throwaway one.
 */
export async function testRedisEnv() {
  const env = { ...process.env, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  let redis;
  if (!(await redisAnswers(env.REDIS_URL))) {
    if (!hasCommand('redis-server')) {
      console.error(REDIS_HELP);
      process.exit(1);
    }
    redis = await startRedis(await freePort(), { persistent: false });
    env.REDIS_URL = redis.url;
  }
  return { env, stop: async () => redis?.stop() };
}
