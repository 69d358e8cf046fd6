import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

export const CASH_LIMIT = 10_000;

/** F4: cash for expensive goods, or payment arrangements changed after the order. */
export const F4: Rule = {
  id: 'F4',
  code: 'UNUSUAL_PAYMENT_TERMS',
  needs: 'payment method, goods value, change events',
  evaluate(ctx) {
    const method = ctx.request.payment?.method;
    const changes = (ctx.request.events ?? []).filter((e) => e.field === 'payer' || e.field === 'payment_method');
    if (!method && !ctx.request.events) return notEvaluated('no payment method or change history given');
    const out = [];
    const total = ctx.goods.reduce((s, g) => s + (g.goods.value ?? 0), 0);
    if (method && /\b(cash|bargeld|nalichnye|especes|efectivo)\b/.test(ascii(method)) && total > CASH_LIMIT) {
      out.push(flag('medium', `The goods worth ${total} are paid in cash.`, [], { method, totalValue: total, limit: CASH_LIMIT, source: 'S1, S37' }));
    }
    if (changes.length) {
      out.push(flag('medium', `The payment arrangements changed after the order (${changes.map((c) => `${c.field}${c.to ? ` → ${c.to}` : ''}`).join(', ')}).`, [], { changes, source: 'S1, S37' }));
    }
    return out;
  },
};
