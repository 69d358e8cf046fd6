import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BatchStore, createBatchWebhookQueue, createQueueEvents, workerConnection } from '@screening/queue';
import { BatchWebhookSchema, QueueNames } from '@screening/schemas';
import { assertRedis, REDIS_URL, WATCHLISTS, waitFor } from '@screening/testkit';
import { Redis } from 'ioredis';
import request from 'supertest';
import { listenOnLoopback, type TestStack, startStack } from './support/stack';

jest.setTimeout(30_000);

const MAX_BYTES = 256 * 1024;
const SECRET = 'test-webhook-secret';

function drainOrClose(s: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      s.off('drain', done);
      s.off('close', done);
      resolve();
    };
    s.on('drain', done);
    s.on('close', done);
  });
}

/** Sends a body of `total` bytes in 64 KiB pieces until the server answers; reports how much was written by then. */
function sendUntilAnswered(port: number, total: number, headers: Record<string, string>): Promise<{ status: number; body: string; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/batches', headers: { 'content-type': 'text/csv', ...headers } });
    req.on('response', (res) => {
      answered = true;
      const at = written;
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, written: at }));
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const row = `Some Customer Name Ltd,${'x'.repeat(1000)}\n`;
    const piece = Buffer.from(`name,notes\n${row.repeat(64)}`);
    const pump = async () => {
      while (!answered && written < total && !req.destroyed) {
        written += piece.length;
        if (!req.write(piece)) await drainOrClose(req);
      }
      if (!answered && !req.destroyed) req.end();
    };
    pump().catch(() => undefined);
  });
}

async function batchKeys(prefix: string): Promise<string[]> {
  const r = new Redis(REDIS_URL);
  try {
    return await r.keys(`${prefix}:batch:*`);
  } finally {
    r.disconnect();
  }
}

describe('bulk CSV limits and the completion webhook', () => {
  let stack: TestStack;
  let http: Awaited<ReturnType<typeof listenOnLoopback>> | undefined;
  let port: number;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({
      SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`,
      BATCH_MAX_BYTES: String(MAX_BYTES),
      BATCH_MAX_ROWS: '1000',
      BATCH_WEBHOOK_SECRET: SECRET,
      BATCH_WEBHOOK_ATTEMPTS: '3',
      WEBHOOK_ALLOW_CIDRS: '127.0.0.1/32',
    });
    http = await listenOnLoopback(stack.app);
    port = http.port;
  });
  afterAll(async () => {
    await http?.close();
    await stack?.close();
  });

  it('when an upload declares a length over the limit, then 413 comes before any of the body is read', async () => {
    const res = await sendUntilAnswered(port, 64 * 2 ** 20, { 'content-length': String(64 * 2 ** 20) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'payload-too-large' });
    expect(res.written).toBeLessThan(8 * 2 ** 20);
  });

  it('when a chunked upload grows over the limit, then 413 arrives without the server reading it all, and nothing is kept', async () => {
    const total = 64 * 2 ** 20;
    const res = await sendUntilAnswered(port, total, { 'transfer-encoding': 'chunked' });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'payload-too-large', detail: expect.stringContaining(String(MAX_BYTES)) });
    expect(res.written).toBeLessThan(total / 4);
    await waitFor(async () => (await batchKeys(stack.config.REDIS_PREFIX)).length === 0, 'the partial rows to be discarded');
  });

  it('when a file has more rows than allowed, then 422 names the limit and nothing is kept', async () => {
    const csv = `name\n${Array.from({ length: 1001 }, (_, i) => `Customer ${i}`).join('\n')}\n`;
    const res = await request(stack.app).post('/v1/batches').set('Content-Type', 'text/csv').send(csv).expect(422);
    expect(res.body.detail).toMatch(/more than 1000 data rows \(BATCH_MAX_ROWS\)/);
    expect(await batchKeys(stack.config.REDIS_PREFIX)).toEqual([]);
  });

  it('when a batch with a webhookUrl completes, then a signed POST arrives and a failed delivery is retried', async () => {
    const calls: { headers: IncomingHttpHeaders; body: string }[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls.push({ headers: req.headers, body });
        res.statusCode = calls.length === 1 ? 503 : 204; // the first delivery fails
        res.end();
      });
    });
    hook.listen(0, '127.0.0.1');
    await once(hook, 'listening');
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/screening`;
      const up = await request(stack.app).post('/v1/batches').attach('file', Buffer.from('name\nAcme Coffee Roasters\n'), 'a.csv').field('webhookUrl', url).expect(202);
      await waitFor(() => calls.length >= 2, 'the webhook to be retried', 15_000);
      for (const c of calls) {
        expect(c.headers['x-screening-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(c.body).digest('hex')}`);
        const payload = BatchWebhookSchema.parse(JSON.parse(c.body));
        expect(payload.batch).toMatchObject({ id: up.body.id, status: 'completed', rows: 1, processed: 1 });
      }
    } finally {
      await new Promise((r) => hook.close(r));
    }
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', /metadata/],
    ['http://[fd00:ec2::254]/latest', /metadata/],
    ['http://127.0.0.2:8080/hook', /loopback/],
    ['http://[::ffff:127.0.0.2]/hook', /loopback/],
    ['http://10.0.0.5/hook', /private/],
    ['http://100.64.1.1/hook', /carrierGradeNat/],
    ['http://hooks.invalid/x', /does not resolve/],
  ])('when a batch names an internal webhookUrl (%s), then it is refused with a 400 naming webhookUrl and nothing is kept', async (url, why) => {
    const before = (await batchKeys(stack.config.REDIS_PREFIX)).sort();
    const q = await request(stack.app).post(`/v1/batches?webhookUrl=${encodeURIComponent(url)}`).set('Content-Type', 'text/csv').send('name\nX\n').expect(400);
    expect(q.body).toMatchObject({ code: 'validation', errors: [{ field: 'webhookUrl', pointer: '/query/webhookUrl' }] });
    expect(q.body.detail).toMatch(why);
    const f = await request(stack.app).post('/v1/batches').attach('file', Buffer.from('name\nX\n'), 'a.csv').field('webhookUrl', url).expect(400);
    expect(f.body).toMatchObject({ code: 'validation', errors: [{ field: 'webhookUrl', pointer: '/form/webhookUrl' }] });
    expect((await batchKeys(stack.config.REDIS_PREFIX)).sort()).toEqual(before);
  });

  it('when a webhook address stops being allowed after submission, then the send-time check refuses it and nothing is posted', async () => {
    const hits: string[] = [];
    const hook = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end();
    });
    hook.listen(0, '127.0.0.2');
    await once(hook, 'listening');
    const conn = workerConnection(REDIS_URL);
    const queue = createBatchWebhookQueue(conn, stack.config.REDIS_PREFIX, 1);
    const evConn = workerConnection(REDIS_URL);
    const events = createQueueEvents(QueueNames.batchWebhook, evConn, stack.config.REDIS_PREFIX);
    try {
      const up = await request(stack.app).post('/v1/batches').set('Content-Type', 'text/csv').send('name\nAcme Coffee Roasters\n').expect(202);
      await waitFor(async () => (await request(stack.app).get(`/v1/batches/${up.body.id}`)).body.status === 'completed', 'the batch to complete');
      // as if the name had been re-pointed (DNS) at an internal host after it was accepted
      const store = new BatchStore(conn, stack.config.REDIS_PREFIX, 60);
      await conn.hset(store.key(up.body.id, 'meta'), 'webhookUrl', `http://127.0.0.2:${(hook.address() as AddressInfo).port}/x`);
      await events.waitUntilReady();
      const job = await queue.add('webhook', { batchId: up.body.id }, { jobId: `${up.body.id}-webhook-late` });
      await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/webhook refused: .*loopback/);
      expect(hits).toEqual([]);
    } finally {
      await events.close();
      await queue.close();
      conn.disconnect();
      evConn.disconnect();
      await new Promise((r) => hook.close(r));
    }
  });
});
