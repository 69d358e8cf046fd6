/** A table row that is in force between two dates (inclusive); either bound may be open. */
export interface Dated {
  /** first day in force, YYYY-MM-DD */
  validFrom?: string;
  /** last day in force, YYYY-MM-DD */
  validTo?: string;
  /** source key(s) of docs/domain.md Appendix A and the legal act or document */
  source: string;
  /** true when the source says the row must be re-checked ([VERIFY] in the domain reference) */
  verify?: boolean;
  /**
   * a renewable mandate (UN resolution, EU Council decision): `validTo` is the end of the last renewal the table confirms;
   * past it the row stays in force and its flags say "verify: renewal not confirmed" — a missed update never reads as
   * "no embargo"
   */
  renewable?: boolean;
  /** the day by which the table maintainers must re-check the row (a test fails once it is in the past) */
  reviewBy?: string;
}

/** Pads a YYYY or YYYY-MM date to a day (the first day of the period). */
export function toDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

export function inForce(row: Dated, day: string): boolean {
  return (!row.validFrom || row.validFrom <= day) && (!row.validTo || day <= row.validTo || Boolean(row.renewable));
}

/** A renewable row used past the end of its last confirmed renewal, or past its review date. */
export function renewalUnconfirmed(row: Dated, day: string): boolean {
  return Boolean(row.renewable && ((row.validTo && day > row.validTo) || (row.reviewBy && day > row.reviewBy)));
}

/** The analyst-facing note of a row that must be verified on that day, else undefined. */
export function verifyNote(row: Dated, day: string, tablesVersion: string): string | undefined {
  if (renewalUnconfirmed(row, day)) return `verify: renewal not confirmed in table version ${tablesVersion} (last confirmed to ${row.validTo ?? row.reviewBy})`;
  return row.verify ? `verify: the source marks this row for re-checking (table version ${tablesVersion})` : undefined;
}

/** The rows of a table in force on a day. */
export function rowsInForce<T extends Dated>(rows: readonly T[], day: string): T[] {
  return rows.filter((r) => inForce(r, day));
}

/** Whole months between two days (b after a gives a positive number). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/** The evidence form of a row: what it says, where it comes from, when it is valid. */
export function cite(row: Dated): { source: string; validFrom?: string; validTo?: string; verify?: boolean; renewable?: boolean; reviewBy?: string } {
  return {
    source: row.source,
    ...(row.validFrom ? { validFrom: row.validFrom } : {}),
    ...(row.validTo ? { validTo: row.validTo } : {}),
    ...(row.verify ? { verify: true } : {}),
    ...(row.renewable ? { renewable: true } : {}),
    ...(row.reviewBy ? { reviewBy: row.reviewBy } : {}),
  };
}
