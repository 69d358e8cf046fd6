import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type EntityType, type Identifier, type ListCategory, ListCategorySchema, type ListEntity } from '@screening/schemas';
import { readFtmStream } from '../ftm/reader';
import { compact, type ReaderOutput, type Rejected, uniq } from '../reader-types';

const TYPES = new Set<EntityType>(['person', 'organization', 'vessel', 'aircraft', 'unknown']);
const list = (v: string | undefined) => uniq((v ?? '').split(';'));

/** `type:value;type:value` → identifiers (a value without a type is `other`). */
function identifiers(v: string | undefined): Identifier[] {
  return list(v).map((item) => {
    const i = item.indexOf(':');
    return i > 0 ? { type: item.slice(0, i).trim().toLowerCase(), value: item.slice(i + 1).trim() } : { type: 'other', value: item };
  }).filter((x) => x.value);
}

/**
 * An organisation's own list as CSV: header row (case-insensitive) with `name` required and `id`, `type`,
 * `aliases` (`;`), `country`/`countries` (`;`), `date_of_birth`, `identifiers` (`type:value;…`), `programs`,
 * `address`, `remarks`, `category` (blocking|non-blocking|export|debarment|other) optional. Comma or semicolon delimited.
 */
async function readCustomCsv(content: string, name: string, category?: ListCategory): Promise<ReaderOutput> {
  const first = content.split('\n', 1)[0] ?? '';
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parse(content, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true });
  const entities: ListEntity[] = [];
  const rejected: Rejected[] = [];
  const file = `custom:${name}`;
  let n = 0;
  for await (const { record: r, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    n++;
    if (n === 1 && !('name' in r)) throw new Error('custom CSV needs a "name" column');
    const nm = r.name?.trim();
    if (!nm) {
      rejected.push({ file, line: info.lines, reason: 'empty name' });
      continue;
    }
    const type = (r.type?.trim().toLowerCase() || 'unknown') as EntityType;
    if (!TYPES.has(type)) {
      rejected.push({ file, line: info.lines, reason: `unknown type "${r.type}" (person|organization|vessel|aircraft|unknown)` });
      continue;
    }
    const rowCategory = r.category?.trim() ? ListCategorySchema.safeParse(r.category.trim().toLowerCase()) : undefined;
    if (rowCategory && !rowCategory.success) {
      rejected.push({ file, line: info.lines, reason: `unknown category "${r.category}" (${ListCategorySchema.options.join('|')})` });
      continue;
    }
    const sourceId = r.id?.trim() || String(info.lines);
    const countries = uniq([...list(r.country), ...list(r.countries)].map((c) => c.toUpperCase()));
    entities.push(compact<ListEntity>({
      id: `custom:${name}:${sourceId}`, source: 'custom', sourceId, type, name: nm,
      aliases: list(r.aliases).map((a) => ({ name: a, quality: 'strong' as const, kind: 'aka' })),
      programs: list(r.programs), countries, datesOfBirth: list(r.date_of_birth), identifiers: identifiers(r.identifiers),
      addresses: r.address?.trim() ? [{ full: r.address.trim() }] : [], remarks: r.remarks?.trim() || undefined, subList: name,
      categories: category ? [category] : rowCategory?.data ? [rowCategory.data] : undefined,
    }));
  }
  return { entities, rejected, rows: n };
}

/**
 * Reads an uploaded custom list: FtM JSON lines / array (first non-blank char `{` or `[`) or CSV. `category` is what the
 * uploader declared the list to mean (blocking, non-blocking, export, debarment, other); it applies to every entry. Without
 * it, a CSV `category` column or FtM `topics` decide per entry, else the entry counts as blocking (the organisation's own
 * denied-party list).
 */
export async function readCustomContent(content: string, name: string, category?: ListCategory): Promise<ReaderOutput> {
  const start = content.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '{' || start === '[') {
    const out = await readFtmStream(Readable.from([content]), `custom:${name}`, { source: 'custom', idPrefix: `custom:${name}` });
    for (const e of out.entities) {
      e.subList = name;
      if (category) e.categories = [category];
    }
    return out;
  }
  return readCustomCsv(content, name, category);
}
