/** Precision / recall / F1 helpers shared by the benchmarks (same definitions as ../shared/eval/README.md). */
export interface Row {
  positive: boolean;
  predicted: boolean;
  score: number;
  group: string;
}

export function prf(rows: Row[]) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.positive) r.predicted ? tp++ : fn++;
    else r.predicted ? fp++ : tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export function bestF1(rows: Row[]) {
  const xs = rows.filter((r) => r.score > 0).sort((a, b) => b.score - a.score);
  const P = rows.filter((r) => r.positive).length;
  let tp = 0, fp = 0;
  let best = { f1: 0, precision: 0, recall: 0, threshold: NaN };
  xs.forEach((r, i) => {
    r.positive ? tp++ : fp++;
    if (i + 1 < xs.length && xs[i + 1]!.score === r.score) return;
    const p = tp / (tp + fp), rec = tp / P, f1 = p + rec ? (2 * p * rec) / (p + rec) : 0;
    if (f1 > best.f1) best = { f1, precision: p, recall: rec, threshold: (r.score + (xs[i + 1]?.score ?? 0)) / 2 };
  });
  return best;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** Per-group table: recall for groups of positives, false-positive rate for groups of negatives. */
export function perGroup(rows: Row[]): string {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const lines = [...groups.entries()].sort().map(([g, rs]) => {
    const pos = rs.filter((r) => r.positive);
    const neg = rs.filter((r) => !r.positive);
    const rec = pos.length ? `recall ${pct(pos.filter((r) => r.predicted).length / pos.length)} %` : '';
    const fpr = neg.length ? `FP rate ${pct(neg.filter((r) => r.predicted).length / neg.length)} %` : '';
    return `  ${g.padEnd(20)} n=${String(rs.length).padStart(4)}  ${rec}${rec && fpr ? '  ' : ''}${fpr}`;
  });
  return lines.join('\n');
}

export function summary(label: string, rows: Row[], threshold: number): string {
  const m = prf(rows);
  const b = bestF1(rows);
  return [
    `${label}: at threshold ${threshold}: precision ${m.precision.toFixed(4)} recall ${m.recall.toFixed(4)} F1 ${m.f1.toFixed(4)} (TP ${m.tp} FP ${m.fp} FN ${m.fn} TN ${m.tn})`,
    `${label}: best-F1 threshold ${b.threshold.toFixed(3)}: F1 ${b.f1.toFixed(4)} precision ${b.precision.toFixed(4)} recall ${b.recall.toFixed(4)}`,
  ].join('\n');
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
