import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Address, ListEntity } from '@screening/schemas';
import { compact, type ReaderOutput, type Rejected, uniq } from '../reader-types';
import { listFiles } from '../version';

/** `MM/DD/YYYY` → `YYYY-MM-DD` (DPL effective and expiry dates). */
export function usDate(v: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v?.trim() ?? '');
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}

/** The DPL has no id: the key is a hash of the normalised name (rows of one party share the name). */
export function dplKey(name: string): string {
  return createHash('sha1').update(name.toUpperCase().replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/**
 * Reads the BIS Denied Persons List (`dpl.txt`: tab-separated, quoted, header row, one row per person and
 * address) and groups the rows into one entity per name.
 */
export async function readDpl(path: string): Promise<ReaderOutput> {
  const file = listFiles(path).find((f) => /\.(txt|tsv|csv)$/i.test(f));
  if (!file) throw new Error(`${path}: no dpl.txt`);
  const byKey = new Map<string, ListEntity>();
  const rejected: Rejected[] = [];
  let rows = 0;
  const parser = createReadStream(file).pipe(parse({ delimiter: '\t', columns: true, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const { record: r, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (!('Name' in r)) throw new Error(`${file}: not a DPL file (no Name column)`);
    rows++;
    const name = r.Name?.replace(/\s+/g, ' ').trim();
    if (!name) {
      rejected.push({ file, line: info.lines, reason: 'empty name' });
      continue;
    }
    const country = r.Country?.trim() || undefined;
    const address = compact<Address>({
      full: uniq([r.Street_Address, r.City, r.State, r.Postal_Code, country]).join(', ') || undefined,
      street: r.Street_Address?.trim(), city: r.City?.trim(), region: r.State?.trim(), postalCode: r.Postal_Code?.trim(), country,
    });
    const key = dplKey(name);
    const prev = byKey.get(key);
    if (prev) {
      if (address.full && !prev.addresses!.some((a) => a.full === address.full)) prev.addresses!.push(address);
      if (country && !prev.countries!.includes(country)) prev.countries!.push(country);
      continue;
    }
    const remarks = uniq([r.Action, r.FR_Citation, usDate(r.Expiration_Date) ? `denied until ${usDate(r.Expiration_Date)}` : undefined]).join(' | ');
    byKey.set(key, compact<ListEntity>({
      id: `us_bis_dpl:${key}`, source: 'us_bis_dpl', sourceId: key, type: 'unknown', name,
      programs: ['DPL'], countries: country ? [country] : [], addresses: address.full ? [address] : [],
      listedOn: usDate(r.Effective_Date), remarks: remarks || undefined,
    }));
    // compact() drops empty arrays; the merge above needs them present
    const e = byKey.get(key)!;
    e.addresses ??= [];
    e.countries ??= [];
  }
  return { entities: [...byKey.values()], rejected, rows };
}
