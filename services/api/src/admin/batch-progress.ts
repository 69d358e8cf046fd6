import { BatchStore } from '@screening/queue';
import type { ApiDeps } from '../deps';
import type { BatchProgress } from './overview';

/** Reads a batch's progress from the batch store (the same record GET /v1/batches/{id} answers from). */
export function batchProgressLoader(deps: ApiDeps): (id: string) => Promise<(BatchProgress & { tenant: string }) | undefined> {
  const store = new BatchStore(deps.redis, deps.config.REDIS_PREFIX, deps.config.BATCH_TTL_SECONDS);
  return async (id) => {
    const b = await store.get(id);
    return b && { id: b.id, tenant: b.tenant, status: b.status, rows: b.rows, processed: Math.min(b.processed, b.rows), errors: b.errors, createdAt: b.createdAt };
  };
}
