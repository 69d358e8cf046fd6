import type { CanonicalEntity } from '@screening/schemas';
import { reorderComma, tokens } from './normalize';

export interface IndexedName {
  entity: number;
  original: string;
  tokens: string[];
  weak: boolean;
}

export interface MatchIndex {
  source: string;
  version: string;
  entities: CanonicalEntity[];
  names: IndexedName[];
  /** token → ids of names containing it */
  byToken: Map<string, number[]>;
}

/** Builds the in-memory index of one list version (pure; shared across concurrent jobs). */
export function buildIndex(entities: CanonicalEntity[], meta: { source: string; version: string }): MatchIndex {
  const names: IndexedName[] = [];
  const byToken = new Map<string, number[]>();
  entities.forEach((e, ei) => {
    const all = [{ name: e.name, weak: false }, ...e.aliases.map((a) => ({ name: a.name, weak: a.quality === 'weak' }))];
    for (const n of all) {
      const display = e.type === 'person' ? reorderComma(n.name) : n.name;
      const t = tokens(display);
      if (t.length === 0) continue;
      const id = names.length;
      names.push({ entity: ei, original: n.name, tokens: t, weak: n.weak });
      for (const tok of new Set(t)) {
        const key = tok.slice(0, 3);
        const arr = byToken.get(key);
        if (arr) arr.push(id);
        else byToken.set(key, [id]);
      }
    }
  });
  return { ...meta, entities, names, byToken };
}
