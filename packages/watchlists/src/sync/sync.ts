import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSource } from '@screening/schemas';
import { loadList } from '../load';
import { contentVersion } from '../version';
import { commitVersion, currentVersion, readMetadata, removeTemp, type VersionMetadata } from './store';

/** Downloads one URL; resolves the body or rejects (timeouts, size limits and HTTP errors are the fetcher's job). */
export type Fetcher = (url: string, opts: { timeoutMs: number; maxBytes: number }) => Promise<Buffer>;

const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

/**
 * Where each publisher puts its official files, and the file name each is stored under. Keyed by `SyncSource`
 * (@screening/schemas), which the API validates against: a source id added on one side only fails to compile.
 */
export const PUBLISHER_FILES: Record<SyncSource, { url: string; name: string }[]> = {
  us_ofac_sdn: ['SDN.CSV', 'ADD.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV'].map((f) => ({ url: `${OFAC}/${f}`, name: f.toLowerCase() })),
  us_ofac_cons: ['CONS_PRIM.CSV', 'CONS_ADD.CSV', 'CONS_ALT.CSV', 'CONS_COMMENTS.CSV'].map((f) => ({ url: `${OFAC}/${f}`, name: f.toLowerCase() })),
  us_trade_csl: [{ url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', name: 'consolidated.csv' }],
  us_bis_dpl: [{ url: 'https://www.bis.doc.gov/dpl/dpl.txt', name: 'dpl.txt' }],
  un_sc: [{ url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', name: 'consolidated.xml' }],
  eu_fsf: [{ url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw', name: 'eu_fsf.xml' }],
  gb_fcdo: [{ url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv', name: 'UK-Sanctions-List.csv' }],
};

/** The default fetcher: Node's fetch with a timeout, a size cap while streaming and a Content-Length check. */
export const httpFetcher: Fetcher = async (url, { timeoutMs, maxBytes }) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new Error(`${declared} bytes is over the ${maxBytes}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`over the ${maxBytes}-byte limit`);
    chunks.push(Buffer.from(chunk));
  }
  if (Number.isFinite(declared) && declared !== size) throw new Error(`truncated download: ${size} of ${declared} bytes`);
  return Buffer.concat(chunks);
};

export interface SyncOptions {
  dir: string;
  fetcher?: Fetcher;
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  /** smallest accepted entity count relative to the current version (guards against a publisher's half file) */
  minRatio?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export type SyncOutcome =
  | { source: string; status: 'new' | 'unchanged'; version: string; entities: number; previous?: string }
  | { source: string; status: 'failed'; error: string; serving?: string };

async function withRetries<T>(fn: () => Promise<T>, retries: number, sleep: (ms: number) => Promise<void>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= retries) throw err;
      await sleep(Math.min(500 * 2 ** attempt, 30_000));
    }
  }
}

/**
 * Downloads one source's official files, parses them, and only when they parse cleanly (and are not much
 * smaller than the version being served) stores them as a new immutable version and moves `current`. On any
 * failure the version being served stays as it is.
 */
export async function syncSource(source: string, opts: SyncOptions): Promise<SyncOutcome> {
  const files = (PUBLISHER_FILES as Partial<Record<string, { url: string; name: string }[]>>)[source];
  if (!files) return { source, status: 'failed', error: `no publisher download known for "${source}"` };
  const { dir, fetcher = httpFetcher, timeoutMs = 120_000, maxBytes = 200 * 2 ** 20, retries = 3, minRatio = 0.5, now = () => new Date() } = opts;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const serving = currentVersion(dir, source);
  const tmp = join(dir, source, `.tmp-${randomBytes(4).toString('hex')}`);
  const data = join(tmp, 'data');
  try {
    mkdirSync(data, { recursive: true });
    const fetched: VersionMetadata['files'] = [];
    for (const f of files) {
      const body = await withRetries(() => fetcher(f.url, { timeoutMs, maxBytes }), retries, sleep);
      if (body.length === 0) throw new Error(`${f.url}: empty download`);
      writeFileSync(join(data, f.name), body);
      fetched.push({ name: f.name, url: f.url, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') });
    }
    const version = await contentVersion(data);
    if (version === serving) return { source, status: 'unchanged', version, entities: readMetadata(dir, source, version)?.report.entities ?? 0 };
    const list = await loadList(source, data, now);
    const previous = serving ? readMetadata(dir, source, serving) : undefined;
    if (previous && list.entities.length < previous.report.entities * minRatio) {
      throw new Error(`${list.entities.length} entities against ${previous.report.entities} in ${serving}: below the ${minRatio} ratio, not switching`);
    }
    const meta: VersionMetadata = { source, version: list.version, fetchedAt: now().toISOString(), files: fetched, report: list.report };
    if (list.publishedAt) meta.publishedAt = list.publishedAt;
    commitVersion(dir, data, meta);
    return { source, status: 'new', version: list.version, entities: list.entities.length, ...(serving ? { previous: serving } : {}) };
  } catch (err) {
    return { source, status: 'failed', error: (err as Error).message, ...(serving ? { serving } : {}) };
  } finally {
    removeTemp(tmp);
  }
}

/** Syncs several sources one after the other (publishers are slow; there is no hurry). */
export async function syncSources(sources: readonly string[], opts: SyncOptions): Promise<SyncOutcome[]> {
  const out: SyncOutcome[] = [];
  for (const s of sources) out.push(await syncSource(s, opts));
  return out;
}
