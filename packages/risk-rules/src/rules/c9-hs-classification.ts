import { CLASSIFICATION_SOURCE, HS2022_SOURCE } from '../tables/hs2022';
import { cite } from '../tables/dated';
import type { Rule } from '../types';
import { describeGoods } from '../facts/goods';
import { flag, notEvaluated } from './helpers';

/**
 * C9 (new, issue 11): the HS code is not a code of HS 2022 (a reserved chapter, or a code HS 2022 deleted, e.g. 8803 → 8807),
 * or it contradicts the ECCN / USML category given for the same goods. A wrong or outdated classification hides goods from
 * the HS-based tables (CHPL, arms headings, Russia/Belarus bans) and is a misdescription indicator.
 * Sources: WCO HS 2017–2022 correlation tables; FATF/Egmont TBML indicators (misclassification) [S37]; 15 CFR 774, 22 CFR 121.
 */
export const C9: Rule = {
  id: 'C9',
  code: 'HS_CODE_INVALID_OR_CONTRADICTED',
  needs: 'HS codes of the goods (and ECCN / USML category when given)',
  evaluate(ctx) {
    if (!ctx.goods.some((g) => g.hs)) return notEvaluated('no goods with an HS code given');
    return ctx.goods.flatMap((g) => {
      const out = [];
      if (g.hs2022) {
        out.push(
          flag('medium', `${describeGoods(g)}: ${g.hs2022.problem}.`, [], {
            line: g.index,
            hsCode: g.goods.hsCode,
            ...(g.hs2022.successor ? { readAs: g.hs2022.successor } : {}),
            ...(g.hs2022.deleted ? { deleted: g.hs2022.deleted.prefix, note: g.hs2022.deleted.note, ...cite(g.hs2022.deleted) } : { source: HS2022_SOURCE }),
          }),
        );
      }
      if (g.classConflict) {
        out.push(
          flag('medium', `${describeGoods(g)}: ${g.classConflict}; the classification must be checked before export.`, [], {
            line: g.index,
            hsCode: g.goods.hsCode,
            ...(g.goods.eccn ? { eccn: g.goods.eccn } : {}),
            ...(g.usml ? { usml: g.usml } : {}),
            source: `${CLASSIFICATION_SOURCE}; S37`,
          }),
        );
      }
      return out;
    });
  },
};
