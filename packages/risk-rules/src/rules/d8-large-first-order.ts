import { monthsBetween, toDay } from '../tables/dated';
import { LARGE_ORDER, LARGE_ORDER_CURRENCIES, LARGE_ORDER_SOURCE, NEW_CUSTOMER_MONTHS } from '../tables/red-flags';
import type { PartyFacts, Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { FUNDED_ROLES } from './payer';

/** Why a party is a new customer: `firstOrder`, a recent `customerSince`, or a history without earlier orders. */
function newCustomer(p: PartyFacts, day: string): string | undefined {
  if (p.party.firstOrder === true) return 'first order';
  if (p.party.customerSince && monthsBetween(toDay(p.party.customerSince), day) < NEW_CUSTOMER_MONTHS) return `customer since ${p.party.customerSince}`;
  if (p.party.history && p.party.history.filter((h) => toDay(h.date) < day).length === 0) return 'no earlier order in its trade history';
  return undefined;
}

/**
 * D8 (new, issue 11): a new customer (first order, customer for less than six months, or no earlier order in its history)
 * places a large order (≥ 250,000 in a major currency), without needing a usual quantity. Medium; high with controlled goods.
 */
export const D8: Rule = {
  id: 'D8',
  code: 'LARGE_FIRST_ORDER',
  needs: 'firstOrder / customerSince / history of the buyer; goods values and currency',
  evaluate(ctx) {
    const buyers = ctx.parties.filter((p) => FUNDED_ROLES.includes(p.party.role) && (p.party.firstOrder !== undefined || p.party.customerSince || p.party.history));
    if (buyers.length === 0) return notEvaluated('no firstOrder, customerSince or trade history given for the buyer');
    const valued = ctx.goods.filter((g) => g.goods.value !== undefined);
    if (valued.length === 0) return notEvaluated('no goods values given');
    const currency = (ctx.request.payment?.currency ?? valued.find((g) => g.goods.currency)?.goods.currency ?? 'USD').toUpperCase();
    if (!LARGE_ORDER_CURRENCIES.has(currency) || valued.some((g) => g.goods.currency && g.goods.currency.toUpperCase() !== currency)) return notEvaluated(`order value in ${currency} or mixed currencies: not compared without exchange rates`);
    const total = valued.reduce((s, g) => s + g.goods.value!, 0);
    if (total < LARGE_ORDER) return [];
    const controlled = ctx.goods.some((g) => g.controlled);
    return buyers.flatMap((p) => {
      const why = newCustomer(p, ctx.day);
      if (!why) return [];
      return [
        flag(controlled ? 'high' : 'medium', `The ${label(p)} is a new customer (${why}) and its order is worth ${total} ${currency}.`, [p.index], {
          reason: why,
          total,
          currency,
          threshold: LARGE_ORDER,
          controlledGoods: controlled,
          source: LARGE_ORDER_SOURCE,
        }),
      ];
    });
  },
};
