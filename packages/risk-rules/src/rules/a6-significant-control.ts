import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { aggregate, ownerPaths, ownersEvidence, ownershipKnown } from './ownership';

/** A6: a listed party holds a significant minority stake (below 50 %), an unknown stake, or a directorship/other link. */
export const A6: Rule = {
  id: 'A6',
  code: 'SIGNIFICANT_MINORITY_OR_CONTROL',
  needs: 'ownership and links (directorship, family, associate) to listed parties',
  evaluate(ctx) {
    const links = ctx.parties.some((p) => p.evidence.links !== undefined);
    if (!ownershipKnown(ctx.parties) && !links) return notEvaluated('no ownership or link data');
    const blocked = new Set(ctx.flags.filter((f) => f.ruleId === 'A4' || f.ruleId === 'A5' || f.ruleId === 'A1').flatMap((f) => f.parties));
    return ctx.parties.flatMap((p) => {
      if (blocked.has(p.index)) return [];
      const owners = ownerPaths(p, () => true);
      const agg = aggregate(owners);
      const out = [];
      if (owners.length && (agg.unknown || agg.share >= 10)) {
        out.push(
          flag(agg.unknown ? 'high' : 'medium', `Listed parties hold ${agg.unknown ? 'a stake of unknown size' : `${agg.share} %`} in the ${label(p)} (${owners.map((o) => o.listed.name).join(', ')}).`, [p.index], {
            aggregateShare: agg.share,
            shareUnknown: agg.unknown,
            owners: ownersEvidence(owners),
          }),
        );
      }
      const l = p.evidence.links ?? [];
      if (l.length) {
        out.push(
          flag('medium', `The ${label(p)} is linked to listed ${l.map((x) => `${x.listed.name} (${x.relation})`).join(', ')}.`, [p.index], {
            links: l.map((x) => ({ relation: x.relation, path: x.path.join(' → '), listed: { list: x.listed.list, entityId: x.listed.entityId, name: x.listed.name } })),
          }),
        );
      }
      return out;
    });
  },
};
