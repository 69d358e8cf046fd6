import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CanonicalEntity, type ListEntity, ListEntitySchema } from '@screening/schemas';
import { CONS_FILES, readOfacSet, SDN_FILES } from './ofac/mapper';
import type { Rejected } from './ofac/reader';
import { contentVersion } from './version';

export type { Rejected };

export interface ReaderOutput {
  entities: ListEntity[];
  rejected: Rejected[];
  publishedAt?: string;
}

export type ListReader = (path: string) => Promise<ReaderOutput>;

export interface LoadedList {
  source: string;
  version: string;
  path: string;
  publishedAt?: string;
  loadedAt: string;
  entities: CanonicalEntity[];
  rejected: Rejected[];
  sample?: boolean;
}

export const SAMPLE_LIST_PATH = join(__dirname, '..', 'data', 'sample-list.json');

async function readSample(path: string): Promise<ReaderOutput> {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { publishedAt?: string; entities: ListEntity[] };
  return { entities: doc.entities, rejected: [], ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}) };
}

/** One reader per source id; each maps its official format onto the canonical entity. */
export const READERS: Record<string, ListReader> = {
  us_ofac_sdn: (p) => readOfacSet(p, 'us_ofac_sdn', SDN_FILES),
  us_ofac_cons: (p) => readOfacSet(p, 'us_ofac_cons', CONS_FILES),
  sample: readSample,
};

/**
 * Reads one list from its official files, validates every entity against the canonical schema (invalid
 * ones are rejected with the reason, never half-loaded) and stamps it with a content version.
 */
export async function loadList(source: string, path: string, now: () => Date = () => new Date()): Promise<LoadedList> {
  const reader = READERS[source];
  if (!reader) throw new Error(`unknown list source "${source}" (known: ${Object.keys(READERS).join(', ')})`);
  const [out, version] = await Promise.all([reader(path), contentVersion(path)]);
  const entities: CanonicalEntity[] = [];
  const rejected = [...out.rejected];
  for (const e of out.entities) {
    const parsed = ListEntitySchema.safeParse(e);
    if (parsed.success) entities.push(parsed.data);
    else rejected.push({ file: path, line: 0, reason: `${e.id ?? '?'}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  }
  if (entities.length === 0) throw new Error(`${source} at ${path}: no entity could be read (${rejected.length} rejected)`);
  const list: LoadedList = { source, version, path, loadedAt: now().toISOString(), entities, rejected };
  if (out.publishedAt) list.publishedAt = out.publishedAt;
  if (source === 'sample') list.sample = true;
  return list;
}
