import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { assertRedis, waitFor } from '@screening/testkit';
import { call, peakRss, signalTree, type Stack, startProcesses } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

const SHIPMENT = {
  reference: 'PO-FAULT-1',
  parties: [
    { role: 'seller', name: 'Nordic Timber AB', country: 'SE' },
    { role: 'buyer', name: 'Evgeny Prigozhin', type: 'person', country: 'RU' },
  ],
};

/** Keys of the prefix matching a pattern (SCAN through redis-cli: the e2e tests talk to Redis only as an operator would). */
function scan(stack: Stack, pattern: string): string[] {
  const out = execFileSync('redis-cli', ['-u', stack.env.REDIS_URL!, '--scan', '--pattern', `${stack.env.REDIS_PREFIX}:${pattern}`], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/** POSTs a body as a stream of `total` bytes in chunks (no Content-Length), and returns the answer as soon as there is one. */
function streamUpload(url: string, headers: Record<string, string>, chunk: Buffer, total: number): Promise<{ status: number; type: string; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, sent }));
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('faults: the API restarted mid-request, and hostile uploads (real processes)', () => {
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({ workers: 1, env: { BATCH_MAX_BYTES: String(2 * 2 ** 20), SCREEN_SYNC_TIMEOUT_MS: '20000' } });
  });
  afterAll(async () => {
    for (const w of stack?.workers ?? []) if (w.child.pid) signalTree(w.child.pid, 'SIGCONT');
    await stack?.stop();
  });

  it('when the API is killed while a client waits on a screening, then the client\'s retry with the same Idempotency-Key gets one screening, not a second', async () => {
    const worker = stack.workers[0]!;
    // the worker is frozen, so the screening is surely still waiting when the API dies
    signalTree(worker.child.pid!, 'SIGSTOP');
    const key = `"fault-c-${Date.now()}"`;
    const headers = { 'content-type': 'application/json', 'idempotency-key': key };
    const first = fetch(`${stack.url}/v1/screenings`, { method: 'POST', headers, body: JSON.stringify(SHIPMENT) }).then(
      (r) => r.status,
      (err: Error) => err,
    );
    await waitFor(() => scan(stack, 'screen:scr-*').some((k) => /:screen:scr-[^:]+$/.test(k)), 'the screening job to be queued');
    signalTree(stack.api.child.pid!, 'SIGKILL');
    expect(typeof (await first)).not.toBe('number'); // the client saw the connection die, no answer
    await stack.restartApi();
    signalTree(worker.child.pid!, 'SIGCONT');

    // the client retries with the same key (honouring 409 Retry-After while the dead API's lease runs out)
    const answer = await waitFor(async () => {
      const r = await call(stack.url, '/v1/screenings', SHIPMENT, { 'idempotency-key': key });
      if (r.status === 409) {
        expect(r.body.errors[0].field).toBe('Idempotency-Key');
        await new Promise((res) => setTimeout(res, 1000 * Number(r.headers.get('retry-after') ?? 1)));
        return undefined;
      }
      return r;
    }, 'an answer to the retry', 60_000, 100);
    expect([200, 202]).toContain(answer.status);
    const id = answer.body.id as string;
    const result = answer.status === 200 ? answer.body : await waitFor(async () => ((r) => (r.status === 200 ? r.body : undefined))(await call(stack.url, `/v1/screenings/${id}`)), 'the screening result');
    expect(result.id).toBe(id);
    expect(result.decision).toBeDefined();
    // one screening: one job, one stored result, and a further retry replays it
    expect(scan(stack, 'screen:scr-*').filter((k) => /:screen:scr-[^:]+$/.test(k))).toEqual([`${stack.env.REDIS_PREFIX}:screen:${id}`]);
    expect(scan(stack, 'screening:*:scr-*')).toHaveLength(1);
    const replay = await call(stack.url, '/v1/screenings', SHIPMENT, { 'idempotency-key': key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(id);
  });

  it('when a gzip bomb is posted as a JSON body, then it is refused with a 413 problem and the API does not inflate it in memory', async () => {
    const inflated = 256 * 2 ** 20;
    const bomb = gzipSync(Buffer.alloc(inflated, 0x20), { level: 9 });
    const pid = stack.api.child.pid!;
    const before = peakRss(pid);
    const res = await fetch(`${stack.url}/v1/screenings`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 413, code: 'payload-too-large' });
    // the peak resident memory grew by far less than the inflated size
    expect(peakRss(pid) - before).toBeLessThan(inflated / 4);
    expect((await call(stack.url, '/healthz')).status).toBe(200);
  });

  it('when a CSV far over BATCH_MAX_BYTES is streamed, or a gzip bomb is sent as a CSV, then each is refused with a problem before it is read whole, with bounded memory', async () => {
    const pid = stack.api.child.pid!;
    const before = peakRss(pid);
    const total = 64 * 2 ** 20;
    const line = Buffer.from(`${'Acme Trading Company Limited,'.repeat(30)}X\n`);
    const big = await streamUpload(`${stack.url}/v1/batches`, { 'content-type': 'text/csv' }, Buffer.concat([Buffer.from('name,note\n'), ...Array.from({ length: 200 }, () => line)]), total);
    expect(big.status).toBe(413);
    expect(big.type).toMatch(/application\/problem\+json/);
    expect(JSON.parse(big.body)).toMatchObject({ code: 'payload-too-large' });
    expect(big.sent).toBeLessThan(total); // refused while it was still being sent
    expect(peakRss(pid) - before).toBeLessThan(32 * 2 ** 20);

    const bomb = gzipSync(Buffer.concat([Buffer.from('name\n'), Buffer.alloc(64 * 2 ** 20, 0x41)]), { level: 9 });
    const zipped = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' }, body: bomb });
    expect(zipped.status).toBeGreaterThanOrEqual(400);
    expect(zipped.status).toBeLessThan(500);
    expect(zipped.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(peakRss(pid) - before).toBeLessThan(32 * 2 ** 20);
    expect((await call(stack.url, '/healthz')).status).toBe(200);
  });
});
