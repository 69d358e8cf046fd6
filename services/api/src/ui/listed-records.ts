import type { CanonicalEntity, ListEntitiesTaskResult } from '@screening/schemas';
import type { ApiDeps } from '../deps';
import { runListTask } from '../use-cases/run-list-task';

export interface ListedRecord {
  /** the list version the worker serves now (the hit may be from an earlier one) */
  version: string;
  entity: CanonicalEntity;
}

/** A page waits this long at most for a worker to answer the records; without them the hit shows what the match carries. */
const WAIT_MS = 3000;

/**
 * The listed records of a page's hits, by entity id, read by a worker (the API never loads lists). Only ids of the
 * tenant's own hits are asked for. A busy or absent worker gives an empty map, never an error page.
 */
export async function listedRecords(deps: ApiDeps, ids: readonly string[]): Promise<Map<string, ListedRecord>> {
  const unique = [...new Set(ids)].slice(0, 50);
  const out = new Map<string, ListedRecord>();
  if (!unique.length) return out;
  try {
    const r = await runListTask<ListEntitiesTaskResult>(deps.listTasks.queue, deps.listTasks.events, { kind: 'entities', ids: unique }, { timeoutMs: Math.min(WAIT_MS, deps.config.LISTS_TASK_TIMEOUT_MS) });
    unique.forEach((id, i) => r.entities[i] && out.set(id, r.entities[i]!));
  } catch (err) {
    deps.logger.debug({ err: (err as Error).message }, 'listed records not read');
  }
  return out;
}
