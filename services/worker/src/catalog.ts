import { buildIndex, type MatchIndex } from '@screening/matching';
import { listOwner } from '@screening/queue';
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
  /** in a tenant's view with own lists: the view of the lists every tenant uses (its link graph is reused) */
  readonly shared?: Catalog;
}

const views = new WeakMap<Catalog, { shared: Catalog; tenants: Map<string, Catalog> }>();

/**
 * What one tenant screens against (issue 12): the official lists, the deployment-wide custom lists and the tenant's own
 * custom lists — never another tenant's. Every index is shared (one per list, built once per version): a view only picks
 * entries, and is kept per snapshot, so a tenant without own lists uses the same view (and link graph) as every other.
 */
export function tenantView(catalog: Catalog, tenant: string): Catalog {
  let v = views.get(catalog);
  if (!v) {
    const all = [...catalog.entries];
    const common = all.filter(([id]) => listOwner(id) === undefined);
    const shared: Catalog = common.length === all.length ? catalog : { entries: new Map(common) };
    views.set(catalog, (v = { shared, tenants: new Map() }));
  }
  let view = v.tenants.get(tenant);
  if (!view) {
    const own = [...catalog.entries].filter(([id]) => listOwner(id) === tenant);
    view = own.length ? { entries: new Map([...v.shared.entries, ...own]), shared: v.shared } : v.shared;
    v.tenants.set(tenant, view);
  }
  return view;
}

/** The lists every tenant uses (official and deployment-wide). */
export const sharedView = (catalog: Catalog): Catalog => tenantView(catalog, ''); // '' owns no list

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

  /** The whole catalog (every tenant's lists): for list handling, never for a tenant's screening. */
  snapshot(): Catalog {
    return this.current;
  }

  /** What `tenant` screens against, from the current snapshot. */
  forTenant(tenant: string): Catalog {
    return tenantView(this.current, tenant);
  }

  swap(entries: CatalogEntry[]): void {
    const next: Catalog = { entries: new Map(entries.map((e) => [e.version.id, e])) };
    linkGraph(sharedView(next)); // built before the swap, so the first screening on the new versions does not pay for it
    this.current = next;
  }

  versions(): ListVersion[] {
    return [...this.current.entries.values()].map((e) => e.version);
  }

  get loaded(): boolean {
    return this.current.entries.size > 0;
  }
}
