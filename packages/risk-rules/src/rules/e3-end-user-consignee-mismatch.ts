import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, hubRow, notEvaluated } from './helpers';
import { endUser } from './end-user';

/** E3: end user, ultimate consignee and declared destination are in different countries, or an intermediate consignee sits in a third country. */
export const E3: Rule = {
  id: 'E3',
  code: 'END_USER_CONSIGNEE_MISMATCH',
  needs: 'countries of end user, ultimate consignee, intermediate consignee and declared destination',
  evaluate(ctx) {
    const eu = endUser(ctx);
    const uc = ctx.parties.find((p) => p.party.role === 'ultimate_consignee' && p.party.country);
    const pairs: [string, string, number | undefined][] = [];
    if (eu?.party?.party.country) pairs.push(['end user', eu.party.party.country, eu.party.index]);
    if (uc) pairs.push(['ultimate consignee', uc.party.country!, uc.index]);
    if (ctx.request.declaredDestination) pairs.push(['declared destination', ctx.request.declaredDestination, undefined]);
    const inter = ctx.parties.filter((p) => p.party.role === 'intermediate_consignee' && p.party.country);
    if (pairs.length < 2 && inter.length === 0) return notEvaluated('fewer than two of end-user country, ultimate-consignee country and declared destination given');
    const out = [];
    if (new Set(pairs.map(([, c]) => c)).size > 1) {
      out.push(
        flag('high', `The ${pairs.map(([w, c]) => `${w} is in ${c}`).join(', ')}: the goods' destinations disagree.`, pairs.flatMap(([, , i]) => (i !== undefined ? [i] : [])), {
          countries: pairs.map(([where, country]) => ({ where, country })),
        }),
      );
    }
    const known = new Set([...pairs.map(([, c]) => c), ...ctx.parties.filter((p) => ['seller', 'exporter'].includes(p.party.role)).flatMap((p) => [...p.countries])]);
    for (const p of inter) {
      const c = p.party.country!;
      if (known.has(c) || known.size === 0) continue;
      const hub = hubRow(ctx, c);
      out.push(flag(hub ? 'high' : 'medium', `The ${label(p)} is in ${c}, a third country between seller and destination${hub ? ' and a known transshipment hub' : ''}.`, [p.index], { country: c, hub: Boolean(hub), others: [...known] }));
    }
    return out;
  },
};
