import { createHmac } from 'node:crypto';
import { AlertStore, type RedisClient, workerConnection } from '@screening/queue';
import type { Alert } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testConfig, webhookReceiver } from '@screening/testkit';
import type { Job } from 'bullmq';
import { webhookProcessor } from '../src/lists/processors';

const alertOf = (tenant: string): Omit<Alert, 'id'> => ({
  tenant, kind: 'new-hit', partyId: `p-${tenant}`, partyName: `Party of ${tenant}`, origin: { kind: 'screening', id: `scr-${tenant}`, index: 0 },
  match: { list: 'un_sc', listVersion: 'v1', entityId: 'un_sc:X', name: 'X', matchedName: 'X', type: 'person', programs: [], score: 0.9, match: true, explanation: { features: {}, text: '' } },
  trigger: { kind: 'full-rescreen' }, createdAt: '2026-12-06T00:00:00Z',
});

describe('alert webhooks per tenant (issue 12): each tenant its own URL and its own signing secret', () => {
  let redis: RedisClient;
  beforeAll(() => assertRedis());
  beforeEach(() => void (redis = workerConnection(REDIS_URL)));
  afterEach(() => redis.quit());

  it("when two tenants have their own webhooks and secrets, then each receives only its alerts, signed with its own secret (never the other's or the deployment's)", async () => {
    const [a, b] = [await webhookReceiver(), await webhookReceiver()];
    const config = testConfig({
      ALERT_WEBHOOKS: `acme=${a.url},globex=${b.url}`,
      ALERT_WEBHOOK_SECRETS: 'acme=acme-secret-0123456789,globex=globex-secret-987654321',
      ALERT_WEBHOOK_SECRET: 'deployment-secret-000000',
      WEBHOOK_ALLOW_CIDRS: '127.0.0.1/32',
    });
    try {
      const alerts = new AlertStore(redis, config.REDIS_PREFIX);
      const run = webhookProcessor({ config, alerts });
      for (const tenant of ['acme', 'globex']) {
        const alert = (await alerts.raise(alertOf(tenant), `k-${tenant}`))!;
        await run({ data: { tenant, alertId: alert.id } } as Job);
      }
      for (const [r, tenant, secret] of [[a, 'acme', 'acme-secret-0123456789'], [b, 'globex', 'globex-secret-987654321']] as const) {
        expect(r.hits).toHaveLength(1);
        const hit = r.hits[0]!;
        expect(JSON.parse(hit.body).alert.tenant).toBe(tenant);
        const sign = (k: string) => `sha256=${createHmac('sha256', k).update(`${hit.headers['x-signature-timestamp']}.${hit.body}`).digest('hex')}`;
        expect(hit.headers['x-signature']).toBe(sign(secret));
        expect(hit.headers['x-signature']).not.toBe(sign('deployment-secret-000000'));
      }
    } finally {
      a.server.close();
      b.server.close();
      await cleanupPrefix(config.REDIS_PREFIX);
    }
  });

  it('when a secrets entry is malformed, then the configuration is refused naming the variable (the entry, a secret, is not shown)', () => {
    expect(() => testConfig({ ALERT_WEBHOOK_SECRETS: 'acme' })).toThrow(/ALERT_WEBHOOK_SECRETS/);
    expect(() => testConfig({ ALERT_WEBHOOK_SECRETS: 'acme=short' })).toThrow(/ALERT_WEBHOOK_SECRETS/);
    try {
      testConfig({ ALERT_WEBHOOK_SECRETS: 'acme=s3cr3t' });
    } catch (err) {
      expect((err as Error).message).not.toContain('s3cr3t');
    }
  });
});
