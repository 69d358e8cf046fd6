import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ListEntity } from '@screening/schemas';
import type { ReaderOutput, Rejected } from '../reader-types';
import { LIST_LIMITS, ListTooLargeError } from '../limits';
import { listFiles } from '../version';
import { collectLinks, type FtmEntity, isEdge, isThing, mapFtmEntity } from './mapper';

/** Lines of a stream; a JSON array document (first non-blank char `[`) is yielded as its elements. */
async function* ftmObjects(input: Readable, file: string, rejected: Rejected[]): AsyncGenerator<unknown> {
  let line = 0;
  let arrayDoc: string | undefined;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (arrayDoc !== undefined) {
      arrayDoc += `${raw}\n`;
      if (arrayDoc.length > LIST_LIMITS.jsonDocumentBytes) throw new ListTooLargeError(`${file} (a JSON array document)`, LIST_LIMITS.jsonDocumentBytes);
      continue;
    }
    const t = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!t) continue;
    if (line === 1 && t.startsWith('[')) {
      arrayDoc = `${t}\n`;
      continue;
    }
    try {
      yield JSON.parse(t);
    } catch {
      rejected.push({ file, line, reason: 'not valid JSON' });
    }
  }
  if (arrayDoc !== undefined) {
    const arr = JSON.parse(arrayDoc) as unknown;
    if (!Array.isArray(arr)) throw new Error(`${file}: expected a JSON array`);
    yield* arr;
  }
}

/**
 * Reads FollowTheMoney entities (JSON lines, a JSON array, or delta lines `{op, entity}`) and maps the
 * listed things; Sanction entities become programs and listing dates, relationship entities become links
 * on both ends, Address entities become addresses.
 */
export async function readFtmStream(input: Readable, file: string, opts: { source?: 'ftm' | 'custom'; idPrefix?: string } = {}): Promise<ReaderOutput> {
  const rejected: Rejected[] = [];
  const byId = new Map<string, FtmEntity>();
  let rows = 0;
  for await (const obj of ftmObjects(input, file, rejected)) {
    rows++;
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      rejected.push({ file, line: rows, reason: 'not a FtM entity (a JSON object expected)' });
      continue;
    }
    const o = obj as { op?: string; entity?: FtmEntity } & Partial<FtmEntity>;
    if (o.op === 'DEL') continue;
    const e = (o.op ? o.entity : o) as FtmEntity | undefined;
    if (!e || typeof e.id !== 'string' || typeof e.schema !== 'string' || typeof e.properties !== 'object') {
      rejected.push({ file, line: rows, reason: 'not a FtM entity (needs id, schema, properties)' });
      continue;
    }
    byId.set(e.id, e);
  }
  const all = [...byId.values()];
  const sanctions = new Map<string, FtmEntity[]>();
  for (const s of all.filter((e) => e.schema === 'Sanction'))
    for (const id of s.properties.entity ?? []) sanctions.set(id, [...(sanctions.get(id) ?? []), s]);
  const source = opts.source ?? 'ftm';
  const base = { byId, sanctions, source, idPrefix: opts.idPrefix ?? source };
  const ctx = { ...base, links: collectLinks(all.filter(isEdge), base) };
  const entities: ListEntity[] = [];
  for (const e of all) {
    if (!isThing(e) || e.target === false) continue;
    const m = mapFtmEntity(e, ctx);
    if (typeof m === 'string') rejected.push({ file, line: 0, reason: m });
    else entities.push(m);
  }
  return { entities, rejected, rows };
}

/** Reads a FtM file, or every `.json`/`.jsonl` file of a folder. */
export async function readFtm(path: string): Promise<ReaderOutput> {
  const files = listFiles(path).filter((f) => /\.jsonl?$/i.test(f));
  if (!files.length) throw new Error(`${path}: no FtM .json/.jsonl file`);
  if (files.length === 1) return readFtmStream(createReadStream(files[0]!), files[0]!);
  const streams = files.map((f) => createReadStream(f));
  return readFtmStream(Readable.from((async function* () { for (const s of streams) { for await (const c of s) yield c; yield '\n'; } })()), path);
}
