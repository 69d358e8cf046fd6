import { ECCN_SOURCE } from '../tables/military-goods';
import type { Rule } from '../types';
import { describeGoods } from '../facts/goods';
import { flag, notEvaluated } from './helpers';

/** C2: arms or military goods by HS heading (Table 2f), ECCN 600-series/9x515/0A501/0A505 or any USML category. */
export const C2: Rule = {
  id: 'C2',
  code: 'ARMS_OR_MILITARY_ITEM',
  needs: 'HS codes, ECCN or USML category of the goods',
  evaluate(ctx) {
    if (!ctx.goods.some((g) => g.hs || g.goods.eccn || g.usml)) return notEvaluated('no goods with an HS code, ECCN or USML category given');
    return ctx.goods
      .filter((g) => g.arms)
      .map((g) => {
        const why = g.military ? `${g.military.prefix === 'description' ? 'by its description' : `HS ${g.military.prefix}`}: ${g.military.description}` : g.usml ? `USML category ${g.usml}` : `ECCN ${g.goods.eccn}: ${g.eccn!.description}`;
        return flag(g.military?.lower && !g.usml && !g.eccn ? 'low' : 'medium', `${describeGoods(g)} is an arms or military item (${why}); a licence and end-user checks are required.`, [], {
          line: g.index,
          reason: why,
          source: g.military ? g.military.source : ECCN_SOURCE,
        });
      });
  },
};
