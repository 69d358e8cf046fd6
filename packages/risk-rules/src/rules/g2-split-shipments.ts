import type { Rule } from '../types';
import { notEvaluated } from './helpers';

/** G2: the same goods or end user split across consignees or small consignments; needs shipment history. */
export const G2: Rule = {
  id: 'G2',
  code: 'SPLIT_SHIPMENTS',
  needs: 'shipment history',
  evaluate: () => notEvaluated('needs the history of related shipments, which a screening request does not carry'),
};
