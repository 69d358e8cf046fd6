import type { ApiDeps } from '../deps';
import type { BatchProgress } from './overview';

/** Reads a batch's progress from the batch store; no batch store yet (bulk batches arrive with issue 5). */
export function batchProgressLoader(_deps: ApiDeps): (id: string) => Promise<BatchProgress | undefined> {
  return async () => undefined;
}
