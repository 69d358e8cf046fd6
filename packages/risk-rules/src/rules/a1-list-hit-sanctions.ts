import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, listKinds, ref } from './helpers';

/** A1: a party (any role) matches a sanctions list entry at or above the threshold. */
export const A1: Rule = {
  id: 'A1',
  code: 'LIST_HIT_SANCTIONS',
  needs: 'list matches of every party',
  evaluate(ctx) {
    return ctx.parties.flatMap((p) =>
      p.evidence.matches
        .filter((m) => m.match && listKinds(m).has('sanctions') && !p.evidence.unlisted?.includes(m.entityId))
        .map((m) =>
          flag('critical', `The ${label(p)} matches ${m.name} on ${m.list} (score ${m.score}${m.programs.length ? `, ${m.programs.join(', ')}` : ''}).`, [p.index], {
            ...ref(m),
            listVersion: m.listVersion,
            matchedName: m.matchedName,
            score: m.score,
            features: m.explanation.features,
            ...(p.evidence.links?.length ? { linkedTo: p.evidence.links.map((l) => ({ relation: l.relation, name: l.listed.name, entityId: l.listed.entityId })) } : {}),
          }),
        ),
    );
  },
};
