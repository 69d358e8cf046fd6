import { listKinds } from '@screening/risk-rules';
import type { Match, RowOutcome, ScreeningResult } from '@screening/schemas';

function best(matches: Match[]): RowOutcome['bestMatch'] {
  const m = matches[0];
  return m ? { name: m.name, entityId: m.entityId, list: m.list, score: m.score } : undefined;
}

/**
 * A single-party row (no shipment): its list matches decide it with the list kinds of the risk rules, as A1/A2
 * do for a shipment party — a sanctions or export-list match at or above the threshold is a critical hit
 * (block), an Unverified List match alone is high (review); no match is clear.
 */
export function singleOutcome(matches: Match[]): RowOutcome {
  const bestMatch = best(matches);
  const flags = new Set<string>();
  let critical = false;
  for (const m of matches.filter((x) => x.match)) {
    const kinds = listKinds(m);
    if (kinds.has('sanctions')) flags.add('A1');
    if (kinds.has('export') || kinds.has('unverified')) flags.add('A2');
    critical ||= kinds.has('sanctions') || kinds.has('export');
  }
  const base = { status: 'ok' as const, flags: [...flags].sort(), ...(bestMatch ? { bestMatch } : {}) };
  if (!flags.size) return { ...base, decision: 'clear', riskLevel: 'none' };
  return critical ? { ...base, decision: 'block', riskLevel: 'critical' } : { ...base, decision: 'review', riskLevel: 'high' };
}

/** The outcome of one party of a screened shipment: the shipment's decision, the party's best match and its flags. */
export function partyOutcome(result: ScreeningResult, partyIndex: number, shipment: string): RowOutcome {
  const party = result.parties.find((p) => p.index === partyIndex);
  const bestMatch = best(party?.matches ?? []);
  const flags = [...new Set(result.flags.filter((f) => f.parties.length === 0 || f.parties.includes(partyIndex)).map((f) => f.ruleId))];
  return { status: 'ok', decision: result.decision, riskLevel: result.riskLevel, flags, shipment, ...(bestMatch ? { bestMatch } : {}) };
}

export const errorOutcome = (reason: string, shipment?: string): RowOutcome => ({ status: 'error', reason, flags: [], ...(shipment ? { shipment } : {}) });
