import { countryCode } from '@screening/matching';
import { type EntityInput, EntityInputSchema, type Goods, type Party, PartySchema, readColumns, type z } from '@screening/schemas';

/** A stored row, read back: what to screen, or why it cannot be screened. */
export type RowInput =
  | { kind: 'error'; reason: string }
  | { kind: 'single'; entity: EntityInput }
  | { kind: 'party'; reference: string; party: Party; goods: Goods[]; destination?: string };

/** Column positions by recognised column (exact name, synonym or typo: `readColumns`, the same reading the API reported). */
export type Columns = Map<string, number>;

export function columnsOf(header: string[]): Columns {
  return new Map(Object.entries(readColumns(header).index));
}

const TYPES: Record<string, EntityInput['type']> = {
  person: 'person', individual: 'person', natural_person: 'person',
  organization: 'organization', organisation: 'organization', company: 'organization', entity: 'organization', business: 'organization',
  vessel: 'vessel', ship: 'vessel', aircraft: 'aircraft', airplane: 'aircraft', unknown: 'unknown',
};

/** CSV column names for messages (the schemas' field names differ). */
const COLUMN_OF: Record<string, string> = { dateOfBirth: 'date_of_birth', role: 'role', hsCode: 'hs_codes' };

class RowError extends Error {}

const split = (v: string, sep = ';') => v.split(sep).map((s) => s.trim()).filter(Boolean);

function country(v: string, column: string): string | undefined {
  if (!v) return undefined;
  const code = countryCode(v);
  if (!code) throw new RowError(`${column}: "${v}" is not a known country or ISO code`);
  return code;
}

function identifiers(v: string): { type: string; value: string }[] {
  return split(v).map((part) => {
    const i = part.indexOf(':');
    if (i <= 0 || i === part.length - 1) throw new RowError(`identifiers: "${part}" is not type:value (e.g. imo:9187629;inn:7707083893)`);
    return { type: part.slice(0, i).trim(), value: part.slice(i + 1).trim() };
  });
}

function issues(e: z.ZodError): string {
  return e.issues
    .map((i) => {
      const head = String(i.path[0] ?? 'row');
      return `${COLUMN_OF[head] ?? head}: ${i.message}`;
    })
    .join('; ');
}

/**
 * The shipment a stored row belongs to, by the same rule the API used to group it at upload: a readable row
 * with a non-empty `reference` and a non-empty `role` (whether or not its other cells are valid).
 */
export function shipmentRef(raw: string | null, cols: Columns): string | undefined {
  if (raw === null || raw[0] !== '[') return undefined;
  const cells = JSON.parse(raw) as string[];
  const at = (c: string) => {
    const i = cols.get(c);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  return at('reference') && at('role') ? at('reference') : undefined;
}

/**
 * Reads one row: the recognised columns become an entity (or a shipment party when the row has a
 * `reference` and a `role`), validated with the same schemas as the JSON API. Any problem is the row's reason.
 */
export function readRow(raw: string | null, cols: Columns): RowInput {
  if (raw === null) return { kind: 'error', reason: 'the row is missing from storage (expired?)' };
  const stored = JSON.parse(raw) as string[] | { e: string };
  if (!Array.isArray(stored)) return { kind: 'error', reason: stored.e };
  const cell = (c: string) => {
    const i = cols.get(c);
    return i === undefined ? '' : (stored[i] ?? '').trim();
  };
  try {
    const name = cell('name');
    if (!name) throw new RowError('name: empty (every row needs a name)');
    const rawType = cell('type').toLowerCase().replace(/[\s-]+/g, '_');
    const type = rawType ? TYPES[rawType] : 'unknown';
    if (!type) throw new RowError(`type: "${cell('type')}" is not one of person, organization, vessel, aircraft`);
    const c = country(cell('country'), 'country');
    const base = {
      name,
      type,
      aliases: split(cell('aliases')),
      identifiers: identifiers(cell('identifiers')),
      ...(c ? { country: c } : {}),
      ...(cell('address') ? { address: cell('address') } : {}),
      ...(cell('date_of_birth') ? { dateOfBirth: cell('date_of_birth') } : {}),
    };
    const reference = cell('reference');
    const role = cell('role').toLowerCase().replace(/[\s-]+/g, '_');
    if (reference && role) {
      const party = PartySchema.safeParse({ ...base, role });
      if (!party.success) throw new RowError(issues(party.error));
      const goods = split(cell('hs_codes')).map((hsCode) => ({ hsCode }));
      if (goods.some((g) => !/^[0-9.\s]{2,14}$/.test(g.hsCode))) throw new RowError(`hs_codes: "${cell('hs_codes')}" is not a ;-separated list of HS codes`);
      const destination = country(cell('destination'), 'destination');
      return { kind: 'party', reference, party: party.data, goods, ...(destination ? { destination } : {}) };
    }
    const entity = EntityInputSchema.safeParse({ ...base, ...(c ? { countries: [c] } : {}) });
    if (!entity.success) throw new RowError(issues(entity.error));
    return { kind: 'single', entity: entity.data as EntityInput };
  } catch (err) {
    if (err instanceof RowError) return { kind: 'error', reason: err.message };
    throw err;
  }
}
