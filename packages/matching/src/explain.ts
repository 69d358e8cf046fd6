import type { Explanation } from '@screening/schemas';
import type { Alignment } from './score/align';
import type { FeatureResult } from './score/features';

const r2 = (x: number) => Number(x.toFixed(4));

/** Explanation of one scored candidate: which names were aligned, per-feature verdicts, every adjustment. */
export function explain(
  a: { queryName: string; matchedName: string; nameScore: number; weak: boolean; alignment: Alignment },
  f: FeatureResult,
  score: number,
  algorithm: string,
): Explanation {
  const pairs = a.alignment.pairs.map((p) => (p.q === p.c ? p.q : `${p.q}≈${p.c} ${p.sim.toFixed(2)}`)).join(', ');
  const parts = a.queryName
    ? [`"${a.queryName}" ~ "${a.matchedName}"${a.weak ? ' (weak alias)' : ''}: name ${a.nameScore.toFixed(2)} [${pairs}]`]
    : [`no name in the query; listed as "${a.matchedName}"`];
  // an identifier that decides is said first: it is why the candidate is here
  if (f.decisive && f.identifier) parts.unshift(`identifier hit: ${f.reasons.find((r) => r.includes(f.identifier!.value)) ?? f.identifier.type}`);
  if (a.alignment.extraQuery.length) parts.push(`query words not in the listed name: ${a.alignment.extraQuery.join(' ')}`);
  if (a.alignment.extraCandidate.length) parts.push(`listed words not in the query: ${a.alignment.extraCandidate.join(' ')}`);
  parts.push(...f.reasons);
  parts.push(`score ${score.toFixed(2)} (${algorithm})`);
  return {
    features: { name: r2(a.nameScore), ...f.features, algorithm },
    text: parts.join('; '),
    reasons: [`name ${a.nameScore.toFixed(2)}${a.weak ? ' on a weak alias' : ''}`, ...f.reasons],
  };
}
