import type { TradeRecord } from '@screening/schemas';
import { normalizeHs } from '../facts/goods';
import { toDay } from '../tables/dated';
import type { PartyFacts, RuleContext } from '../types';

/**
 * Earlier trade of the parties that carry a history, oldest first: records dated before the transaction day, without records
 * of this same shipment (same reference: a shipment screened again is not a second shipment).
 */
export function earlier(ctx: RuleContext): { party: PartyFacts; records: TradeRecord[] }[] {
  const ref = ctx.request.reference;
  return ctx.parties
    .filter((p) => p.party.history !== undefined)
    .map((party) => ({
      party,
      records: party.party.history!.filter((h) => toDay(h.date) < ctx.day && !(ref && h.reference === ref)).sort((a, b) => toDay(a.date).localeCompare(toDay(b.date))),
    }));
}

/** HS headings (4 digits) of a list of codes. */
export function headings(codes: (string | undefined)[]): Set<string> {
  return new Set(codes.flatMap((c) => {
    const hs = normalizeHs(c).hs;
    return hs && hs.length >= 4 ? [hs.slice(0, 4)] : [];
  }));
}

/** Days between two YYYY-MM-DD days. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${toDay(b)}T00:00:00Z`) - Date.parse(`${toDay(a)}T00:00:00Z`)) / 86_400_000);
}
