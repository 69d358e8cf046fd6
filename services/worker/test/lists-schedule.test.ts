import { workerConnection } from '@screening/queue';
import { createLogger } from '@screening/runtime';
import { ListQueueNames } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testConfig, WATCHLISTS } from '@screening/testkit';
import { Queue } from 'bullmq';
import { startWorkerApp } from '../src/worker-app';

describe('repeatable list jobs from config', () => {
  beforeAll(() => assertRedis());

  it('when the full re-screening and the refresh have intervals, then schedulers exist; a restart keeps them, and 0 removes them', async () => {
    const env = { SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, MONITOR_RESCREEN_EVERY_MS: '3600000', LISTS_REFRESH_EVERY_MS: '7200000' };
    const config = testConfig(env);
    const logger = createLogger({ level: 'silent', name: 'test' });
    const redis = workerConnection(REDIS_URL);
    const monitorQ = new Queue(ListQueueNames.monitor, { connection: redis, prefix: config.REDIS_PREFIX });
    const refreshQ = new Queue(ListQueueNames.refresh, { connection: redis, prefix: config.REDIS_PREFIX });
    try {
      await (await startWorkerApp(config, logger)).close();
      expect(await monitorQ.getJobScheduler('rescreen-full-every')).toMatchObject({ every: 3600000 });
      expect(await refreshQ.getJobScheduler('refresh-every')).toMatchObject({ every: 7200000 });
      const next = (await monitorQ.getJobScheduler('rescreen-full-every'))!.next;
      await (await startWorkerApp(config, logger)).close();
      expect((await monitorQ.getJobScheduler('rescreen-full-every'))!.next).toBe(next);
      await (await startWorkerApp({ ...config, MONITOR_RESCREEN_EVERY_MS: 0, LISTS_REFRESH_EVERY_MS: 0 }, logger)).close();
      expect(await monitorQ.getJobScheduler('rescreen-full-every')).toBeUndefined();
      expect(await refreshQ.getJobScheduler('refresh-every')).toBeUndefined();
    } finally {
      await monitorQ.close();
      await refreshQ.close();
      redis.disconnect();
      await cleanupPrefix(config.REDIS_PREFIX);
    }
  });
});
