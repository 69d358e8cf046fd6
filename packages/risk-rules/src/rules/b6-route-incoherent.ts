import { REGIONS_SOURCE, regionOf } from '../tables/regions';
import { TRANSSHIPMENT_HUBS } from '../tables/hubs';
import type { Rule } from '../types';
import { flag, hubRow, notEvaluated } from './helpers';

/**
 * Whether a transit country lies on a plausible path from `origin` to `end`: in the origin's or the destination's trade region
 * (feeder port, land bridge through a neighbour), or a major transshipment hub that relays traffic between both regions (a
 * hub outside the region is never on the path between two places of the same region).
 */
export function onPath(transit: string, origin: string, end: string): { ok: boolean; why: string } {
  const [rt, ro, re] = [regionOf(transit), regionOf(origin), regionOf(end)];
  if (rt && (rt === ro || rt === re)) return { ok: true, why: `${transit} is in the ${rt} region of ${rt === ro ? origin : end}` };
  const hub = TRANSSHIPMENT_HUBS.find((h) => h.code === transit);
  if (hub && ro && re && ro !== re && hub.serves.includes(ro) && hub.serves.includes(re)) return { ok: true, why: `${transit} is a transshipment hub between ${ro} and ${re}` };
  return { ok: false, why: `${transit} (${rt ?? 'unknown region'}) is neither in the origin's (${ro ?? '?'}) nor the destination's (${re ?? '?'}) region, nor a hub that relays their traffic` };
}

/** B6: the route detours through a hub off the path between origin and destination, or continues beyond the declared destination. */
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
    const end = dest && at >= 0 ? dest : legs.at(-1)!;
    const detours = [...new Set(legs.slice(1, -1))]
      .filter((c) => c !== origin && c !== end && c !== dest && hubRow(ctx, c))
      .map((c) => ({ country: c, ...onPath(c, origin, end) }))
      .filter((d) => !d.ok);
    if (detours.length) {
      out.push(
        flag('medium', `The route from ${origin} to ${end} passes through ${detours.map((d) => d.country).join(', ')}, a transshipment hub off the usual path between them.`, [], {
          route: legs,
          detours: detours.map((d) => ({ country: d.country, why: d.why })),
          source: `S1 (BIS red flag: route abnormal for product and destination); ${REGIONS_SOURCE}`,
        }),
      );
    }
    return out;
  },
};
