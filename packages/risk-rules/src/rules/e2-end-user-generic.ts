import { GENERIC_END_USER, PROFILES_SOURCE } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { controlledGoods, flag, goodsEvidence, notEvaluated } from './helpers';
import { endUser } from './end-user';

/** E2: no end user, or a generic one ("the government", "for stock"); high for controlled/arms goods. */
export const E2: Rule = {
  id: 'E2',
  code: 'END_USER_MISSING_OR_GENERIC',
  needs: 'end user (party or endUse.endUser); goods classes',
  evaluate(ctx) {
    const eu = endUser(ctx);
    const controlled = controlledGoods(ctx);
    if (!eu) {
      if (ctx.goods.length === 0) return notEvaluated('no goods and no end user given');
      if (controlled.length === 0) return [];
      return [flag('high', 'No end user is named for controlled, priority or arms goods.', [], { endUser: null, goods: goodsEvidence(controlled), source: 'S28' })];
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
