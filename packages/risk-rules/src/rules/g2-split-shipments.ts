import type { Rule } from '../types';
import { ascii, label, sameName } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { daysBetween, earlier, headings } from './history';
import { endUser } from './end-user';

export const SPLIT_WINDOW_DAYS = 30;
export const SPLIT_MIN_SHIPMENTS = 3;

/**
 * G2: the same goods (HS heading) for the same end user or destination were split into several shipments within 30 days
 * (three or more counting this one), across different consignees or in small consignments. Medium. Source: FATF/Egmont TBML
 * indicators (structuring of shipments) [S37].
 */
export const G2: Rule = {
  id: 'G2',
  code: 'SPLIT_SHIPMENTS',
  needs: "the parties' trade history (request `history`, or the service's earlier screenings)",
  evaluate(ctx) {
    const hist = earlier(ctx);
    if (hist.length === 0) return notEvaluated("no trade history for any party (request `history`, or earlier screenings of the same party)");
    const now = headings(ctx.goods.map((g) => g.hs));
    if (now.size === 0) return notEvaluated('no HS codes given for the goods');
    const dest = ctx.destination?.country;
    const eu = endUser(ctx)?.name;
    const consignee = ctx.parties.find((p) => p.party.role === 'ultimate_consignee' || p.party.role === 'consignee')?.party.name;
    return hist.flatMap(({ party, records }) => {
      const related = records.filter(
        (r) =>
          daysBetween(r.date, ctx.day) <= SPLIT_WINDOW_DAYS &&
          [...headings(r.hsCodes)].some((h) => now.has(h)) &&
          ((eu && r.endUser && sameName(r.endUser, eu)) || (dest && r.destination === dest)),
      );
      if (related.length + 1 < SPLIT_MIN_SHIPMENTS) return [];
      const consignees = new Set([...related.map((r) => (r.consignee ? ascii(r.consignee) : '')), consignee ? ascii(consignee) : ''].filter(Boolean));
      return [
        flag('medium', `The ${label(party)} has ${related.length + 1} shipments of the same goods (${[...now].join(', ')}) to ${eu ?? dest} within ${SPLIT_WINDOW_DAYS} days${consignees.size > 1 ? `, spread over ${consignees.size} consignees` : ''}.`, [party.index], {
          shipments: related.length + 1,
          windowDays: SPLIT_WINDOW_DAYS,
          consignees: consignees.size,
          earlier: related.map((r) => ({ date: r.date, consignee: r.consignee ?? null, quantity: r.quantity ?? null, ...(r.screeningId ? { screeningId: r.screeningId } : {}) })),
          source: 'S37',
        }),
      ];
    });
  },
};
