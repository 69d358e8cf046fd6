/**
 * Typos in small fixed vocabularies (gazetteer place names, CSV header synonyms): fuse.js proposes a candidate, this
 * decides. Optimal-string-alignment distance (insert, delete, substitute, swap adjacent letters): a typo is one such edit
 * (two in words of nine letters or more), so a real, different word ("Hamburg" vs "Hamhung", "customer id" vs
 * "customer name") is not read as a misspelling of it.
 */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Whether `candidate` is a typo of `word`: same first letter and at most one edit (two from nine letters). */
export const isTypoOf = (word: string, candidate: string) => word[0] === candidate[0] && typoDistance(word, candidate) <= (word.length >= 9 ? 2 : 1);
