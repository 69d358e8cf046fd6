import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { Address, ListEntity } from '@screening/schemas';
import { compact, type ReaderOutput, type Rejected } from '../reader-types';
import { capBytes, LIST_LIMITS, readCapped } from '../limits';
import { listFiles } from '../version';
import { type CslRecord, mapCslRecord, mergeInto } from './mapper';

/** A file, gunzipped when it is gzip (by extension), inflating to at most `maxBytes`. */
export function openMaybeGzip(path: string, maxBytes = LIST_LIMITS.decompressedBytes): Readable {
  const s = createReadStream(path);
  if (!/\.gz$/i.test(path)) return s;
  const gunzip = createGunzip();
  s.on('error', (err) => gunzip.destroy(err));
  return capBytes(s.pipe(gunzip), maxBytes, `${path} (decompressed)`);
}

const split = (v: string | undefined) => (v ?? '').split(/;\s+/).map((s) => s.trim()).filter(Boolean);

/** CSV address cell: `street, city, state, postal, CC` items joined by `; `. */
function csvAddresses(cell: string | undefined): Address[] {
  return split(cell).map((full) => {
    const last = full.split(',').pop()?.trim();
    return compact<Address>({ full, country: last && /^[A-Z]{2}$/.test(last) ? last : undefined });
  });
}

/** CSV ids cell: `country, number, type` or `number, type` items joined by `; `. */
function csvIds(cell: string | undefined): CslRecord['ids'] {
  return split(cell).map((item) => {
    const parts = item.split(', ');
    if (parts.length >= 3 && /^[A-Z]{2}$/.test(parts[0]!)) return { country: parts[0], number: parts.slice(1, -1).join(', '), type: parts.at(-1) };
    return { number: parts.slice(0, -1).join(', ') || parts[0], type: parts.length > 1 ? parts.at(-1) : undefined };
  });
}

function fromCsv(row: Record<string, string>): CslRecord {
  const v = (k: string) => row[k]?.trim() || undefined;
  return {
    id: v('_id'), source: v('source'), entity_number: v('entity_number'), type: v('type'), programs: split(row.programs), name: v('name'),
    title: v('title'), addresses: csvAddresses(row.addresses), start_date: v('start_date'), alt_names: split(row.alt_names),
    citizenships: split(row.citizenships), nationalities: split(row.nationalities), dates_of_birth: split(row.dates_of_birth),
    places_of_birth: split(row.places_of_birth), ids: csvIds(row.ids), remarks: v('remarks'), call_sign: v('call_sign'),
    vessel_type: v('vessel_type'), gross_tonnage: v('gross_tonnage'), vessel_flag: v('vessel_flag'), vessel_owner: v('vessel_owner'),
    license_requirement: v('license_requirement'), license_policy: v('license_policy'), source_information_url: v('source_information_url'),
  };
}

type JsonResult = Record<string, unknown>;
const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : typeof x === 'number' ? String(x) : undefined);
const arr = (x: unknown) => (Array.isArray(x) ? x.map(str).filter((s): s is string => !!s) : split(str(x)));

function fromJson(r: JsonResult): CslRecord {
  const addresses = (Array.isArray(r.addresses) ? (r.addresses as JsonResult[]) : []).map((a) => {
    const country = str(a.country);
    return compact<Address>({
      full: [a.address, a.city, a.state, a.postal_code, country].map(str).filter(Boolean).join(', '),
      street: str(a.address), city: str(a.city), region: str(a.state), postalCode: str(a.postal_code), country,
    });
  });
  const ids = (Array.isArray(r.ids) ? (r.ids as JsonResult[]) : []).map((i) => ({ type: str(i.type), number: str(i.number), country: str(i.country) }));
  return {
    id: str(r.id) ?? str(r._id), source: str(r.source), entity_number: str(r.entity_number), type: str(r.type), programs: arr(r.programs),
    name: str(r.name), title: str(r.title), addresses: addresses.filter((a) => a.full), start_date: str(r.start_date), alt_names: arr(r.alt_names),
    citizenships: arr(r.citizenships), nationalities: arr(r.nationalities), dates_of_birth: arr(r.dates_of_birth), places_of_birth: arr(r.places_of_birth),
    ids, remarks: str(r.remarks), call_sign: str(r.call_sign), vessel_type: str(r.vessel_type), gross_tonnage: str(r.gross_tonnage),
    vessel_flag: str(r.vessel_flag), vessel_owner: str(r.vessel_owner), license_requirement: str(r.license_requirement),
    license_policy: str(r.license_policy), source_information_url: str(r.source_information_url),
  };
}

/**
 * Reads the ITA Consolidated Screening List: `consolidated.csv` (29 or 28 columns, gzip or not; the CSV is
 * streamed) or `consolidated.json` (`{results:[…]}` or an array). A folder reads every CSV/JSON file in it.
 */
export async function readCsl(path: string): Promise<ReaderOutput> {
  const byId = new Map<string, ListEntity>();
  const rejected: Rejected[] = [];
  let rows = 0;
  const add = (file: string, line: number, rec: CslRecord) => {
    rows++;
    const e = mapCslRecord(rec);
    if (typeof e === 'string') rejected.push({ file, line, reason: e });
    else mergeInto(byId, e);
  };
  const files = listFiles(path).filter((f) => /\.(csv|json|jsonl)(\.gz)?$/i.test(f));
  if (!files.length) throw new Error(`${path}: no CSL .csv/.json file`);
  for (const file of files) {
    if (/\.jsonl?(\.gz)?$/i.test(file)) {
      const doc = JSON.parse(await readCapped(openMaybeGzip(file), LIST_LIMITS.jsonDocumentBytes, file)) as JsonResult[] | { results?: JsonResult[] };
      const results = Array.isArray(doc) ? doc : doc.results;
      if (!Array.isArray(results)) throw new Error(`${file}: expected a JSON array or {"results": [...]}`);
      results.forEach((r, i) => add(file, i + 1, fromJson(r)));
      continue;
    }
    const parser = openMaybeGzip(file).pipe(parse({ columns: true, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }));
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!('name' in record) || !('source' in record)) throw new Error(`${file}: not a CSL CSV (no name/source columns)`);
      if (record.name === 'name' && record.source === 'source') continue; // repeated header (2023-11 file)
      add(file, info.lines, fromCsv(record));
    }
  }
  return { entities: [...byId.values()], rejected, rows };
}
