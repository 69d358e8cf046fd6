import { isTopTier } from '../tables/chpl';
import { cite } from '../tables/dated';
import type { Rule } from '../types';
import { describeGoods } from '../facts/goods';
import { flag, notEvaluated } from './helpers';

/** C1: goods on the Common High Priority List; tiers 1–2 medium alone, tiers 3–4 info alone (escalated in combination). */
export const C1: Rule = {
  id: 'C1',
  code: 'CHPL_ITEM',
  needs: 'HS codes of the goods',
  evaluate(ctx) {
    if (!ctx.goods.some((g) => g.hs || g.hsProblem)) return notEvaluated('no goods with an HS code given');
    return ctx.goods
      .filter((g) => g.chpl)
      .map((g) => {
        const row = g.chpl!;
        return flag(
          isTopTier(row.tier) ? 'medium' : 'info',
          `${describeGoods(g)} is a Common High Priority List item, tier ${row.tier} (${row.description}), sought for Russian weapons.`,
          [],
          { line: g.index, hs6: row.hs6, tier: row.tier, description: row.description, ...cite(row) },
        );
      });
  },
};
