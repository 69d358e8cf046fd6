import type { Match, RowOutcome, ScreeningResult } from '@screening/schemas';

/** The best match that drives the decision (a suppressed one is still listed in `matches`). */
function best(matches: Match[]): RowOutcome['bestMatch'] {
  // the best match that drives the decision: not a review-band near match (match: false), not a suppressed one
  const m = matches.find((x) => x.match && !x.suppressed);
  return m ? { name: m.name, entityId: m.entityId, list: m.list, score: m.score } : undefined;
}

/** The outcome of one party of a screening (a shipment, or a lone party): the shipment's decision, the party's best match and its flags. */
export function partyOutcome(result: ScreeningResult, partyIndex: number, shipment?: string): RowOutcome {
  const party = result.parties.find((p) => p.index === partyIndex);
  const bestMatch = best(party?.matches ?? []);
  const flags = [...new Set(result.flags.filter((f) => f.parties.length === 0 || f.parties.includes(partyIndex)).map((f) => f.ruleId))];
  return {
    status: 'ok', decision: result.decision, riskLevel: result.riskLevel, flags, ...(shipment ? { shipment } : {}), ...(bestMatch ? { bestMatch } : {}),
    ...(party?.fingerprint ? { fingerprint: party.fingerprint } : {}), ...(party?.matches.length ? { matches: party.matches } : {}),
  };
}

export const errorOutcome = (reason: string, shipment?: string): RowOutcome => ({ status: 'error', reason, flags: [], ...(shipment ? { shipment } : {}) });
