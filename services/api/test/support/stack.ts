import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ApiDeps, createApp, createDeps } from '../../src/app';
import { type Config, createLogger } from '@screening/runtime';
import { startWorkerApp, type WorkerApp } from '@screening/worker';
import type { Express } from 'express';
import { cleanupPrefix, testConfig, waitFor } from '@screening/testkit';

export interface TestStack {
  config: Config;
  app: Express;
  deps: ApiDeps;
  worker?: WorkerApp;
  close: () => Promise<void>;
}

/**
 * The API (in-process, for supertest) and optionally a worker in the same process, on a real Redis under a
 * fresh prefix. `close()` stops both and deletes the prefix's keys.
 */
export async function startStack(env: Record<string, string> = {}, opts: { worker?: boolean } = {}): Promise<TestStack> {
  const config = testConfig(env);
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'test' });
  const deps = await createDeps(config, logger);
  const app = createApp(deps);
  const worker = opts.worker === false ? undefined : await startWorkerApp(config, logger);
  if (worker) await waitFor(async () => (await deps.registry.current()).workers > 0, 'worker heartbeat');
  return {
    config,
    app,
    deps,
    ...(worker ? { worker } : {}),
    close: async () => {
      await worker?.close();
      await deps.close();
      await cleanupPrefix(config.REDIS_PREFIX);
    },
  };
}

/** The app on a real loopback port (for tests that stream request bodies, which supertest cannot); `close` ends it. */
export async function listenOnLoopback(app: Express): Promise<{ port: number; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
