import { request as httpRequest, type Server } from 'node:http';
import { BatchStore } from '@screening/queue';
import { QueueNames } from '@screening/schemas';
import { ListQueueNames } from '@screening/schemas';
import type { Job } from 'bullmq';
import fc from 'fast-check';
import { buildOpenApi } from '../../src/openapi';
import type { TestStack } from '../support/stack';
import { csvBody, fromSchema, gzipBody, hostileJsonText, hostileText, type Schema, wrongType } from './arbitraries';

/** One generated request. */
export interface FuzzRequest {
  method: string;
  /** the route template it was generated for (for the report) */
  route: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface Operation {
  method: string;
  route: string;
  params: { in: string; name: string; schema: Schema; required?: boolean }[];
  body: Record<string, { schema: Schema }>;
}

/** Every operation of the API's own OpenAPI document (built from the zod schemas): a new route is fuzzed without a change here. */
export function operations(): { ops: Operation[]; resolve: (ref: string) => Schema } {
  const doc = buildOpenApi() as { paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content: Operation['body'] } }>>; components?: { schemas?: Record<string, Schema> } };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (ref: string) => schemas[ref.replace('#/components/schemas/', '')] ?? {};
  const ops: Operation[] = [];
  for (const [route, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      ops.push({ method: method.toUpperCase(), route, params: op.parameters ?? [], body: op.requestBody?.content ?? {} });
    }
  }
  // routes outside the document that are public too
  ops.push({ method: 'GET', route: '/metrics', params: [], body: {} }, { method: 'GET', route: '/admin', params: [], body: {} }, { method: 'GET', route: '/openapi.json', params: [], body: {} });
  return { ops, resolve };
}

const str = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
/** encodeURIComponent that takes lone surrogates too (as U+FFFD, as a client's UTF-8 encoder would send them) */
const enc = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('utf8'));

/** A path segment: usually encoded, sometimes raw hostile (bad percent-encoding, traversal, huge). */
const segment = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid.map((v) => enc(str(v)) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%00', '..%2F..%2Fetc', '%2e%2e', 'a%2Fb', '%F0%9F%92', 'x'.repeat(5000), '%C0%AE') },
  );

/** A request for `op`: path and query from its parameters, headers, and a body for one of its content types. */
export function requestFor(op: Operation, resolve: (ref: string) => Schema, apiKey: string): fc.Arbitrary<FuzzRequest> {
  // built once per hostility level (building the arbitraries per value would cost more than the requests)
  return fc.oneof({ weight: 2, arbitrary: build(0) }, build(1), build(3));
  function build(h: number): fc.Arbitrary<FuzzRequest> {
    const ctx = { resolve, hostile: h };
    const pathParams = op.params.filter((p) => p.in === 'path');
    const queryParams = op.params.filter((p) => p.in === 'query');
    const pathArb = fc.tuple(...pathParams.map((p) => segment(fromSchema(p.schema, { ...ctx, hostile: 0 }, p.name)))).map((segs) => {
      let path = op.route;
      pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, segs[i]!)));
      return path;
    });
    const queryArb = fc
      .tuple(
        fc.tuple(...queryParams.map((p) => fc.option(fromSchema(p.schema, ctx, p.name), { nil: undefined, freq: 2 }))),
        fc.array(fc.tuple(fc.constantFrom('a[b][c]', 'lists', 'threshold', '__proto__', 'format', 'x'.repeat(300), 'limit'), fc.oneof(hostileText(2000), wrongType.map(str))), { maxLength: h ? 3 : 0 }),
      )
      .map(([vals, extra]) => {
        const pairs: string[] = [];
        queryParams.forEach((p, i) => {
          const v = vals[i];
          if (v === undefined) return;
          pairs.push(`${enc(p.name)}=${enc(Array.isArray(v) ? v.map(str).join(',') : str(v))}`);
        });
        for (const [k, v] of extra) pairs.push(`${enc(k)}=${enc(v)}`);
        return pairs.length ? `?${pairs.join('&')}` : '';
      });
    const headersArb = fc.record(
      {
        auth: fc.oneof({ weight: 12, arbitrary: fc.constant(`Bearer ${apiKey}`) }, { weight: 1, arbitrary: fc.constantFrom('', 'Bearer ', 'Basic ###', `Bearer ${apiKey}x`, 'Basic ' + Buffer.from(`u:${apiKey}`).toString('base64')) }),
        accept: fc.constantFrom('application/json', '*/*', 'application/x-ndjson', 'text/csv', 'text/html', '\u0000'.replace('\u0000', 'x/y')),
        requestId: fc.option(fc.constantFrom('r-1', 'x'.repeat(200), '../../', 'a b'), { nil: undefined }),
        analyst: fc.option(fc.constantFrom('Ana Lyst', 'x'.repeat(300), '<b>', ''), { nil: undefined }),
        idempotencyKey: fc.option(fc.oneof(fc.uuid().map((u) => `"${u}"`), fc.constantFrom('"', '"a" "b"', 'x'.repeat(300), 'ключ')), { nil: undefined, freq: 3 }),
      },
      { requiredKeys: ['auth', 'accept'] },
    );
    const types = Object.keys(op.body);
    type Body = { contentType?: string; encoding?: string; body?: string | Buffer };
    const bodyArbs: fc.WeightedArbitrary<Body>[] = [];
    const w = (arbitrary: fc.Arbitrary<Body>, weight = 1) => ({ arbitrary, weight });
    for (const t of types) {
      if (t === 'application/json') {
        const schema = op.body[t]!.schema;
        const shaped = op.route === '/v1/lists/refresh'
          ? fc.constant({}) // `sync` would download the official lists from their publishers
          : fromSchema(schema, ctx);
        bodyArbs.push(
          w(shaped.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' })), 8),
          w(fc.tuple(hostileJsonText, fc.constantFrom('application/json', 'application/json; charset=utf-16', 'application/merge-patch+json', 'text/plain')).map(([b, contentType]) => ({ contentType, body: b }))),
          w(gzipBody.map((b) => ({ contentType: 'application/json', encoding: 'gzip', body: b }))),
        );
      } else if (t === 'text/csv' || t === 'multipart/form-data') {
        bodyArbs.push(w(csvBody.map((b) => ({ contentType: 'text/csv', body: b })), 4));
        if (t === 'multipart/form-data') bodyArbs.push(w(fc.tuple(csvBody, fc.boolean(), fc.constantFrom('threshold', 'lists', 'monitor', 'webhookUrl', 'clientRef'), hostileText(500)).map(([b, withFile, k, v]) => multipart(withFile ? b : undefined, { [k]: v }))));
      } else if (t === 'application/x-ndjson') {
        bodyArbs.push(w(fc.array(fc.oneof(fc.json({ maxDepth: 3 }), fc.constant('{"schema":"Person","id":"p1","properties":{"name":["Evgeny Prigozhin"]}}'), hostileText(2000)), { maxLength: 10 }).map((lines) => ({ contentType: 'application/x-ndjson', body: lines.join('\n') })), 3));
      }
    }
    if (!types.length) bodyArbs.push(w(fc.constant({}), 8));
    // a body where none is expected, or a content type the route does not take
    bodyArbs.push(w(fc.constantFrom<Body>({ contentType: 'application/xml', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>' }, { contentType: 'multipart/form-data', body: '--x\r\n' }, {})));
    return fc.tuple(pathArb, queryArb, headersArb, fc.oneof(...bodyArbs)).map(([path, query, hd, b]) => {
      const headers: Record<string, string> = { accept: hd.accept };
      if (hd.auth) headers.authorization = hd.auth;
      if (hd.requestId) headers['x-request-id'] = hd.requestId;
      if (hd.analyst !== undefined) headers['x-analyst'] = hd.analyst;
      if (hd.idempotencyKey) headers['idempotency-key'] = hd.idempotencyKey;
      if (b.contentType) headers['content-type'] = b.contentType;
      if (b.encoding) headers['content-encoding'] = b.encoding;
      const r: FuzzRequest = { method: op.method, route: op.route, path: path + query, headers, ...(b.body !== undefined ? { body: b.body } : {}) };
      // fast-check prints counterexamples with this: short, and without the (possibly huge) body
      Object.defineProperty(r, fc.toStringMethod, { enumerable: false, value: () => describe(r) });
      return r;
    });
  }
}

/** A short description of a request for reports: method, path (cut), headers, body size and start. */
export function describe(r: FuzzRequest): string {
  const body = r.body === undefined ? 'no body' : `${Buffer.byteLength(r.body)} bytes: ${JSON.stringify(String(r.body).slice(0, 80))}`;
  return `${r.method} ${r.path.slice(0, 160)}${r.path.length > 160 ? '…' : ''} ${JSON.stringify(Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, v.slice(0, 60)])))} (${body})`;
}

function multipart(file: string | undefined, fields: Record<string, string>): { contentType: string; body: string } {
  const boundary = '----fuzz7MA4YWxkTrZu0gW';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (file !== undefined) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.csv"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: `${parts.join('')}--${boundary}--\r\n` };
}

/** Text that must never reach a client: stack frames, source paths, driver and runtime error text. */
const INTERNAL = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|ECONNREFUSED|ReplyError|ERR_[A-Z_]+|TypeError|ReferenceError|RangeError|SyntaxError: |Cannot read propert|is not a function|undefined is not|Maximum call stack|WRONGTYPE|NOSCRIPT|bullmq|ioredis/;

export interface Outcome {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

/** What a response must be: no 5xx; every 4xx a problem document (a 400 `validation` naming its fields); nothing internal. */
export function check(req: FuzzRequest, res: Outcome): string | undefined {
  if (res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status >= 400) {
    if (!/^application\/problem\+json/.test(res.contentType)) return `${res.status} without problem+json (content-type "${res.contentType}": ${res.text.slice(0, 200)})`;
    let p: { status?: number; code?: string; title?: string; errors?: { field?: string; pointer?: string }[] };
    try {
      p = JSON.parse(res.text) as typeof p;
    } catch {
      return 'problem is not JSON';
    }
    if (p.status !== res.status || typeof p.code !== 'string' || typeof p.title !== 'string') return `bad problem document ${res.text.slice(0, 300)}`;
    if (p.code === 'validation' && !(p.errors?.length && p.errors.every((e) => typeof e.field === 'string' && e.field.length > 0 && typeof e.pointer === 'string'))) {
      return `validation problem without field errors: ${res.text.slice(0, 300)}`;
    }
  }
  if (res.status >= 400 || /json/.test(res.contentType)) {
    const m = INTERNAL.exec(res.text);
    if (m) return `internal text in the answer: "${m[0]}" in ${res.text.slice(0, 300)}`;
  }
  void req;
  return undefined;
}

/** Sends a generated request to the running server (raw bytes in headers as a client may send them, a hard timeout). */
export function send(base: string, req: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  const t = Date.now();
  const headers: Record<string, string> = {};
  // UTF-8 header bytes as the latin1 string node writes byte for byte
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Buffer.from(v, 'utf8').toString('latin1');
  return new Promise((resolve, reject) => {
    const r = httpRequest(`${base}${req.path}`, { method: req.method, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - t }));
      res.on('error', reject);
    });
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', reject);
    if (req.body !== undefined && req.method !== 'GET') r.end(req.body);
    else r.end();
  });
}

/** The longest a worker spent on one job of the fuzz run (screen jobs as they finish; batch chunks and list tasks as retained). */
export class WorkerTimes {
  worst = { ms: 0, what: '' };
  /** the longest job per queue (a screen job is one API request; a batch chunk is up to BATCH_CHUNK_SIZE rows) */
  byQueue: Record<string, { ms: number; job?: Job }> = {};
  jobs = 0;
  private readonly seen = new Set<string>();

  attach(stack: TestStack): void {
    const w = stack.worker!.worker;
    const on = (job: Job | undefined) => job && this.observe(job);
    w.on('completed', on);
    w.on('failed', on);
  }

  observe(job: Job): void {
    const key = `${job.queueName}:${job.id}:${job.attemptsMade}`;
    if (this.seen.has(key) || !job.processedOn) return;
    this.seen.add(key);
    this.jobs++;
    const ms = (job.finishedOn ?? Date.now()) - job.processedOn;
    if (ms > (this.byQueue[job.queueName]?.ms ?? -1)) this.byQueue[job.queueName] = { ms, job };
    if (ms > this.worst.ms) this.worst = { ms, what: `${job.queueName} ${job.name} (${Buffer.byteLength(JSON.stringify(job.data ?? {}))} bytes of job data)` };
  }

  async collect(stack: TestStack): Promise<void> {
    for (const name of [QueueNames.batchChunk, ListQueueNames.task]) {
      const q = stack.deps.monitored.all.get(name);
      if (!q) continue;
      for (const j of await q.getJobs(['completed', 'failed'], 0, -1)) this.observe(j);
    }
  }

  /** One line per queue: its longest job, and for a batch chunk the shape of its rows (count, longest row). */
  async describe(stack: TestStack): Promise<string[]> {
    const store = new BatchStore(stack.deps.redis, stack.config.REDIS_PREFIX, 60);
    const out: string[] = [];
    for (const [queue, { ms, job }] of Object.entries(this.byQueue)) {
      let shape = `${job?.name ?? ''}, ${Buffer.byteLength(JSON.stringify(job?.data ?? {}))} bytes of job data`;
      const d = job?.data as { batchId?: string; from?: number; to?: number } | undefined;
      if (queue === QueueNames.batchChunk && d?.batchId && d.from && d.to) {
        const rows = (await store.rows(d.batchId, Array.from({ length: d.to - d.from + 1 }, (_, i) => d.from! + i)).catch(() => [] as (string | null)[])).filter((r): r is string => !!r);
        shape = `${rows.length} rows, longest row ${Math.max(0, ...rows.map((r) => r.length))} chars`;
      }
      out.push(`${queue}: ${ms} ms (${shape})`);
    }
    return out;
  }
}

export interface FuzzReport {
  runs: number;
  seed: number;
  byStatus: Record<number, number>;
  /** requests per route and status */
  byRoute: Record<string, number>;
  /** total answer time per route (ms) */
  msByRoute: Record<string, number>;
  worstWorker: { ms: number; what: string };
  /** the longest job per queue, described */
  perQueue: string[];
  workerJobs: number;
  worstRequest: { ms: number; what: string };
  failures: string[];
}

/** Runs `runs` generated requests against `server` and checks each answer; fast-check shrinks and reports the seed on failure. */
export async function fuzz(stack: TestStack, server: Server, opts: { runs: number; seed: number; apiKey: string; timeoutMs?: number; path?: string }): Promise<FuzzReport> {
  const addr = server.address() as { port: number };
  const base = `http://127.0.0.1:${addr.port}`;
  const { ops, resolve } = operations();
  const times = new WorkerTimes();
  times.attach(stack);
  const report: FuzzReport = { runs: 0, seed: opts.seed, byStatus: {}, byRoute: {}, msByRoute: {}, worstWorker: { ms: 0, what: '' }, perQueue: [], workerJobs: 0, worstRequest: { ms: 0, what: '' }, failures: [] };
  // the routes that make a worker match carry more weight: they are where a request can cost the most
  const heavy = /^\/(v1\/(match|compare|screenings|batches|lists\/custom)|match\/)/;
  const arb = fc.oneof(...ops.map((op) => ({ weight: heavy.test(op.route) && op.method !== 'GET' ? 6 : 1, arbitrary: requestFor(op, resolve, opts.apiKey) })));
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => crashes.push(err);
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (req) => {
        let res: Outcome;
        try {
          res = await send(base, req, opts.timeoutMs ?? 30_000);
        } catch (err) {
          // a request line and headers over Node's limit (16 kB) are answered 431 and the connection is closed while the
          // client may still be writing them: the client can then see a reset instead of the answer
          const head = req.path.length + Object.entries(req.headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v) + 4, 0);
          if (head > 16 * 1024 && /ECONNRESET|EPIPE/.test((err as Error).message)) {
            report.runs++;
            report.byStatus[431] = (report.byStatus[431] ?? 0) + 1;
            return;
          }
          throw new Error(`${describe(req)}: no answer (${(err as Error).message})`);
        }
        report.runs++;
        report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
        const rk = `${req.method} ${req.route} ${res.status}`;
        report.byRoute[rk] = (report.byRoute[rk] ?? 0) + 1;
        report.msByRoute[`${req.method} ${req.route}`] = (report.msByRoute[`${req.method} ${req.route}`] ?? 0) + res.ms;
        if (res.ms > report.worstRequest.ms) report.worstRequest = { ms: res.ms, what: `${req.method} ${req.route} → ${res.status} (${req.body ? Buffer.byteLength(req.body) : 0} bytes)` };
        const bad = check(req, res) ?? (crashes.length ? `process error: ${String(crashes[0])}` : undefined);
        if (bad) throw new Error(`${describe(req)} → ${bad}`);
      }),
      { numRuns: opts.runs, seed: opts.seed, endOnFailure: true, verbose: 0, ...(opts.path ? { path: opts.path } : {}) },
    );
  } catch (err) {
    (err as { report?: FuzzReport }).report = report;
    throw err;
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await times.collect(stack).catch(() => undefined);
    report.worstWorker = times.worst;
    report.perQueue = await times.describe(stack).catch(() => []);
    report.workerJobs = times.jobs;
  }
  return report;
}
