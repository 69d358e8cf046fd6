import { rowsInForce, cite } from '../tables/dated';
import { SANCTIONED_CURRENCIES, UNUSUAL_MEANS } from '../tables/red-flags';
import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { controlledGoods, flag, notEvaluated } from './helpers';

/**
 * F5 (new, issue 11): payment in crypto-assets, gold or by barter (medium; high with controlled goods), or in roubles or
 * Belarusian roubles (high: the money moves through Russian/Belarusian banks). Sources per keyword row (tables/red-flags.ts).
 */
export const F5: Rule = {
  id: 'F5',
  code: 'UNUSUAL_PAYMENT_MEANS',
  needs: 'payment method and currency (and goods currencies)',
  evaluate(ctx) {
    const pay = ctx.request.payment;
    const currencies = [...new Set([pay?.currency, ...ctx.goods.map((g) => g.goods.currency)].filter((c): c is string => Boolean(c)).map((c) => c.toUpperCase()))];
    if (!pay?.method && currencies.length === 0) return notEvaluated('no payment method or currency given');
    const controlled = controlledGoods(ctx).length > 0;
    const out = [];
    const method = pay?.method ? ascii(pay.method) : '';
    for (const m of UNUSUAL_MEANS.filter((u) => u.pattern.test(method))) {
      out.push(flag(controlled ? 'high' : 'medium', `The goods are paid with ${m.what} ("${pay!.method}"), outside the banking system's controls.`, [], { method: pay!.method, means: m.what, controlledGoods: controlled, source: m.source }));
    }
    for (const row of rowsInForce(SANCTIONED_CURRENCIES, ctx.day).filter((r) => currencies.includes(r.currency))) {
      out.push(flag('high', `The payment is in ${row.currency}, so it runs through banks in ${row.country}.`, [], { currency: row.currency, country: row.country, ...cite(row) }));
    }
    return out;
  },
};
