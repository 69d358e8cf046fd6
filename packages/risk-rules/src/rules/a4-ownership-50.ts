import type { Rule } from '../types';
import { label } from '../facts/parties';
import { categoriesOf, flag, notEvaluated } from './helpers';
import { aggregate, ownerPaths, ownersEvidence, ownershipKnown } from './ownership';

export const A4_THRESHOLD = 50;

/**
 * A4: blocked persons own 50 % or more of a party in aggregate, directly or indirectly (OFAC 50 % rule). Only owners on a
 * blocking list count: an owner on a non-blocking programme (SSI, NS-CMIC…) or an export list does not make its subsidiary blocked.
 */
export const A4: Rule = {
  id: 'A4',
  code: 'OWNERSHIP_50_OFAC',
  needs: 'ownership (party owners with shares, and the lists\' ownership graph)',
  evaluate(ctx) {
    if (!ownershipKnown(ctx.parties)) return notEvaluated('no ownership data: no party lists owners and no list relationship was checked');
    return ctx.parties.flatMap((p) => {
      const owners = ownerPaths(p, (o) => categoriesOf(o.listed).has('blocking'));
      const agg = aggregate(owners);
      if (agg.share < A4_THRESHOLD) return [];
      return [
        flag('critical', `The ${label(p)} is ${agg.share} % owned by blocked persons in aggregate (${owners.map((o) => o.listed.name).join(', ')}), so it is treated as blocked.`, [p.index], {
          aggregateShare: agg.share,
          threshold: A4_THRESHOLD,
          owners: ownersEvidence(owners),
        }),
      ];
    });
  },
};
