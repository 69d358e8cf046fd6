import { Writable } from 'node:stream';
import { createLogger } from '@screening/runtime';
import { assertRedis, cleanupPrefix, testConfig } from '@screening/testkit';
import request from 'supertest';
import { AUTH_OFF_WARNING, createApp, createDeps } from '../src/app';
import { escapeFormula } from '../src/uploads/batch-results-format';
import { keyLookup } from '../src/middleware/auth';

/** An API (no worker) whose JSON log lines are kept. */
async function apiWithLog(env: Record<string, string>) {
  const config = testConfig({ LOG_LEVEL: 'info', ...env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const deps = await createDeps(config, createLogger({ level: 'info', name: 'test' }, sink));
  return { app: createApp(deps), lines, close: async () => (await deps.close(), await cleanupPrefix(config.REDIS_PREFIX)) };
}

describe('hardening: smaller items of issue 12', () => {
  beforeAll(assertRedis);

  describe('with API keys', () => {
    let api: Awaited<ReturnType<typeof apiWithLog>>;
    beforeAll(async () => {
      api = await apiWithLog({ API_KEYS: 'k-batch:batch,k-admin:admin' });
    });
    afterAll(() => api.close());

    it('when a path parameter is not valid percent-encoding, then 400 (not 500) without internal text', async () => {
      const res = await request(api.app).get('/v1/batches/%E0%A4%A').set('X-API-Key', 'k-batch').expect(400);
      expect(res.body).toMatchObject({ code: 'validation', detail: 'the request path is not valid percent-encoding' });
      expect(JSON.stringify(res.body)).not.toMatch(/Failed to decode|URIError/);
    });

    it('when a request is logged, then its URL is logged without the query string', async () => {
      await request(api.app).get('/v1/batches/bat-x?token=secret-webhook-token&name=Some%20Person').set('X-API-Key', 'k-batch');
      const logged = api.lines.filter((l) => l.includes('/v1/batches/bat-x'));
      expect(logged.length).toBeGreaterThan(0);
      expect(api.lines.join('\n')).not.toMatch(/secret-webhook-token|Some%20Person/);
    });

    it('when keys are configured, then answers carry no auth warning and /readyz says auth is on', async () => {
      const res = await request(api.app).get('/readyz');
      expect(res.headers.warning).toBeUndefined();
      expect(res.body).toMatchObject({ auth: 'on', warnings: [] });
    });
  });

  describe('without API keys', () => {
    let api: Awaited<ReturnType<typeof apiWithLog>>;
    beforeAll(async () => {
      api = await apiWithLog({});
    });
    afterAll(() => api.close());

    it.each(['/healthz', '/readyz', '/v1/lists', '/no/such/route'])('when %s is asked, then the answer carries the auth-off warning header', async (path) => {
      const res = await request(api.app).get(path);
      expect(res.headers.warning).toBe(AUTH_OFF_WARNING);
    });

    it('when /readyz is asked, then it says authentication is off', async () => {
      const res = await request(api.app).get('/readyz');
      expect(res.body).toMatchObject({ auth: 'off', warnings: [expect.stringMatching(/authentication is off/)] });
    });
  });

  it('when keys are looked up, then only an exact key matches (any length, any position)', () => {
    const lookup = keyLookup([{ key: 'alpha-key', scope: 'screen', tenant: 'a' }, { key: 'beta-key', scope: 'admin', tenant: 'b' }]);
    expect(lookup('beta-key')).toMatchObject({ tenant: 'b' });
    expect(lookup('alpha-key')).toMatchObject({ tenant: 'a' });
    for (const wrong of ['', 'beta', 'beta-key ', 'alpha-key-x', 'x'.repeat(10_000)]) expect(lookup(wrong)).toBeUndefined();
  });

  it.each([
    ['=1+1', true], [' =1+1', true], ['\u00a0 @SUM(A1)', true], ['\uff1dcmd|calc', true], ['  \uff0b1', true], ['\ufe66x', true],
    ['\t=x', true], ['\rx', true], ['-2', true], ['ACME GmbH', false], ['a=b', false], ['', false], ['   ', false],
  ])('when a CSV cell is %j, then it is escaped: %s', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped ? `'${cell}` : cell);
  });
});
