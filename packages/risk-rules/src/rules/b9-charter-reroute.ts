import { ROUTE_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { controlledGoods, flag, notEvaluated } from './helpers';

/**
 * B9 (new, issue 11): the goods fly on a charter aircraft, or a route leg was added or changed after booking. Medium with
 * arms or controlled goods, low otherwise (charters are ordinary for outsized cargo). Sources: SEESAC 2007 and SEESAC/SIPRI
 * 2014 on clandestine arms transfers by charter cargo flights [S31]; Tri-Seal compliance note on rerouting [S7].
 */
export const B9: Rule = {
  id: 'B9',
  code: 'CHARTER_AIR_OR_ROUTE_CHANGE',
  needs: 'route legs with mode / changedAfterBooking',
  evaluate(ctx) {
    const known = ctx.route.filter((r) => r.leg.mode !== undefined || r.leg.changedAfterBooking !== undefined);
    if (known.length === 0) return notEvaluated('no route leg states its mode or whether it changed after booking');
    const controlled = controlledGoods(ctx).length > 0;
    const charter = ctx.route.filter((r) => r.leg.mode === 'charter_air');
    const changed = ctx.route.filter((r) => r.leg.changedAfterBooking === true);
    const out = [];
    if (charter.length) {
      out.push(flag(controlled ? 'medium' : 'low', `The goods travel by charter aircraft (legs ${charter.map((r) => `${r.index + 1} ${r.leg.country}`).join(', ')}).`, [], { legs: charter.map((r) => r.index), controlledGoods: controlled, source: ROUTE_SOURCE }));
    }
    if (changed.length) {
      out.push(flag(controlled ? 'medium' : 'low', `The route changed after booking (legs ${changed.map((r) => `${r.index + 1} ${r.leg.country}`).join(', ')}).`, [], { legs: changed.map((r) => r.index), controlledGoods: controlled, source: ROUTE_SOURCE }));
    }
    return out;
  },
};
