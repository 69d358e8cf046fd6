import { buildIndex, type MatchIndex } from '@screening/matching';
import type { ListVersion } from '@screening/schemas';
import type { LoadedList } from '@screening/watchlists';
import { linkGraph } from './link-graph';

export interface CatalogEntry {
  version: ListVersion;
  index: MatchIndex;
}

/** An immutable set of loaded lists with their indexes: a job takes one snapshot and uses it throughout. */
export interface Catalog {
  readonly entries: ReadonlyMap<string, CatalogEntry>;
}

export function entryFor(list: LoadedList): CatalogEntry {
  const index = buildIndex(list.entities, { source: list.source, version: list.version });
  const version: ListVersion = {
    id: list.source,
    version: list.version,
    entities: list.entities.length,
    names: index.names.length,
    loadedAt: list.loadedAt,
  };
  if (list.publishedAt) version.publishedAt = list.publishedAt;
  if (list.sample) version.sample = true;
  return { version, index };
}

/**
 * Holds the current catalog. Swapping replaces the whole reference at once, so a job that already took a
 * snapshot finishes on the versions it started with and never sees a mix.
 */
export class CatalogHolder {
  private current: Catalog = { entries: new Map() };

  snapshot(): Catalog {
    return this.current;
  }

  swap(entries: CatalogEntry[]): void {
    const next: Catalog = { entries: new Map(entries.map((e) => [e.version.id, e])) };
    linkGraph(next); // built before the swap, so the first screening on the new versions does not pay for it
    this.current = next;
  }

  versions(): ListVersion[] {
    return [...this.current.entries.values()].map((e) => e.version);
  }

  get loaded(): boolean {
    return this.current.entries.size > 0;
  }
}
