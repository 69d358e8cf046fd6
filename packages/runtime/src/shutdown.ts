import type { Logger } from 'pino';

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/**
 * Runs the steps in order on SIGTERM/SIGINT (idempotent on a second signal); every step runs even if an
 * earlier one fails; the whole sequence is bounded by `timeoutMs`.
 */
export function registerShutdown(steps: ShutdownStep[], opts: { timeoutMs: number; logger: Logger; exit?: boolean }) {
  let running: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    if (running) return running;
    const started = Date.now();
    opts.logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      opts.logger.error({ timeoutMs: opts.timeoutMs }, 'shutdown timed out, exiting');
      process.exit(1);
    }, opts.timeoutMs + 2000);
    timer.unref();
    running = (async () => {
      let failed = false;
      for (const step of steps) {
        try {
          await step.run();
        } catch (err) {
          failed = true;
          opts.logger.error({ err, step: step.name }, 'shutdown step failed');
        }
      }
      opts.logger.info({ ms: Date.now() - started }, 'shutdown complete');
      if (opts.exit !== false) process.exit(failed ? 1 : 0);
    })();
    return running;
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return shutdown;
}
