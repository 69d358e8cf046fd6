import { createHash } from 'node:crypto';
import type { CanonicalEntity } from '@screening/schemas';

/** Fields compared between versions (everything a screening or an analyst looks at). */
const FIELDS = [
  'name', 'type', 'aliases', 'programs', 'countries', 'nationalities', 'datesOfBirth', 'placesOfBirth', 'gender', 'identifiers',
  'addresses', 'links', 'vessel', 'title', 'remarks', 'listedOn', 'subList',
] as const;

/** Order-insensitive canonical JSON of one field (lists are often re-ordered between publications). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).sort().join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** Content digest of an entity: equal digests mean nothing a screening uses has changed. */
export function entityDigest(e: CanonicalEntity): string {
  return createHash('sha1').update(FIELDS.map((f) => canonical(e[f])).join('|')).digest('hex').slice(0, 16);
}

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}
export interface ChangedEntity extends EntityRef {
  fields: string[];
}

export interface ListDiff {
  source: string;
  from: string;
  to: string;
  added: EntityRef[];
  removed: EntityRef[];
  changed: ChangedEntity[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

const ref = (e: CanonicalEntity): EntityRef => ({ id: e.id, name: e.name, type: e.type });

/**
 * Added, removed and changed entities between two versions of one list, keyed by the stable entity id, with
 * the fields that changed. Pure; results are sorted by id so the same inputs give the same output.
 */
export function diffLists(source: string, from: { version: string; entities: readonly CanonicalEntity[] }, to: { version: string; entities: readonly CanonicalEntity[] }): ListDiff & { changedEntities: CanonicalEntity[] } {
  const before = new Map(from.entities.map((e) => [e.id, e]));
  const added: EntityRef[] = [];
  const changed: ChangedEntity[] = [];
  const changedEntities: CanonicalEntity[] = [];
  let unchanged = 0;
  for (const e of to.entities) {
    const old = before.get(e.id);
    before.delete(e.id);
    if (!old) {
      added.push(ref(e));
      changedEntities.push(e);
      continue;
    }
    const fields = FIELDS.filter((f) => canonical(old[f]) !== canonical(e[f]));
    if (fields.length) {
      changed.push({ ...ref(e), fields: [...fields] });
      changedEntities.push(e);
    } else unchanged++;
  }
  const removed = [...before.values()].map(ref);
  const byId = (a: EntityRef, b: EntityRef) => a.id.localeCompare(b.id);
  return {
    source,
    from: from.version,
    to: to.version,
    added: added.sort(byId),
    removed: removed.sort(byId),
    changed: changed.sort(byId),
    counts: { added: added.length, removed: removed.length, changed: changed.length, unchanged },
    changedEntities,
  };
}
