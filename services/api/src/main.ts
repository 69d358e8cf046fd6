import { createLogger, loadConfigOrExit, setHeapGrowth, MIN_API_KEY_LENGTH, registerShutdown } from '@screening/runtime';
import { createApp } from './app';
import { createDeps } from './deps';
import { analystApi } from './use-cases/analyst-deps';
import { recordConfig } from './use-cases/records';
import { answerClientErrors, apiShutdownSteps } from './server-lifecycle';

async function main() {
  const config = loadConfigOrExit('api');
  setHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'api' });
  if (config.API_KEYS.length === 0) logger.warn('API_KEYS is not set: authentication is OFF (development only)');
  const short = config.API_KEYS.filter((k) => k.key.length < MIN_API_KEY_LENGTH).length;
  if (short) logger.warn({ keys: short }, `API_KEYS holds keys shorter than ${MIN_API_KEY_LENGTH} characters: production refuses them`);
  const deps = await createDeps(config, logger);
  const app = createApp(deps);
  await recordConfig(analystApi(deps), deps.redis, config).catch((err) => logger.warn({ err: (err as Error).message }, 'configuration change not recorded in the audit trail'));
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ url: `http://${config.HOST}:${config.PORT}` }, `screening API listening on http://${config.HOST}:${config.PORT} (docs: /docs)`);
  });
  answerClientErrors(server);
  server.on('error', (err) => {
    logger.fatal({ err: err.message }, 'cannot listen');
    process.exit(1);
  });
  registerShutdown(
    apiShutdownSteps(server, deps),
    { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger },
  );
}

void main();
