import type { Rule } from '../types';
import { flag, hubRow, notEvaluated } from './helpers';

/** B6: the route detours through a hub between origin and destination, or continues beyond the declared destination. */
export const B6: Rule = {
  id: 'B6',
  code: 'ROUTE_INCOHERENT',
  needs: 'route legs (two or more) and the declared destination',
  evaluate(ctx) {
    const legs = ctx.route.map((r) => r.leg.country);
    if (legs.length < 2) return notEvaluated('the route has fewer than two legs');
    const out = [];
    const dest = ctx.request.declaredDestination;
    const at = dest ? legs.indexOf(dest) : -1;
    if (dest && at >= 0 && at < legs.length - 1 && legs.slice(at + 1).some((c) => c !== dest)) {
      out.push(flag('high', `The route reaches the declared destination ${dest} and then continues to ${legs.slice(at + 1).join(' → ')}.`, [], { route: legs, declaredDestination: dest, continuesTo: legs.slice(at + 1) }));
    }
    const origin = legs[0]!;
    const end = legs.at(-1)!;
    const detours = legs.slice(1, -1).filter((c) => c !== origin && c !== end && c !== dest && hubRow(ctx, c));
    if (detours.length) {
      out.push(flag('medium', `The route from ${origin} to ${end} passes through ${detours.join(', ')}, a transshipment hub that is neither origin nor destination.`, [], { route: legs, detours }));
    }
    return out;
  },
};
