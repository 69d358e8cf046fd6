import { buildIndex, type MatchIndex, tokenWeight } from '@screening/matching';
import type { CanonicalEntity } from '@screening/schemas';

/**
 * A small index of the entities a list change added or changed that scores exactly like the full list: token
 * weights depend on how rare a word is on the whole list, so the full index's statistics replace the small
 * index's own (on 25 names every word would look rare, and everything would match).
 */
export function deltaIndex(changed: CanonicalEntity[], full: MatchIndex | undefined, meta: { source: string; version: string }): MatchIndex {
  const sub = buildIndex(changed, meta);
  const stats = full?.stats;
  if (!stats) return sub;
  return {
    ...sub,
    stats,
    names: sub.names.map((n) => ({ ...n, name: { ...n.name, weights: n.name.keys.map((k, i) => tokenWeight(k, n.name.ascii[i]!, n.name.kinds[i]!, stats)) } })),
  };
}
