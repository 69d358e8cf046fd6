import { randomBytes } from 'node:crypto';
import { allQueueNames } from '@screening/schemas';
import { assertRedis, REDIS_URL, WATCHLISTS } from '@screening/testkit';
import { Redis } from 'ioredis';
import request from 'supertest';
import { startStack } from './support/stack';

describe('Redis Cluster compatibility of keys', () => {
  it('when every queue name is checked, then it is kebab-case without ":" or braces (so a hash tag can wrap it)', () => {
    for (const name of allQueueNames) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('when the prefix is a hash tag, then every key the API and worker write carries it (one slot per deployment)', async () => {
    await assertRedis();
    const tag = `t-slot-${randomBytes(4).toString('hex')}`;
    const stack = await startStack({ REDIS_PREFIX: `{${tag}}`, SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, METRICS_PUBLISH_INTERVAL_MS: '200' });
    const redis = new Redis(REDIS_URL);
    try {
      await request(stack.app).post('/v1/match').send({ entity: { name: 'Dmitry Khoroshev' } }).expect(200);
      await request(stack.app).post('/v1/screenings').send({ parties: [{ role: 'buyer', name: 'Dmitry Khoroshev' }] }).expect(200);
      await request(stack.app).get('/metrics').expect(200);
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `*${tag}*`, 'COUNT', 1000);
        cursor = next;
        keys.push(...found);
      } while (cursor !== '0');
      expect(keys.length).toBeGreaterThan(5);
      // Redis Cluster hashes only the first {...} of a key: it must be the prefix for every key
      for (const k of keys) expect(/\{([^}]*)\}/.exec(k)?.[1]).toBe(tag);
    } finally {
      redis.disconnect();
      await stack.close();
    }
  });
});
