import { countryCode, tokens } from '@screening/matching';
import { locateText } from '../facts/geo';
import { sameName } from '../facts/parties';
import type { PartyFacts, RuleContext } from '../types';

/**
 * The end user as the request names it: an end_user party, else endUse.endUser (and the party of the same name, if any). Its
 * country: the party's, else a country the stated end user names ("Ministère de la Défense, République du Mali" → ML), else
 * the end-use certificate's issuing country (`countryFrom` says which).
 */
export function endUser(ctx: RuleContext): { name: string; party?: PartyFacts; country?: string; countryFrom?: string } | undefined {
  const stated = ctx.request.endUse?.endUser?.trim();
  const party = ctx.parties.find((p) => p.party.role === 'end_user') ?? (stated ? ctx.parties.find((p) => sameName(p.party.name, stated)) : undefined);
  const name = party?.party.name ?? stated;
  if (!name) return undefined;
  const named = !party?.party.country && stated ? namedCountry(stated) : undefined;
  const cert = ctx.request.endUse?.certificate?.issuingCountry;
  const [country, countryFrom] = party?.party.country ? [party.party.country, 'end-user party'] : named ? [named, 'endUse.endUser'] : cert ? [cert, 'end-use certificate'] : [];
  return { name, ...(party ? { party } : {}), ...(country ? { country, countryFrom: countryFrom! } : {}) };
}

/**
 * The country an end user's name gives: a place the gazetteer knows, else a country name that ends a comma segment
 * ("Ministère de la Défense, République du Mali", "Ministry of Defence of the Republic of Niger").
 */
function namedCountry(text: string): string | undefined {
  const located = locateText(text, 'endUse.endUser')[0]?.country;
  if (located) return located;
  for (const seg of text.split(/[,;(]/).reverse()) {
    const t = tokens(seg);
    for (let n = Math.min(3, t.length); n >= 1; n--) {
      const code = countryCode(t.slice(-n).join(' '));
      if (code) return code;
    }
  }
  return undefined;
}
