import type { Match, RowOutcome, ScreeningResult } from '@screening/schemas';

/** Lists whose hits are export restrictions (rule A2) rather than sanctions (rule A1), as in the risk rules. */
const EXPORT_LISTS = new Set(['us_bis_dpl']);

function best(matches: Match[]): RowOutcome['bestMatch'] {
  const m = matches[0];
  return m ? { name: m.name, entityId: m.entityId, list: m.list, score: m.score } : undefined;
}

/**
 * A single-party row (no shipment): its list matches decide it, as rules A1/A2 do for a shipment party — a
 * match at or above the threshold is a critical list hit (block); no match is clear.
 */
export function singleOutcome(matches: Match[]): RowOutcome {
  const hits = matches.filter((m) => m.match);
  const bestMatch = best(matches);
  if (!hits.length) return { status: 'ok', decision: 'clear', riskLevel: 'none', flags: [], ...(bestMatch ? { bestMatch } : {}) };
  const flags = [...new Set(hits.map((m) => (EXPORT_LISTS.has(m.list) ? 'A2' : 'A1')))].sort();
  return { status: 'ok', decision: 'block', riskLevel: 'critical', flags, ...(bestMatch ? { bestMatch } : {}) };
}

/** The outcome of one party of a screened shipment: the shipment's decision, the party's best match and its flags. */
export function partyOutcome(result: ScreeningResult, partyIndex: number, shipment: string): RowOutcome {
  const party = result.parties.find((p) => p.index === partyIndex);
  const bestMatch = best(party?.matches ?? []);
  const flags = [...new Set(result.flags.filter((f) => f.parties.length === 0 || f.parties.includes(partyIndex)).map((f) => f.ruleId))];
  return { status: 'ok', decision: result.decision, riskLevel: result.riskLevel, flags, shipment, ...(bestMatch ? { bestMatch } : {}) };
}

export const errorOutcome = (reason: string, shipment?: string): RowOutcome => ({ status: 'error', reason, flags: [], ...(shipment ? { shipment } : {}) });
