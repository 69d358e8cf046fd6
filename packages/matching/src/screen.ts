import type { CanonicalEntity, EntityInput, Explanation } from '@screening/schemas';
import type { MatchIndex } from './index-build';
import { reorderComma, tokens } from './normalize';
import { nameScore } from './score';

export const ALGORITHM = 'token-jw@0.1';
const WEAK_ALIAS_FACTOR = 0.9;

export interface ScoredCandidate {
  entity: CanonicalEntity;
  matchedName: string;
  score: number;
  match: boolean;
  explanation: Explanation;
}

export interface ScreenOptions {
  threshold: number;
  limit: number;
}

function queryNames(q: EntityInput): string[][] {
  return [q.name, ...q.aliases].map((n) => tokens(q.type === 'person' ? reorderComma(n) : n)).filter((t) => t.length);
}

function explain(name: number, matchedName: string): Explanation {
  return { features: { name: Number(name.toFixed(4)) }, text: `name similarity ${name.toFixed(2)} with "${matchedName}"` };
}

/** Scores a query against every candidate of the index sharing a token prefix; best first. */
export function screen(query: EntityInput, index: MatchIndex, opts: ScreenOptions): ScoredCandidate[] {
  const qs = queryNames(query);
  const candidates = new Set<number>();
  for (const t of qs.flat()) for (const id of index.byToken.get(t.slice(0, 3)) ?? []) candidates.add(id);
  const best = new Map<number, { score: number; name: string }>();
  for (const id of candidates) {
    const n = index.names[id]!;
    for (const q of qs) {
      const s = nameScore(q, n.tokens) * (n.weak ? WEAK_ALIAS_FACTOR : 1);
      const prev = best.get(n.entity);
      if (!prev || s > prev.score) best.set(n.entity, { score: s, name: n.original });
    }
  }
  return [...best.entries()]
    .filter(([, b]) => b.score >= opts.threshold)
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, opts.limit)
    .map(([ei, b]) => ({
      entity: index.entities[ei]!,
      matchedName: b.name,
      score: Number(b.score.toFixed(4)),
      match: b.score >= opts.threshold,
      explanation: explain(b.score, b.name),
    }));
}

/** Compares two entities with the same scorer as screening. */
export function compare(a: EntityInput, b: EntityInput, threshold: number) {
  let best = 0;
  let matched = b.name;
  for (const qa of queryNames(a)) {
    for (const n of [b.name, ...b.aliases]) {
      const s = nameScore(qa, tokens(b.type === 'person' ? reorderComma(n) : n));
      if (s > best) {
        best = s;
        matched = n;
      }
    }
  }
  const score = Number(best.toFixed(4));
  return { score, match: score >= threshold, threshold, explanation: explain(best, matched), algorithm: ALGORITHM };
}
