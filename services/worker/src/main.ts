import { createLogger, loadConfigOrExit, setHeapGrowth, registerShutdown } from '@screening/runtime';
import { startWorkerApp } from './worker-app';

async function main() {
  const config = loadConfigOrExit('worker');
  setHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  // stopped while still starting (loading lists, building the index, waiting for Redis): no job is held yet
  // (a job taken in the last moment is only locked, and another worker takes it when the lock expires), so exit at once
  const whileStarting = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopped while starting');
    process.exit(0);
  };
  process.once('SIGTERM', whileStarting);
  process.once('SIGINT', whileStarting);
  try {
    const app = await startWorkerApp(config, logger);
    process.off('SIGTERM', whileStarting);
    process.off('SIGINT', whileStarting);
    registerShutdown([{ name: 'worker', run: app.close }], { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
  } catch (err) {
    logger.fatal({ err: (err as Error).message }, 'worker failed to start');
    process.exit(1);
  }
}

void main();
