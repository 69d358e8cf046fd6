import { createHmac } from 'node:crypto';
import { assertRedis, waitFor, webhookReceiver } from '@screening/testkit';
import request from 'supertest';
import { startStack } from './support/stack';

jest.setTimeout(60_000);

const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('batch webhooks signed per tenant (issue 12)', () => {
  beforeAll(() => assertRedis());

  it("when a tenant has its own BATCH_WEBHOOK_SECRETS key, then its batch webhook is signed with it (not the deployment's); a tenant with neither key cannot ask for a webhook", async () => {
    const hook = await webhookReceiver();
    const s = await startStack({
      API_KEYS: 'k-acme-batch-001:batch:acme,k-other-batch-01:batch:other',
      BATCH_WEBHOOK_SECRETS: 'acme=acme-batch-secret-0001',
      WEBHOOK_ALLOW_CIDRS: '127.0.0.1/32',
    });
    try {
      const up = await request(s.app).post(`/v1/batches?webhookUrl=${encodeURIComponent(hook.url)}`).set('Authorization', 'Bearer k-acme-batch-001').set('Content-Type', 'text/csv').send('name\nAcme Coffee Roasters\n');
      expect(up.status).toBe(202);
      await waitFor(() => (hook.hits.length ? true : undefined), 'the webhook');
      const hit = hook.hits[0]!;
      expect(JSON.parse(hit.body).batch.id).toBe(up.body.id);
      expect(hit.headers['x-screening-signature']).toBe(sign('acme-batch-secret-0001', hit.body));
      const other = await request(s.app).post(`/v1/batches?webhookUrl=${encodeURIComponent(hook.url)}`).set('Authorization', 'Bearer k-other-batch-01').set('Content-Type', 'text/csv').send('name\nX\n');
      expect(other.status).toBe(422);
    } finally {
      hook.server.close();
      await s.close();
    }
  });
});
