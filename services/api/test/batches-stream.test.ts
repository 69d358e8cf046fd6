import { type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http';
import { BatchResultLineSchema, BatchSchema, type BatchResultLine } from '@screening/schemas';
import { assertRedis, WATCHLISTS, waitFor } from '@screening/testkit';
import request from 'supertest';
import { listenOnLoopback, type TestStack, startStack } from './support/stack';

jest.setTimeout(150_000); // generous: the shared 2-core machine runs other sessions' tests too

const MAX_ROWS = 300;

/** A streamed upload (`?stream=true`) whose body the test writes piece by piece; `answer` is the 202 (or a problem). */
function openUpload(port: number, query = '?stream=true'): { req: ClientRequest; answer: Promise<{ status: number; body: string }> } {
  const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: `/v1/batches${query}`, headers: { 'content-type': 'text/csv', 'transfer-encoding': 'chunked' } });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      // a streamed 202 sends its JSON line at once and ends with the upload: read up to the first line end
      let body = '';
      const done = () => resolve({ status: res.statusCode ?? 0, body: body.split('\n')[0]! });
      res.on('data', (d) => {
        body += d;
        if (body.includes('\n')) done();
      });
      res.on('end', done);
    });
    req.on('error', reject);
  });
  return { req, answer };
}

/** GET results as NDJSON, parsed line by line as they arrive. */
function openResults(port: number, id: string): { lines: BatchResultLine[]; ended: Promise<void>; res: Promise<IncomingMessage> } {
  const lines: BatchResultLine[] = [];
  let resolveRes!: (r: IncomingMessage) => void;
  const res = new Promise<IncomingMessage>((r) => (resolveRes = r));
  const ended = new Promise<void>((resolve, reject) => {
    const get = httpRequest({ host: '127.0.0.1', port, path: `/v1/batches/${id}/results?format=ndjson` }, (r) => {
      resolveRes(r);
      let buf = '';
      r.setEncoding('utf8');
      r.on('data', (d: string) => {
        buf += d;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          lines.push(BatchResultLineSchema.parse(JSON.parse(buf.slice(0, nl))));
          buf = buf.slice(nl + 1);
        }
      });
      r.on('end', resolve);
      r.on('error', reject);
    });
    get.on('error', reject);
    get.end();
  });
  return { lines, ended, res };
}

const write = (req: ClientRequest, s: string) => new Promise<void>((resolve, reject) => req.write(s, (err) => (err ? reject(err) : resolve())));

/** Customer rows `from..to`, with a malformed row every 25th (empty name, ragged, unknown country in turn). */
function rows(from: number, to: number): string {
  let out = '';
  for (let i = from; i <= to; i++) {
    if (i % 75 === 0) out += `,organization,DE,C-${i}\n`;
    else if (i % 75 === 25) out += `Ragged Row ${i},organization\n`;
    else if (i % 75 === 50) out += `Customer ${i} GmbH,organization,Atlantis,C-${i}\n`;
    else out += `Customer ${i} Trading GmbH,organization,DE,C-${i}\n`;
  }
  return out;
}

function reasonFor(row: number): RegExp | undefined {
  if (row % 75 === 0) return /name: empty/;
  if (row % 75 === 25) return /ragged row: 2 columns where the header has 4/;
  if (row % 75 === 50) return /country: "Atlantis" is not a known country/;
  return undefined;
}

describe('streamed bulk CSV uploads (stream=true): chunks queued while the file arrives', () => {
  let stack: TestStack;
  let http: Awaited<ReturnType<typeof listenOnLoopback>> | undefined;
  let port: number;
  const batch = async (id: string) => BatchSchema.parse((await request(stack.app).get(`/v1/batches/${id}`).expect(200)).body);
  const ended = (id: string) =>
    waitFor(async () => {
      const b = await batch(id);
      return b.status === 'completed' || b.status === 'failed' ? b : undefined;
    }, `batch ${id} to end`, 100_000);

  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, BATCH_CHUNK_SIZE: '40', BATCH_MAX_ROWS: String(MAX_ROWS) });
    http = await listenOnLoopback(stack.app);
    port = http.port;
  });
  afterAll(async () => {
    await http?.close();
    await stack?.close();
  });

  it('when the upload is still being sent, then its first results can be read already, and in the end every row comes once, in order, bad rows with their row number and reason', async () => {
    const { req, answer } = openUpload(port);
    await write(req, `name,type,country,customer_id\n${rows(1, 120)}`);
    const accepted = await answer;
    expect(accepted.status).toBe(202);
    const { id, status } = JSON.parse(accepted.body) as { id: string; status: string };
    expect(status).toBe('uploading');

    const results = openResults(port, id);
    await waitFor(() => results.lines.length >= 100, 'the first results while the upload is still open', 100_000, 20);
    // the request body is not finished: these results came from a file the API has not seen the end of
    expect(req.writableEnded).toBe(false);
    expect((await batch(id)).status).toBe('uploading');
    expect(results.lines.slice(0, 100).map((l) => l.row)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    await write(req, rows(121, 250));
    req.end();
    await results.ended;
    const done = await ended(id);
    expect(done).toMatchObject({ status: 'completed', rows: 250, processed: 250 });

    const { lines } = results;
    expect(lines.map((l) => l.row)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    let errors = 0;
    for (const l of lines) {
      const why = reasonFor(l.row);
      if (why) {
        errors++;
        expect(l).toMatchObject({ status: 'error' });
        expect(l.reason).toMatch(why);
      } else {
        expect(l).toMatchObject({ status: 'ok', input: { customer_id: `C-${l.row}` } });
      }
    }
    expect(done.errors).toBe(errors);
    // the same, read again after the end: nothing doubled
    const again = openResults(port, id);
    await again.ended;
    expect(again.lines).toEqual(lines);
  });

  it('when a streamed upload crosses BATCH_MAX_ROWS, then the batch fails with the reason and the rows before the cut are screened once each', async () => {
    const { req, answer } = openUpload(port);
    req.on('error', () => undefined); // the API closes the connection once it stops reading
    await write(req, `name,type,country,customer_id\n${rows(1, 50)}`);
    const accepted = await answer;
    expect(accepted.status).toBe(202);
    const { id } = JSON.parse(accepted.body) as { id: string };
    await write(req, rows(51, 400)).catch(() => undefined);
    req.end();
    const done = await ended(id);
    expect(done).toMatchObject({ status: 'failed', rows: MAX_ROWS, processed: MAX_ROWS });
    expect(done.failedReason).toMatch(new RegExp(`more than ${MAX_ROWS} data rows \\(BATCH_MAX_ROWS\\).*cut off after row ${MAX_ROWS}`));
    const results = openResults(port, id);
    await results.ended;
    expect(results.lines.map((l) => l.row)).toEqual(Array.from({ length: MAX_ROWS }, (_, i) => i + 1));
    expect(results.lines.filter((l) => /not screened/.test(l.reason ?? ''))).toEqual([]);
  });

  it('when a shipment starts early in a streamed file and its last row comes late, then it is still screened as one shipment', async () => {
    const { req, answer } = openUpload(port);
    await write(req, 'reference,role,name,type,country,customer_id\nPO-1,buyer,Acme Coffee Roasters,organization,US,C-1\n');
    // the parser passes a row on when the next byte has come (a line end may be \r\n): the 202 follows row 2
    await write(req, ',,Customer 2 Trading GmbH,organization,DE,C-2\n');
    const accepted = await answer;
    const { id } = JSON.parse(accepted.body) as { id: string };
    let body = '';
    for (let i = 3; i < 150; i++) body += `,,Customer ${i} Trading GmbH,organization,DE,C-${i}\n`;
    await write(req, body);
    await write(req, 'PO-1,consignee,Dmitry Yuryevich KHOROSHEV,person,RU,C-150\n');
    req.end();
    expect((await ended(id)).status).toBe('completed');
    const results = openResults(port, id);
    await results.ended;
    const lines = results.lines;
    expect(lines).toHaveLength(150);
    expect(lines[0]).toMatchObject({ row: 1, shipment: 'PO-1', status: 'ok', decision: 'block' });
    expect(lines[149]).toMatchObject({ row: 150, shipment: 'PO-1', status: 'ok', decision: 'block' });
    expect(lines[149]!.flags).toContain('A1');
  });

  it('when a streamed upload has a bad header, then it is refused with 422 and no batch is created', async () => {
    const { req, answer } = openUpload(port);
    req.end('amount,currency\n12,EUR\n');
    const res = await answer;
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'unprocessable' });
  });
});
