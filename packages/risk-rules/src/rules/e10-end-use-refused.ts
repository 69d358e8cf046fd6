import { END_USE_REFUSAL_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { controlledGoods, flag, notEvaluated } from './helpers';

/**
 * E10 (new, issue 11): the customer declined to give an end-use statement. High for controlled or arms goods, medium otherwise.
 * Source: BIS red flag "the customer is reluctant to offer information about the end use of the item" [S1]; S5.
 */
export const E10: Rule = {
  id: 'E10',
  code: 'END_USE_STATEMENT_REFUSED',
  needs: 'endUse.statementRefused',
  evaluate(ctx) {
    const refused = ctx.request.endUse?.statementRefused;
    if (refused === undefined) return notEvaluated('not stated whether an end-use statement was refused');
    if (!refused) return [];
    const controlled = controlledGoods(ctx).length > 0;
    const buyer = ctx.parties.find((p) => p.party.role === 'buyer');
    return [flag(controlled ? 'high' : 'medium', 'The customer declined to give an end-use statement.', buyer ? [buyer.index] : [], { controlledGoods: controlled, source: END_USE_REFUSAL_SOURCE })];
  },
};
