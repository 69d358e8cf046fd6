import { monthsBetween, toDay } from '../tables/dated';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

export const THIN_MONTHS = 6;

/** D7: a counterparty with little business history (customer for less than six months). */
export const D7: Rule = {
  id: 'D7',
  code: 'THIN_BUSINESS_BACKGROUND',
  needs: 'customerSince of the parties',
  evaluate(ctx) {
    const known = ctx.parties.filter((p) => p.party.customerSince);
    if (known.length === 0) return notEvaluated('no customerSince given');
    return known.flatMap((p) => {
      const months = monthsBetween(toDay(p.party.customerSince!), ctx.day);
      if (months >= THIN_MONTHS) return [];
      return [flag('medium', `The ${label(p)} has been a customer only since ${p.party.customerSince} (${Math.max(0, months)} month(s)).`, [p.index], { customerSince: p.party.customerSince, months, thresholdMonths: THIN_MONTHS, source: 'S1' })];
    });
  },
};
