import { rowsInForce } from '../tables/dated';
import { EU_MEMBERS, EU_PARTNERS } from '../tables/eu';
import { GENERIC_END_USER, PROFILES_SOURCE } from '../tables/profiles';
import type { Rule, RuleContext } from '../types';
import { ascii } from '../facts/parties';
import { flag, goodsEvidence, notEvaluated } from './helpers';
import { endUser } from './end-user';

/** Goods that need a named end user: arms, CCL/USML-classified items, and CHPL items leaving the EU and partner countries. */
function needsEndUser(ctx: RuleContext) {
  const dest = ctx.destination?.country;
  const lowRisk = dest !== undefined && (EU_MEMBERS.has(dest) || rowsInForce(EU_PARTNERS, ctx.day).some((r) => r.code === dest));
  return ctx.goods.filter((g) => g.arms || g.eccn || ((g.chpl || g.uav) && !lowRisk));
}

/** E2: no end user, or a generic one ("the government", "for stock"), for goods that need one; low for other goods. */
export const E2: Rule = {
  id: 'E2',
  code: 'END_USER_MISSING_OR_GENERIC',
  needs: 'end user (party or endUse.endUser); goods classes and destination',
  evaluate(ctx) {
    const eu = endUser(ctx);
    const controlled = needsEndUser(ctx);
    if (!eu) {
      if (ctx.goods.length === 0) return notEvaluated('no goods and no end user given');
      if (controlled.length === 0) return [];
      return [flag('high', 'No end user is named for arms, export-controlled or priority goods.', [], { endUser: null, goods: goodsEvidence(controlled), source: 'S28' })];
    }
    if (!GENERIC_END_USER.test(ascii(eu.name))) return [];
    return [
      flag(controlled.length ? 'high' : 'low', `The end user is given only as "${eu.name}", which does not identify who will use the goods.`, eu.party ? [eu.party.index] : [], {
        endUser: eu.name,
        goods: goodsEvidence(controlled),
        source: PROFILES_SOURCE,
      }),
    ];
  },
};
