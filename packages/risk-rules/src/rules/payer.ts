import type { PartyFacts, RuleContext } from '../types';

/** The payer: a payer party, else payment.payer / payment.payerCountry. */
export function payer(ctx: RuleContext): { name?: string; country?: string; party?: PartyFacts } | undefined {
  const party = ctx.parties.find((p) => p.party.role === 'payer');
  const pay = ctx.request.payment;
  const name = party?.party.name ?? pay?.payer;
  const country = party?.party.country ?? pay?.payerCountry;
  if (!name && !country) return undefined;
  return { ...(name ? { name } : {}), ...(country ? { country } : {}), ...(party ? { party } : {}) };
}

export const FUNDED_ROLES = ['buyer', 'consignee', 'ultimate_consignee', 'end_user'];
