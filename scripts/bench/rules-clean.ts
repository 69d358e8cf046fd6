// `pnpm bench:rules --clean`: screens the ordinary shipments of clean-shipments.ts through the real engine (runScreening:
// matcher + list evidence + rule catalogue) against real lists and reports the share clear / review / block and which flags
// fired. The target: ≥ 97 % clear and no block.
import type { ScreeningRequest } from '@screening/schemas';
import { ScreeningRequestSchema } from '@screening/schemas';
import { runScreening, type ScreeningContext } from '../../services/worker/src/screening';
import { cleanShipments } from './clean-shipments';

export interface CleanReport {
  shipments: number;
  clear: number;
  review: number;
  block: number;
  shareClear: number;
  shareBlock: number;
  /** flags by rule and severity over all shipments, e.g. "B4:info" → 212 */
  flags: Record<string, number>;
  /** why the shipments that are not clear are not clear (first examples) */
  notClear: { reference: string; decision: string; flags: string[] }[];
}

export function runClean(ctx: ScreeningContext, n: number): CleanReport {
  const shipments: ScreeningRequest[] = cleanShipments(n).map((s) => ScreeningRequestSchema.parse(s));
  const counts = { clear: 0, review: 0, block: 0 };
  const flags: Record<string, number> = {};
  const notClear: CleanReport['notClear'] = [];
  shipments.forEach((s, i) => {
    const res = runScreening(`clean-${i}`, s, ctx);
    counts[res.decision]++;
    for (const f of res.flags) flags[`${f.ruleId}:${f.severity}`] = (flags[`${f.ruleId}:${f.severity}`] ?? 0) + 1;
    if (res.decision !== 'clear') {
      notClear.push({
        reference: s.reference ?? `#${i}`,
        decision: res.decision,
        flags: res.flags.filter((f) => f.severity !== 'info' && f.severity !== 'low').map((f) => `${f.ruleId}/${f.severity}: ${f.message}`),
      });
    }
  });
  const pct = (x: number) => Math.round((x / shipments.length) * 1000) / 10;
  return {
    shipments: shipments.length,
    ...counts,
    shareClear: pct(counts.clear),
    shareBlock: pct(counts.block),
    flags: Object.fromEntries(Object.entries(flags).sort((a, b) => b[1] - a[1])),
    notClear,
  };
}
