import { monthsBetween, toDay } from '../tables/dated';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { russiaRelevant } from './places';

export const RECENT_MONTHS = 12;
export const RUSSIA_INVASION = '2022-02-24';

/** D1: a party incorporated less than 12 months before the transaction, or after 24 Feb 2022 in a Russia-relevant shipment. */
export const D1: Rule = {
  id: 'D1',
  code: 'NEWLY_INCORPORATED',
  needs: 'incorporationDate of the parties',
  evaluate(ctx) {
    const dated = ctx.parties.filter((p) => p.party.incorporationDate);
    if (dated.length === 0) return notEvaluated('no incorporation date given');
    const russia = russiaRelevant(ctx);
    return dated.flatMap((p) => {
      const inc = toDay(p.party.incorporationDate!);
      const months = monthsBetween(inc, ctx.day);
      const recent = months < RECENT_MONTHS && months >= 0;
      const postInvasion = russia && inc >= RUSSIA_INVASION;
      if (!recent && !postInvasion) return [];
      return [
        flag(
          'medium',
          recent
            ? `The ${label(p)} was incorporated on ${p.party.incorporationDate}, ${months} month(s) before the transaction.`
            : `The ${label(p)} was incorporated on ${p.party.incorporationDate}, after Russia's invasion of Ukraine, in a shipment with a Russia-diversion profile.`,
          [p.index],
          { incorporationDate: p.party.incorporationDate, monthsBefore: months, recentMonths: RECENT_MONTHS, ...(postInvasion ? { after: RUSSIA_INVASION } : {}), source: 'S4, S10' },
        ),
      ];
    });
  },
};
