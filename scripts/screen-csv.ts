/**
 * pnpm screen-csv <file.csv> [--out results.csv|-] [--format csv|ndjson] [--url URL] [--api-key KEY]
 *                 [--threshold 0.85] [--lists us_ofac_sdn,un_sc]
 *
 * Uploads a CSV to a running screening service (POST /v1/batches), shows a progress bar with rows/s and ETA,
 * then downloads the results (default: <file>.results.csv next to the input). Exits non-zero with the
 * service's problem detail on any failure. Env: SCREENING_URL (default http://127.0.0.1:8080), SCREENING_API_KEY.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

interface Args {
  file: string;
  out: string;
  format: 'csv' | 'ndjson';
  url: string;
  apiKey?: string;
  query: URLSearchParams;
}

class CliError extends Error {}

function parseArgs(argv: string[]): Args {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new CliError('usage: pnpm screen-csv <file.csv> [--out results.csv|-] [--format csv|ndjson] [--url URL] [--api-key KEY] [--threshold N] [--lists a,b]');
    if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i]];
      if (v === undefined) throw new CliError(`--${k} needs a value`);
      flags[k] = v;
    } else positional.push(a);
  }
  const known = ['out', 'format', 'url', 'api-key', 'threshold', 'lists', 'client-ref'];
  const unknown = Object.keys(flags).filter((k) => !known.includes(k));
  if (unknown.length) throw new CliError(`unknown option --${unknown[0]} (known: ${known.map((k) => `--${k}`).join(' ')})`);
  if (positional.length !== 1) throw new CliError('usage: pnpm screen-csv <file.csv> [--out results.csv|-] (one input file)');
  const format = (flags.format ?? 'csv') as Args['format'];
  if (format !== 'csv' && format !== 'ndjson') throw new CliError('--format is csv or ndjson');
  const file = resolve(cwd, positional[0]!);
  const out = flags.out === '-' ? '-' : resolve(cwd, flags.out ?? `${file.replace(/\.(csv|txt)$/i, '')}.results.${format}`);
  const query = new URLSearchParams();
  if (flags.threshold) query.set('threshold', flags.threshold);
  if (flags.lists) query.set('lists', flags.lists);
  if (flags['client-ref']) query.set('clientRef', flags['client-ref']);
  const apiKey = flags['api-key'] ?? process.env.SCREENING_API_KEY;
  return { file, out, format, url: (flags.url ?? process.env.SCREENING_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, ''), query, ...(apiKey ? { apiKey } : {}) };
}

async function problem(res: Response, what: string): Promise<CliError> {
  const text = await res.text().catch(() => '');
  try {
    const p = JSON.parse(text) as { title?: string; detail?: string; errors?: { field: string; message: string }[] };
    const fields = p.errors?.map((e) => `\n  - ${e.field}: ${e.message}`).join('') ?? '';
    return new CliError(`${what} failed: HTTP ${res.status} ${p.title ?? ''}${p.detail ? ` — ${p.detail}` : ''}${fields}`);
  } catch {
    return new CliError(`${what} failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');
const tty = process.stderr.isTTY;
function status(line: string, done = false) {
  if (tty) process.stderr.write(`\r\x1b[2K${line}${done ? '\n' : ''}`);
  else if (done) process.stderr.write(`${line}\n`);
}

function bar(fraction: number, width = 28): string {
  const full = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}]`;
}

async function uploadFile(a: Args, headers: Record<string, string>): Promise<{ id: string; rows: number }> {
  const size = statSync(a.file).size;
  let sent = 0;
  const counter = new PassThrough();
  counter.on('data', (d: Buffer) => {
    sent += d.length;
    status(`uploading ${bar(sent / size)} ${Math.floor((100 * sent) / Math.max(1, size))}%  ${fmt(sent)} / ${fmt(size)} bytes`);
  });
  const body = createReadStream(a.file).pipe(counter);
  const qs = a.query.toString();
  const res = await fetch(`${a.url}/v1/batches${qs ? `?${qs}` : ''}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv', 'content-length': String(size) },
    body: Readable.toWeb(body) as unknown as BodyInit,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' }).catch((err: Error) => {
    throw new CliError(`cannot reach the service at ${a.url} (${(err.cause as Error)?.message ?? err.message}); is it running? (pnpm start)`);
  });
  if (res.status !== 202) throw await problem(res, 'upload');
  const accepted = (await res.json()) as { id: string; rows: number };
  status(`uploaded ${fmt(size)} bytes: batch ${accepted.id}, ${fmt(accepted.rows)} rows`, true);
  return accepted;
}

interface BatchView {
  status: string;
  rows: number;
  processed: number;
  errors: number;
  counts: { clear: number; review: number; block: number };
  failedReason?: string;
}

async function follow(a: Args, headers: Record<string, string>, id: string): Promise<BatchView> {
  const started = Date.now();
  for (;;) {
    const res = await fetch(`${a.url}/v1/batches/${id}`, { headers });
    if (res.status !== 200) throw await problem(res, 'progress');
    const b = (await res.json()) as BatchView;
    const secs = (Date.now() - started) / 1000;
    const rate = b.processed / Math.max(secs, 0.001);
    const eta = rate > 0 ? Math.ceil((b.rows - b.processed) / rate) : NaN;
    const line = `${bar(b.processed / Math.max(1, b.rows))} ${Math.floor((100 * b.processed) / Math.max(1, b.rows))}%  ${fmt(b.processed)}/${fmt(b.rows)} rows  ${fmt(Math.round(rate))} rows/s  ETA ${Number.isNaN(eta) ? '?' : `${eta}s`}  block ${fmt(b.counts.block)} review ${fmt(b.counts.review)} errors ${fmt(b.errors)}`;
    if (b.status === 'failed') {
      status(line, true);
      throw new CliError(`the batch failed: ${b.failedReason ?? 'unknown reason'}`);
    }
    if (b.status === 'completed') {
      status(`${line.replace(/ETA \S+/, `in ${secs.toFixed(1)}s`)}`, true);
      return b;
    }
    status(line);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function download(a: Args, headers: Record<string, string>, id: string): Promise<void> {
  const res = await fetch(`${a.url}/v1/batches/${id}/results?format=${a.format}`, { headers });
  if (res.status !== 200 || !res.body) throw await problem(res, 'download');
  const sink = a.out === '-' ? process.stdout : createWriteStream(a.out);
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), sink);
}

async function main() {
  const a = parseArgs(process.argv.slice(2));
  try {
    statSync(a.file);
  } catch {
    throw new CliError(`no such file: ${a.file}`);
  }
  const headers: Record<string, string> = a.apiKey ? { authorization: `Bearer ${a.apiKey}` } : {};
  const { id } = await uploadFile(a, headers);
  const b = await follow(a, headers, id);
  await download(a, headers, id);
  process.stderr.write(`clear ${fmt(b.counts.clear)}, review ${fmt(b.counts.review)}, block ${fmt(b.counts.block)}, row errors ${fmt(b.errors)}${a.out === '-' ? '' : `\nresults: ${a.out}`}\n`);
}

main().catch((err: Error) => {
  if (tty) process.stderr.write('\n');
  process.stderr.write(`screen-csv: ${err instanceof CliError ? err.message : err.stack ?? err.message}\n`);
  process.exit(1);
});
