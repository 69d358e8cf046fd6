import { rowsInForce, cite } from '../tables/dated';
import { AFFILIATES_RULE } from '../tables/affiliates-rule';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, isEntityListOrMeu, notEvaluated } from './helpers';
import { aggregate, ownerPaths, ownersEvidence, ownershipKnown } from './ownership';

/** A5: Entity List / MEU parties own 50 % or more of a party (BIS Affiliates Rule, date-effective). */
export const A5: Rule = {
  id: 'A5',
  code: 'AFFILIATE_OF_BIS_LISTED',
  needs: 'ownership graph with Entity List / MEU owners; the Affiliates Rule period',
  evaluate(ctx) {
    if (!ownershipKnown(ctx.parties)) return notEvaluated('no ownership data: no party lists owners and no list relationship was checked');
    const period = rowsInForce(AFFILIATES_RULE, ctx.day)[0];
    if (!period) return [];
    const inForce = period.status === 'in-force';
    return ctx.parties.flatMap((p) => {
      const owners = ownerPaths(p, (o) => isEntityListOrMeu(o.listed));
      if (owners.length === 0) return [];
      const agg = aggregate(owners);
      const evidence = { aggregateShare: agg.share, shareUnknown: agg.unknown, rule: period.status, ruleNote: period.note, ...cite(period), owners: ownersEvidence(owners) };
      if (agg.share >= 50) {
        return [
          flag(
            inForce ? 'critical' : 'high',
            inForce
              ? `The ${label(p)} is ${agg.share} % owned by Entity List / MEU parties, so the BIS Affiliates Rule gives it their licence requirement.`
              : `The ${label(p)} is ${agg.share} % owned by Entity List / MEU parties; the BIS Affiliates Rule is suspended on this date, but this is a red flag.`,
            [p.index],
            evidence,
          ),
        ];
      }
      if (!agg.unknown) return [];
      return [
        flag(inForce ? 'high' : 'medium', `The ${label(p)} has an Entity List / MEU owner whose share is unknown; under the Affiliates Rule ("Red Flag 29") a licence may be needed.`, [p.index], evidence),
      ];
    });
  },
};
