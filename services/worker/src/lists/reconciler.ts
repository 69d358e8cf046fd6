import type { ListControl } from '@screening/queue';
import type { Config, Logger } from '@screening/runtime';
import { type CanonicalEntity, ListCategorySchema } from '@screening/schemas';
import { contentVersion, diffLists, type ListSource, type LoadReport, loadCustomList, loadList, resolveListSources } from '@screening/watchlists';
import { type CatalogEntry, type CatalogHolder, entryFor } from '../catalog';

interface Held {
  entry: CatalogEntry;
  entities: CanonicalEntity[];
  path: string;
  report?: LoadReport;
}

export interface ListChange {
  source: string;
  from: string;
  to: string;
  generation: number;
}

/**
 * Keeps this worker's catalog equal to the desired lists: the configured or synced list paths plus the custom
 * lists in Redis. A source whose content did not change keeps its index; a changed one is loaded and indexed
 * beside the old one, and the whole catalog is swapped in one assignment (jobs that already hold a snapshot
 * finish on it). A source that fails to load keeps its previous version and the error is recorded.
 */
export class ListReconciler {
  private held = new Map<string, Held>();
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      config: Config;
      logger: Logger;
      catalog: CatalogHolder;
      control: ListControl;
      /** called once per change, by the worker that stored its diff first */
      onChange: (change: ListChange) => Promise<void>;
      /** called after each swap (e.g. to publish the new versions at once) */
      onSwap?: () => unknown;
      resolve?: () => ListSource[];
    },
  ) {}

  /** Registers the lists loaded at start (their entries are already in the catalog). */
  adopt(sources: ListSource[], loaded: Map<string, { entities: CanonicalEntity[]; report?: LoadReport }>): void {
    for (const s of sources) {
      const entry = this.deps.catalog.snapshot().entries.get(s.source);
      const l = loaded.get(s.source);
      if (entry) this.held.set(s.source, { entry, entities: l?.entities ?? [], path: s.path, ...(l?.report ? { report: l.report } : {}) });
    }
  }

  /** Entities of the list versions currently served (for digests and full re-screening). */
  entitiesOf(source: string): CanonicalEntity[] {
    return this.held.get(source)?.entities ?? [];
  }

  get currentGeneration(): number {
    return this.generation;
  }

  /** Reloads when the desired generation moved past ours. */
  async sync(force = false): Promise<void> {
    const d = await this.deps.control.desired();
    if (!force && (!d || d.generation <= this.generation)) return;
    await this.reconcile(d?.generation ?? this.generation);
  }

  /** Serialised: one reconcile at a time per worker. */
  reconcile(generation: number): Promise<void> {
    this.queue = this.queue.then(() => this.run(generation)).catch((err) => this.deps.logger.error({ err: (err as Error).message }, 'list reconcile failed'));
    return this.queue;
  }

  private async run(generation: number): Promise<void> {
    const { config, logger, control } = this.deps;
    const sources = this.deps.resolve ? this.deps.resolve() : resolveListSources(config).sources;
    const next = new Map<string, Held>();
    const changes: { source: string; before: Held; after: Held }[] = [];
    const take = (source: string, fresh: Held) => {
      const before = this.held.get(source);
      next.set(source, fresh);
      if (before && before.entry.version.version !== fresh.entry.version.version) changes.push({ source, before, after: fresh });
    };
    for (const s of sources) {
      const before = this.held.get(s.source);
      try {
        const version = await contentVersion(s.path);
        if (before && before.entry.version.version === version) {
          next.set(s.source, before);
          continue;
        }
        const list = await loadList(s.source, s.path);
        take(s.source, { entry: entryFor(list), entities: list.entities, path: s.path, report: list.report });
        await control.setError(s.source, undefined);
        logger.info({ list: s.source, version: list.version, report: list.report }, 'list version loaded');
      } catch (err) {
        const message = (err as Error).message;
        logger.error({ list: s.source, path: s.path, err: message }, 'list load failed; keeping the version served');
        await control.setError(s.source, message);
        if (before) next.set(s.source, before);
      }
    }
    for (const name of await control.customNames()) {
      const id = `custom:${name}`;
      const before = this.held.get(id);
      const stored = await control.getCustom(name);
      if (!stored) continue;
      if (before && before.entry.version.version === stored.version) {
        next.set(id, before);
        continue;
      }
      try {
        const category = ListCategorySchema.safeParse(stored.category);
        const list = await loadCustomList(name, stored.content, undefined, category.success ? category.data : undefined);
        take(id, { entry: entryFor(list), entities: list.entities, path: id, report: list.report });
      } catch (err) {
        logger.error({ list: id, err: (err as Error).message }, 'custom list load failed; keeping the version served');
        if (before) next.set(id, before);
      }
    }
    const same = next.size === this.held.size && [...next].every(([k, v]) => this.held.get(k) === v);
    if (!same) {
      this.deps.catalog.swap([...next.values()].map((h) => h.entry));
      this.held = next;
      logger.info({ generation, lists: [...next.values()].map((h) => `${h.entry.version.id}@${h.entry.version.version}`) }, 'catalog swapped');
      await this.deps.onSwap?.();
    }
    this.generation = Math.max(this.generation, generation);
    for (const h of next.values()) {
      const v = h.entry.version;
      const report = h.report ? { rows: h.report.rows, entities: h.report.entities, rejected: h.report.rejected, reasons: h.report.reasons } : undefined;
      await control.recordVersion(v.id, { version: v.version, path: h.path, loadedAt: v.loadedAt, entities: v.entities, ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}), ...(report ? { report } : {}) });
    }
    for (const c of changes) {
      const { changedEntities, ...diff } = diffLists(c.source, { version: c.before.entry.version.version, entities: c.before.entities }, { version: c.after.entry.version.version, entities: c.after.entities });
      if (await control.claimChange(diff, changedEntities, generation)) {
        logger.info({ list: c.source, from: diff.from, to: diff.to, counts: diff.counts }, 'list changed');
        await this.deps.onChange({ source: c.source, from: diff.from, to: diff.to, generation });
      }
    }
  }
}
