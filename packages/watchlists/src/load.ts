import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CanonicalEntity, type ListCategory, type ListEntity, ListEntitySchema } from '@screening/schemas';
import { readDpl } from './bis-dpl/reader';
import { categorize } from './category';
import { readCsl } from './csl/reader';
import { readCustomContent } from './custom/reader';
import { readEu } from './eu/reader';
import { readFtm } from './ftm/reader';
import { CONS_FILES, SDN_FILES } from './ofac/mapper';
import { readOfac } from './ofac/read';
import type { ListReader, ReaderOutput, Rejected } from './reader-types';
import { readUk } from './uk/reader';
import { readUn } from './un/reader';
import { contentVersion, listFiles } from './version';

export type { ListReader, ReaderOutput, Rejected };

/** What a load did: rows read, entities kept, rows rejected and the reasons (counted). */
export interface LoadReport {
  rows: number;
  entities: number;
  rejected: number;
  reasons: Record<string, number>;
  ms: number;
}

export interface LoadedList {
  /** source id, or `custom:<name>` for an organisation's own list */
  source: string;
  version: string;
  path: string;
  publishedAt?: string;
  loadedAt: string;
  entities: CanonicalEntity[];
  /** the first rejected rows (at most 1,000), with file, line and reason */
  rejected: Rejected[];
  report: LoadReport;
  sample?: boolean;
}

export const SAMPLE_LIST_PATH = join(__dirname, '..', 'data', 'sample-list.json');

async function readSample(path: string): Promise<ReaderOutput> {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { publishedAt?: string; entities: ListEntity[] };
  return { entities: doc.entities, rejected: [], ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}) };
}

async function readCustomFile(path: string): Promise<ReaderOutput> {
  const file = listFiles(path)[0];
  if (!file) throw new Error(`${path}: empty folder`);
  return readCustomContent(readFileSync(file, 'utf8'), file.split('/').pop()!.replace(/\.[^.]+$/, ''));
}

/** One reader per source id; each maps its official format onto the canonical entity. */
export const READERS: Record<string, ListReader> = {
  us_ofac_sdn: (p) => readOfac(p, 'us_ofac_sdn', SDN_FILES),
  us_ofac_cons: (p) => readOfac(p, 'us_ofac_cons', CONS_FILES),
  us_trade_csl: readCsl,
  us_bis_dpl: readDpl,
  un_sc: readUn,
  eu_fsf: readEu,
  gb_fcdo: readUk,
  ftm: readFtm,
  custom: readCustomFile,
  sample: readSample,
};

/** Short, id-free form of a reason so that reasons can be counted ("AB12: no name" → "no name"). */
const reasonKey = (r: string) => r.replace(/^\S{1,80}:\s+(?=\S)/, '').slice(0, 80);

/**
 * Validates reader output against the canonical schema (invalid entities are rejected with the reason, never
 * half-loaded) and builds the load report. Throws when nothing could be read: an empty or broken file never
 * becomes a list version.
 */
export function finishLoad(source: string, path: string, version: string, out: ReaderOutput, started: number, now: () => Date): LoadedList {
  const entities: CanonicalEntity[] = [];
  const rejected = [...out.rejected];
  const seen = new Set<string>();
  for (const e of out.entities) {
    // a free-text "identifier" (sanctions notes in CSL `ids`) is not an identifier: drop it, never the entity
    if (e.identifiers) e.identifiers = e.identifiers.filter((i) => i.value?.trim() && i.value.length <= 200 && i.type.length <= 40);
    e.categories = categorize(source, e);
    const parsed = ListEntitySchema.safeParse(e);
    if (!parsed.success) rejected.push({ file: path, line: 0, reason: `${e.id ?? '?'}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    else if (seen.has(parsed.data.id)) rejected.push({ file: path, line: 0, reason: `${parsed.data.id}: duplicate id` });
    else entities.push(parsed.data), seen.add(parsed.data.id);
  }
  if (entities.length === 0) throw new Error(`${source} at ${path}: no entity could be read (${rejected.length} rejected)`);
  const reasons: Record<string, number> = {};
  for (const r of rejected) reasons[reasonKey(r.reason)] = (reasons[reasonKey(r.reason)] ?? 0) + 1;
  const report: LoadReport = { rows: out.rows ?? out.entities.length + out.rejected.length, entities: entities.length, rejected: rejected.length, reasons, ms: Date.now() - started };
  const list: LoadedList = { source, version, path, loadedAt: now().toISOString(), entities, rejected: rejected.slice(0, 1000), report };
  if (out.publishedAt) list.publishedAt = out.publishedAt;
  if (source === 'sample') list.sample = true;
  return list;
}

/** Reads one list from its official files and stamps it with a content version. */
export async function loadList(source: string, path: string, now: () => Date = () => new Date()): Promise<LoadedList> {
  const reader = READERS[source];
  if (!reader) throw new Error(`unknown list source "${source}" (known: ${Object.keys(READERS).join(', ')})`);
  const started = Date.now();
  const [out, version] = await Promise.all([reader(path), contentVersion(path)]);
  return finishLoad(source, path, version, out, started, now);
}

/** An organisation's own list from uploaded content (FtM JSON lines/array or CSV); its id is `custom:<name>` (`name` = the stored key, `<tenant>.<list>` for a tenant's own list). */
export async function loadCustomList(name: string, content: string, now: () => Date = () => new Date(), category?: ListCategory): Promise<LoadedList> {
  const started = Date.now();
  // the same stamp as @screening/queue customListVersion: a declared category is part of the version
  const version = `sha256-${createHash('sha256').update(category ? `${content}\n#category=${category}` : content).digest('hex').slice(0, 16)}`;
  return finishLoad(`custom:${name}`, `custom:${name}`, version, await readCustomContent(content, name, category), started, now);
}
