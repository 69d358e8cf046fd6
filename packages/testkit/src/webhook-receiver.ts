import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookHit {
  headers: Record<string, unknown>;
  body: string;
}

/**
 * A local webhook receiver on a free loopback port that records every delivery; `status` picks the answer for the
 * n-th delivery (1-based; default 204), e.g. a 503 first to make the sender retry.
 */
export async function webhookReceiver(status: (n: number) => number = () => 204): Promise<{ server: Server; url: string; hits: WebhookHit[] }> {
  const hits: WebhookHit[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push({ headers: req.headers, body });
      res.statusCode = status(hits.length);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hits };
}
