import { cite, rowsInForce } from '../tables/dated';
import { PMC_PRESENCE } from '../tables/pmc';
import type { Rule } from '../types';
import { controlledGoods, flag, goodsEvidence, notEvaluated } from './helpers';
import { countriesOf } from './places';
import { endUser } from './end-user';

/** B5: controlled, priority or arms goods go to a country where Wagner / Africa Corps operate (Table 2d). */
export const B5: Rule = {
  id: 'B5',
  code: 'PMC_PRESENCE_GEOGRAPHY',
  needs: 'destination and end-user countries; goods classes',
  evaluate(ctx) {
    if (ctx.goods.length === 0) return notEvaluated('no goods given');
    const dests = countriesOf(ctx, ['end_user', 'ultimate_consignee']);
    if (ctx.destination) dests.add(ctx.destination.country);
    // an end user that is not a party row: the country its name gives, else its certificate's issuing country
    const eu = endUser(ctx);
    if (eu?.country) dests.add(eu.country);
    if (dests.size === 0) return notEvaluated('no destination or end-user country given');
    const sensitive = controlledGoods(ctx);
    if (sensitive.length === 0) return [];
    const rows = rowsInForce(PMC_PRESENCE, ctx.day).filter((r) => dests.has(r.code));
    return rows.map((row) =>
      flag(
        row.confidence === 'low' ? 'medium' : 'high',
        `${row.code} is a country where Wagner / Africa Corps operate (${row.presence}), and the goods are arms, priority or dual-use items that could be procured for them.`,
        ctx.parties.filter((p) => p.countries.has(row.code) && ['end_user', 'ultimate_consignee', 'consignee', 'buyer'].includes(p.party.role)).map((p) => p.index),
        { country: row.code, presence: row.presence, confidence: row.confidence, ...cite(row), goods: goodsEvidence(sensitive) },
      ),
    );
  },
};
