import { rowsInForce, cite } from '../tables/dated';
import { AFFILIATES_RULE } from '../tables/affiliates-rule';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, isEntityListOrMeu, isOfacSdn, notEvaluated } from './helpers';
import { aggregate, ownerPaths, ownersEvidence, ownershipKnown } from './ownership';

/**
 * A5: Entity List / MEU parties or OFAC SDNs (15 CFR 744.8 as extended by the Affiliates Rule) own 50 % or more of a party,
 * in aggregate, directly or indirectly (BIS Affiliates Rule). The rule's period on the day decides: in force → critical
 * (the owners' licence requirement), suspended → high red flag. The day is the later of the transaction date and the
 * screening day, since the licence requirement applies when the goods are exported.
 */
export const A5: Rule = {
  id: 'A5',
  code: 'AFFILIATE_OF_BIS_LISTED',
  needs: 'ownership graph with Entity List / MEU / SDN owners; the Affiliates Rule period',
  evaluate(ctx) {
    if (!ownershipKnown(ctx.parties)) return notEvaluated('no ownership data: no party lists owners and no list relationship was checked');
    const period = rowsInForce(AFFILIATES_RULE, ctx.lawDay)[0];
    if (!period) return [];
    const inForce = period.status === 'in-force';
    return ctx.parties.flatMap((p) => {
      const owners = ownerPaths(p, (o) => isEntityListOrMeu(o.listed) || isOfacSdn(o.listed));
      if (owners.length === 0) return [];
      const agg = aggregate(owners);
      const evidence = { aggregateShare: agg.share, shareUnknown: agg.unknown, rule: period.status, ruleNote: period.note, asOf: ctx.lawDay, ...cite(period), owners: ownersEvidence(owners) };
      if (agg.share >= 50) {
        return [
          flag(
            inForce ? 'critical' : 'high',
            inForce
              ? `The ${label(p)} is ${agg.share} % owned by Entity List / MEU parties or SDNs, so the BIS Affiliates Rule gives it their licence requirement.`
              : `The ${label(p)} is ${agg.share} % owned by Entity List / MEU parties or SDNs; the BIS Affiliates Rule is suspended on this date, but this is a red flag.`,
            [p.index],
            evidence,
          ),
        ];
      }
      if (!agg.unknown) return [];
      return [
        flag(inForce ? 'high' : 'medium', `The ${label(p)} has an Entity List / MEU / SDN owner whose share is unknown; under the Affiliates Rule ("Red Flag 29") a licence may be needed.`, [p.index], evidence),
      ];
    });
  },
};
