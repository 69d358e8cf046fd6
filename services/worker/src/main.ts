import { createLogger, loadConfigOrExit, registerShutdown } from '@screening/runtime';
import { startWorkerApp } from './worker-app';

async function main() {
  const config = loadConfigOrExit('worker');
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  try {
    const app = await startWorkerApp(config, logger);
    registerShutdown([{ name: 'worker', run: app.close }], { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
  } catch (err) {
    logger.fatal({ err: (err as Error).message }, 'worker failed to start');
    process.exit(1);
  }
}

void main();
