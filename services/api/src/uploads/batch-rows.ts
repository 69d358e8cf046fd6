import { AppError } from '@screening/runtime';
import { BATCH_COLUMNS, type BatchColumn, readColumns } from '@screening/schemas';

export type ColumnIndex = Partial<Record<BatchColumn, number>>;

/**
 * Checks the header row: each cell is read as a recognised column by exact name, synonym or typo (`readColumns`); `name`
 * is required and no recognised column may appear twice by its exact name (422 otherwise).
 */
export function checkHeader(header: string[]): ColumnIndex {
  const { index, duplicates } = readColumns(header);
  const errors: { pointer: string; field: string; message: string }[] = duplicates.map((d) => ({ pointer: `/header/${d.position}`, field: d.column!, message: `column "${d.column}" appears twice` }));
  if (index.name === undefined) {
    errors.push({ pointer: '/header', field: 'name', message: `the header row has no "name" column or synonym of it (found: ${header.slice(0, 20).join(', ') || 'nothing'})` });
  }
  if (errors.length) {
    throw new AppError('unprocessable', `bad CSV header: ${errors.map((e) => e.message).join('; ')}. Recognised columns: ${BATCH_COLUMNS.join(', ')}`, { errors });
  }
  return index;
}

/** A row as stored for the workers: the cells, or `{ e: reason, c: cells }` when it is unreadable as a row. */
export function storedRow(cells: string[], width: number): { raw: string; bad: boolean } {
  if (cells.length !== width) {
    // cells past the header are not kept (BATCH_MAX_COLUMNS bounds the header, so this bounds every row)
    return { raw: JSON.stringify({ e: `ragged row: ${cells.length} columns where the header has ${width}`, c: cells.slice(0, width) }), bad: true };
  }
  if (cells.some((c) => c.includes('\uFFFD'))) {
    return { raw: JSON.stringify({ e: 'not valid UTF-8 (save the file as UTF-8)', c: cells }), bad: true };
  }
  return { raw: JSON.stringify(cells), bad: false };
}

/** The shipment a row belongs to: rows with the same non-empty `reference` and a `role` are screened together. */
export function shipmentOf(cells: string[], idx: ColumnIndex): string | undefined {
  if (idx.reference === undefined || idx.role === undefined) return undefined;
  const ref = cells[idx.reference]?.trim();
  const role = cells[idx.role]?.trim();
  return ref && role ? ref : undefined;
}
