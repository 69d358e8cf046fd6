import type { Rule } from '../types';
import { flag, hubRow, notEvaluated } from './helpers';
import { FUNDED_ROLES, payer } from './payer';

/** F3: funds come from a country that is neither the buyer's, a consignee's nor the end user's. */
export const F3: Rule = {
  id: 'F3',
  code: 'FUNDS_GOODS_MISMATCH',
  needs: 'payer country versus buyer/consignee/end-user countries',
  evaluate(ctx) {
    const p = payer(ctx);
    if (!p?.country) return notEvaluated('no payer country given');
    const goodsSide = new Set(ctx.parties.filter((x) => FUNDED_ROLES.includes(x.party.role)).flatMap((x) => [...x.countries]));
    if (ctx.request.declaredDestination) goodsSide.add(ctx.request.declaredDestination);
    if (goodsSide.size === 0) return notEvaluated('no buyer, consignee or end-user country given');
    if (goodsSide.has(p.country)) return [];
    const risky = Boolean(hubRow(ctx, p.country) || p.country === 'RU' || p.country === 'BY');
    return [
      flag(risky ? 'high' : 'medium', `The money comes from ${p.country} while the goods go to ${[...goodsSide].join('/')}.`, p.party ? [p.party.index] : [], {
        payerCountry: p.country,
        goodsCountries: [...goodsSide],
        hubOrRussia: risky,
        source: 'S13',
      }),
    ];
  },
};
