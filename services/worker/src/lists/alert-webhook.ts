import { createHmac } from 'node:crypto';
import type { Alert } from '@screening/schemas';

/** `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<body>`): receivers recompute it and compare. */
export function signAlert(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * POSTs one alert to the webhook. Non-2xx answers and network errors throw, so BullMQ retries the job with
 * exponential backoff (ALERT_WEBHOOK_ATTEMPTS).
 */
export async function deliverAlert(url: string, secret: string, alert: Alert, now = () => new Date(), timeoutMs = 5000): Promise<number> {
  const body = JSON.stringify({ type: 'screening.alert', alert });
  const timestamp = String(Math.floor(now().getTime() / 1000));
  const res = await fetch(url, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json',
      'x-alert-id': alert.id,
      'x-signature-timestamp': timestamp,
      ...(secret ? { 'x-signature': signAlert(secret, timestamp, body) } : {}),
    },
  });
  if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered HTTP ${res.status}`);
  return res.status;
}
