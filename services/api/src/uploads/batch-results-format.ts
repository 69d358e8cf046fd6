import type { BatchResultLine, RowOutcome } from '@screening/schemas';
import { stringify } from 'csv-stringify/sync';

export const RESULT_COLUMNS = ['status', 'reason', 'decision', 'risk_level', 'match_name', 'match_entity_id', 'match_list', 'match_score', 'flags', 'shipment'] as const;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose first character is = + - @, a tab or a
 * carriage return, also after leading spaces (spreadsheets trim them) and in full-width or small forms
 * (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which spreadsheets fold to ASCII: NFKC does the same here), is prefixed with an apostrophe,
 * so that Excel, LibreOffice and Google Sheets show it as text instead of running it.
 */
export function escapeFormula(cell: string): string {
  if (/^[\t\r]/.test(cell)) return `'${cell}`;
  const first = cell.normalize('NFKC').trimStart()[0];
  return first !== undefined && '=+-@\t\r'.includes(first) ? `'${cell}` : cell;
}

/** Result column names, prefixed with `screening_` where the input already has a column of that name. */
export function resultColumns(header: string[]): string[] {
  const taken = new Set(header.map((h) => h.toLowerCase()));
  return RESULT_COLUMNS.map((c) => (taken.has(c) ? `screening_${c}` : c));
}

/** A stored row: its cells (whatever the outcome, they are carried through to the results). */
export function cellsOf(raw: string | null): string[] {
  if (!raw) return [];
  const v = JSON.parse(raw) as string[] | { c: string[] };
  return Array.isArray(v) ? v : v.c;
}

export function csvHeaderLine(header: string[], delimiter: string): string {
  return stringify([['row', ...header, ...resultColumns(header)].map(escapeFormula)], { delimiter, record_delimiter: '\n' });
}

function resultCells(o: RowOutcome): string[] {
  return [
    o.status,
    o.reason ?? '',
    o.decision ?? '',
    o.riskLevel ?? '',
    o.bestMatch?.name ?? '',
    o.bestMatch?.entityId ?? '',
    o.bestMatch?.list ?? '',
    o.bestMatch ? String(o.bestMatch.score) : '',
    o.flags.join(' '),
    o.shipment ?? '',
  ];
}

export interface JoinedRow {
  row: number;
  cells: string[];
  outcome: RowOutcome;
}

/** Joins a stored row and its stored outcome (a missing outcome becomes `pending`). */
export function joinRow(row: number, raw: string | null, outcome: string | null, pending: RowOutcome): JoinedRow {
  return { row, cells: cellsOf(raw), outcome: outcome ? (JSON.parse(outcome) as RowOutcome) : pending };
}

/** CSV lines; input cells are aligned on the header (a ragged row is cut or padded: its reason says so); every cell is formula-escaped. */
export function csvLines(rows: JoinedRow[], width: number, delimiter: string): string {
  const records = rows.map(({ row, cells, outcome }) => {
    const input = Array.from({ length: width }, (_, i) => cells[i] ?? '');
    return [String(row), ...input, ...resultCells(outcome)].map(escapeFormula);
  });
  return stringify(records, { delimiter, record_delimiter: '\n' });
}

function inputOf(cells: string[], header: string[]): Record<string, string> {
  const input: Record<string, string> = {};
  const n = Math.max(header.length, cells.length);
  for (let i = 0; i < n; i++) input[header[i] || `column_${i + 1}`] = cells[i] ?? '';
  return input;
}

/** NDJSON lines: `{ row, input: { column: cell }, status, reason?, decision?, ... }`. */
export function ndjsonLines(rows: JoinedRow[], header: string[]): string {
  let out = '';
  for (const { row, cells, outcome } of rows) {
    const line: BatchResultLine = { row, input: inputOf(cells, header), ...outcome, flags: outcome.flags ?? [] };
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}

/**
 * The same NDJSON lines straight from the stored outcome JSON (the workers store `{"status":…,"flags":[…],…}`): the
 * outcome is spliced in as it is, not parsed and serialised again per row (the results download of a large batch
 * otherwise costs the API as much CPU as the upload). A missing outcome takes `pending`.
 */
export function ndjsonLinesStored(rows: { row: number; raw: string | null; outcome: string | null }[], header: string[], pending?: RowOutcome): string {
  let out = '';
  for (const { row, raw, outcome } of rows) {
    const input = JSON.stringify(inputOf(cellsOf(raw), header));
    if (outcome && outcome.startsWith('{"status":') && outcome.includes('"flags":')) out += `{"row":${row},"input":${input},${outcome.slice(1)}\n`;
    else out += ndjsonLines([joinRow(row, raw, outcome, pending ?? { status: 'error', reason: 'no result was stored for this row (internal error)', flags: [] })], header);
  }
  return out;
}
