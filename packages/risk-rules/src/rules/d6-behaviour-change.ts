import type { Rule } from '../types';
import { notEvaluated } from './helpers';

/** D6: dormant-then-active, sharp growth or new lanes; needs trade history that a screening request does not carry. */
export const D6: Rule = {
  id: 'D6',
  code: 'BEHAVIOUR_CHANGE',
  needs: "the party's trade history",
  evaluate: () => notEvaluated("needs the party's trade history, which a screening request does not carry"),
};
