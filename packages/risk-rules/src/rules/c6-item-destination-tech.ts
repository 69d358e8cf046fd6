import { SEMICONDUCTOR_COUNTRIES, SEMICONDUCTOR_SOURCE } from '../tables/profiles';
import type { Rule } from '../types';
import { describeGoods } from '../facts/goods';
import { flag, notEvaluated } from './helpers';

const FAB_GEAR = (hs: string) => hs.startsWith('8486') || hs === '903082';

/** C6: semiconductor manufacturing or wafer test equipment to a country without a semiconductor industry. */
export const C6: Rule = {
  id: 'C6',
  code: 'ITEM_DESTINATION_TECH_MISMATCH',
  needs: 'HS codes and destination',
  evaluate(ctx) {
    const gear = ctx.goods.filter((g) => g.hs && FAB_GEAR(g.hs));
    if (gear.length === 0) return [];
    if (!ctx.destination) return notEvaluated('no destination given');
    const dest = ctx.destination.country;
    if (SEMICONDUCTOR_COUNTRIES.has(dest)) return [];
    return [
      flag('medium', `${gear.map(describeGoods).join(', ')} is semiconductor production or test equipment going to ${dest}, which has no such industry.`, [], {
        destination: ctx.destination,
        goods: gear.map((g) => ({ line: g.index, hs: g.hs })),
        source: SEMICONDUCTOR_SOURCE,
      }),
    ];
  },
};
