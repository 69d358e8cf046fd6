import type { ScreeningRequest } from '@screening/schemas';
import { toDay } from '../tables/dated';
import type { PartyFacts, PartyMatches, RuleContext } from '../types';
import { locateLeg, locateParty } from './geo';
import { goodsFacts } from './goods';
import { securityEndUsers } from './security';

/** Derives the facts every rule shares: places of parties and legs, goods classes, the destination and the day. */
export function buildContext(request: ScreeningRequest, matches: PartyMatches[], screenedAt: string | undefined, strongName?: number): RuleContext {
  const day = toDay(request.transactionDate ?? screenedAt ?? '1970-01-01');
  const today = screenedAt ? toDay(screenedAt) : day;
  const lawDay = today > day ? today : day;
  const parties: PartyFacts[] = request.parties.map((party, index) => {
    const places = locateParty(party);
    return {
      index,
      party,
      places,
      countries: new Set(places.map((p) => p.country)),
      regions: new Set(places.flatMap((p) => (p.region ? [p.region] : []))),
      evidence: matches.find((m) => m.index === index) ?? { index, matches: [] },
    };
  });
  const route = request.route.map((leg, index) => ({ index, leg, places: locateLeg(leg) }));
  const security = securityEndUsers(request);
  return {
    request,
    day,
    lawDay,
    parties,
    goods: request.goods.map((g, i) => goodsFacts(g, i, day, security.length > 0)),
    security,
    route,
    ...destination(request, parties, route),
    ...(strongName !== undefined ? { strongName } : {}),
    flags: [],
  };
}

function destination(request: ScreeningRequest, parties: PartyFacts[], route: RuleContext['route']): Pick<RuleContext, 'destination'> {
  if (request.declaredDestination) return { destination: { country: request.declaredDestination, from: 'declaredDestination' } };
  for (const role of ['ultimate_consignee', 'consignee', 'end_user', 'buyer'] as const) {
    const p = parties.find((x) => x.party.role === role && x.party.country);
    if (p) return { destination: { country: p.party.country!, from: `${role} country` } };
  }
  const last = route.at(-1);
  return last ? { destination: { country: last.leg.country, from: 'last route leg' } } : {};
}
