import type { Rule } from '../types';
import { controlledGoods, flag, goodsEvidence, notEvaluated } from './helpers';

/** B7: controlled, priority or arms goods are stored or transshipped in a free trade zone. */
export const B7: Rule = {
  id: 'B7',
  code: 'FREE_TRADE_ZONE_TRANSIT',
  needs: 'route legs with the freeTradeZone flag',
  evaluate(ctx) {
    if (ctx.route.length === 0) return notEvaluated('no route given');
    if (ctx.route.every((r) => r.leg.freeTradeZone === undefined)) return notEvaluated('no route leg says whether it is a free trade zone');
    const ftz = ctx.route.filter((r) => r.leg.freeTradeZone);
    const sensitive = controlledGoods(ctx);
    if (ftz.length === 0 || sensitive.length === 0) return [];
    return [
      flag('medium', `Controlled or priority goods pass through a free trade zone at ${ftz.map((r) => r.leg.port ?? r.leg.country).join(', ')}.`, [], {
        legs: ftz.map((r) => ({ leg: r.index, country: r.leg.country, ...(r.leg.port ? { port: r.leg.port } : {}) })),
        goods: goodsEvidence(sensitive),
      }),
    ];
  },
};
