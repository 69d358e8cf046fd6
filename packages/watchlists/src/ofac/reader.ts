import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';

/** Fields of OFAC's legacy delimited files, by position (the official files have no header row). */
export const SDN_COLUMNS = ['ent_num', 'name', 'type', 'program', 'title', 'callSign', 'vesselType', 'tonnage', 'grt', 'vesselFlag', 'vesselOwner', 'remarks'] as const;
export const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'cityStateZip', 'country', 'remarks'] as const;
export const ALT_COLUMNS = ['ent_num', 'alt_num', 'type', 'name', 'remarks'] as const;
export const COMMENT_COLUMNS = ['ent_num', 'remarks'] as const;

export type OfacRow<C extends readonly string[]> = { [K in C[number]]: string | undefined } & { line: number };

export type { Rejected } from '../reader-types';
import type { Rejected } from '../reader-types';

/** `-0-` (usually with a trailing space) is OFAC's null marker. */
export function ofacValue(v: string | undefined): string | undefined {
  const t = v?.trim();
  return !t || t === '-0-' ? undefined : t;
}

/**
 * Streams one OFAC CSV file into rows keyed by column name. Tolerates a header row, CRLF, the trailing
 * Ctrl-Z byte and ragged rows; a row without a numeric ent_num is rejected with its line number.
 */
export async function readOfacCsv<C extends readonly string[]>(
  path: string,
  columns: C,
  rejected: Rejected[],
  onRow: (row: OfacRow<C>) => void,
): Promise<void> {
  const parser = createReadStream(path).pipe(
    parse({ relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const first = record[0]?.replace(/\x1a/g, '').trim();
    if (record.every((f) => !f.replace(/\x1a/g, '').trim())) continue;
    if (!first || !/^\d+$/.test(first)) {
      if (info.lines > 1 || !/ent_num/i.test(first ?? '')) rejected.push({ file: path, line: info.lines, reason: 'no numeric ent_num' });
      continue;
    }
    const row = { line: info.lines } as OfacRow<C>;
    columns.forEach((c, i) => ((row as Record<string, unknown>)[c] = i === 0 ? first : ofacValue(record[i])));
    onRow(row);
  }
}

/** Finds a file of the set case-insensitively (sdn.csv or SDN.CSV). */
export function findFile(dir: string, name: string): string | undefined {
  for (const n of [name, name.toUpperCase()]) if (existsSync(join(dir, n))) return join(dir, n);
  return undefined;
}
