import { jaroWinkler } from './jaro-winkler';

/** Token-order-insensitive similarity: each token aligned to its best counterpart, weighted by length, both ways. */
export function nameScore(q: readonly string[], c: readonly string[]): number {
  const oneWay = (a: readonly string[], b: readonly string[]) => {
    let sum = 0;
    let weight = 0;
    for (const ta of a) {
      let best = 0;
      for (const tb of b) best = Math.max(best, jaroWinkler(ta, tb));
      sum += best * ta.length;
      weight += ta.length;
    }
    return weight ? sum / weight : 0;
  };
  return Math.min(oneWay(q, c), oneWay(c, q)) * 0.4 + ((oneWay(q, c) + oneWay(c, q)) / 2) * 0.6;
}
