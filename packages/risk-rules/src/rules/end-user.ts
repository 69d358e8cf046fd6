import { sameName } from '../facts/parties';
import type { PartyFacts, RuleContext } from '../types';

/** The end user as the request names it: an end_user party, else endUse.endUser (and the party of the same name, if any). */
export function endUser(ctx: RuleContext): { name: string; party?: PartyFacts; country?: string } | undefined {
  const stated = ctx.request.endUse?.endUser?.trim();
  const party = ctx.parties.find((p) => p.party.role === 'end_user') ?? (stated ? ctx.parties.find((p) => sameName(p.party.name, stated)) : undefined);
  const name = party?.party.name ?? stated;
  if (!name) return undefined;
  const country = party?.party.country ?? ctx.request.endUse?.certificate?.issuingCountry;
  return { name, ...(party ? { party } : {}), ...(country ? { country } : {}) };
}
