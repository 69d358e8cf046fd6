import type { ListEntity } from '@screening/schemas';

/** A row or record that could not be mapped, with where it was and why. */
export interface Rejected {
  file: string;
  line: number;
  reason: string;
}

/** What a reader hands back: mapped entities, rejected rows and, when the file says so, its publication date. */
export interface ReaderOutput {
  entities: ListEntity[];
  rejected: Rejected[];
  publishedAt?: string;
  /** source rows/records read (rows can be more than entities when a format has one row per name or address) */
  rows?: number;
}

export type ListReader = (path: string) => Promise<ReaderOutput>;

/** Removes empty strings, undefined and duplicates (case-sensitive) while keeping order. */
export function uniq(values: (string | undefined | null)[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v?.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Drops keys whose value is undefined, empty string or empty array (keeps entities compact and diffs clean). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
