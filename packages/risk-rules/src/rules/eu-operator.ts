import { EU_MEMBERS, EU_PARTNERS } from '../tables/eu';
import { rowsInForce } from '../tables/dated';
import type { RuleContext } from '../types';

/** Is the exporter an EU operator: 'yes', 'no', or unknown when neither exporterJurisdictions nor a seller/exporter country is given. */
export function euOperator(ctx: RuleContext): 'yes' | 'no' | 'unknown' {
  const j = ctx.request.exporterJurisdictions;
  if (j?.length) return j.some((c) => c === 'EU' || EU_MEMBERS.has(c)) ? 'yes' : 'no';
  const sellers = ctx.parties.filter((p) => (p.party.role === 'seller' || p.party.role === 'exporter') && p.party.country);
  if (sellers.length === 0) return 'unknown';
  return sellers.some((p) => EU_MEMBERS.has(p.party.country!)) ? 'yes' : 'no';
}

/** A destination outside the EU and the Annex VIII partner countries in force. */
export function outsideEuAndPartners(ctx: RuleContext, code: string): boolean {
  return !EU_MEMBERS.has(code) && !rowsInForce(EU_PARTNERS, ctx.day).some((r) => r.code === code);
}
