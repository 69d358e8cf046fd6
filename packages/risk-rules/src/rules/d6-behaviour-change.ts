import { RU_BY_NEIGHBOURS, RU_BY_NEIGHBOURS_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, hubRow, notEvaluated } from './helpers';
import { daysBetween, earlier, headings } from './history';

export const DORMANT_DAYS = 365;
export const GROWTH_FACTOR = 5;

/**
 * D6: a party's behaviour changes against its trade history (the request's `history` plus the service's own earlier
 * screenings of the same party): dormant for a year then active; an order far above its earlier ones; a new lane to a
 * diversion hub; or goods it used to ship to Russia/Belarus now going to a neighbour or hub (high). Sources: S3, S12, S13.
 */
export const D6: Rule = {
  id: 'D6',
  code: 'BEHAVIOUR_CHANGE',
  needs: "the parties' trade history (request `history`, or the service's earlier screenings)",
  evaluate(ctx) {
    const hist = earlier(ctx);
    if (hist.length === 0) return notEvaluated("no trade history for any party (request `history`, or earlier screenings of the same party)");
    const dest = ctx.destination?.country;
    const now = headings(ctx.goods.map((g) => g.hs));
    const value = ctx.goods.reduce((s, g) => s + (g.goods.value ?? 0), 0);
    return hist.flatMap(({ party, records }) => {
      if (records.length === 0) return [];
      const out = [];
      const last = records.at(-1)!;
      const idle = daysBetween(last.date, ctx.day);
      if (idle >= DORMANT_DAYS) out.push({ sev: 'medium' as const, what: `dormant for ${idle} days (last trade ${last.date}) and active again`, key: 'dormant' });
      const values = records.map((r) => r.value).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
      const median = values.length >= 3 ? values[Math.floor(values.length / 2)]! : undefined;
      if (median && value > GROWTH_FACTOR * median) out.push({ sev: 'medium' as const, what: `this order (${value}) is more than ${GROWTH_FACTOR} times its usual order (${median})`, key: 'growth' });
      if (dest && hubRow(ctx, dest) && !records.some((r) => r.destination === dest)) {
        out.push({ sev: ctx.goods.some((g) => g.controlled) ? ('medium' as const) : ('low' as const), what: `a new lane to ${dest}, a diversion hub it never shipped to before`, key: 'new-hub-lane' });
      }
      const russian = records.filter((r) => (r.destination === 'RU' || r.destination === 'BY') && [...headings(r.hsCodes)].some((h) => now.has(h)));
      if (dest && dest !== 'RU' && dest !== 'BY' && russian.length && (hubRow(ctx, dest) || RU_BY_NEIGHBOURS.has(dest))) {
        out.push({ sev: 'high' as const, what: `it used to ship the same goods (${[...now].join(', ')}) to ${[...new Set(russian.map((r) => r.destination))].join('/')} and now ships them to ${dest}`, key: 'russia-to-neighbour' });
      }
      return out.map((o) =>
        flag(o.sev, `The ${label(party)} changed its trade pattern: ${o.what}.`, [party.index], { change: o.key, records: records.length, lastTrade: last.date, source: `S3, S12, S13; ${RU_BY_NEIGHBOURS_SOURCE}` }),
      );
    });
  },
};
