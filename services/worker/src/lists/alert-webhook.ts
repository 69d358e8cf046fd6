import { createHmac } from 'node:crypto';
import { type OutboundPolicy, postWebhook } from '@screening/runtime';
import type { Alert } from '@screening/schemas';

/** `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<body>`): receivers recompute it and compare. */
export function signAlert(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Where a tenant's alerts go: its own webhook (ALERT_WEBHOOKS), else the deployment's (ALERT_WEBHOOK_URL), else nowhere. */
export function alertWebhookFor(tenant: string, config: { ALERT_WEBHOOKS: readonly { tenant: string; url: string }[]; ALERT_WEBHOOK_URL: string }): string | undefined {
  return config.ALERT_WEBHOOKS.find((w) => w.tenant === tenant)?.url ?? (config.ALERT_WEBHOOK_URL || undefined);
}

/** The key a tenant's alerts are signed with: its own (ALERT_WEBHOOK_SECRETS), else the deployment's (ALERT_WEBHOOK_SECRET). */
export function alertSecretFor(tenant: string, config: { ALERT_WEBHOOK_SECRETS: readonly { tenant: string; secret: string }[]; ALERT_WEBHOOK_SECRET: string }): string {
  return config.ALERT_WEBHOOK_SECRETS.find((w) => w.tenant === tenant)?.secret ?? config.ALERT_WEBHOOK_SECRET;
}

/**
 * POSTs one alert to the webhook through the outbound guard (address checked and pinned, no redirects, bounded
 * answer). Non-2xx answers and network errors throw, so BullMQ retries the job (ALERT_WEBHOOK_ATTEMPTS).
 */
export async function deliverAlert(
  url: string,
  secret: string,
  alert: Alert,
  opts: OutboundPolicy & { timeoutMs: number; maxResponseBytes: number },
  now = () => new Date(),
): Promise<number> {
  const body = JSON.stringify({ type: 'screening.alert', alert });
  const timestamp = String(Math.floor(now().getTime() / 1000));
  const res = await postWebhook(
    url,
    body,
    {
      'content-type': 'application/json',
      'x-alert-id': alert.id,
      'x-signature-timestamp': timestamp,
      ...(secret ? { 'x-signature': signAlert(secret, timestamp, body) } : {}),
    },
    opts,
  );
  if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered HTTP ${res.status}`);
  return res.status;
}
