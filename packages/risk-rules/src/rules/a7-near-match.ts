import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, ref } from './helpers';

/** A7: a party's name is similar to a listed name (review band) without being a confirmed match. */
export const A7: Rule = {
  id: 'A7',
  code: 'NEAR_MATCH_NAME_OR_ADDRESS',
  needs: 'list candidates below the match threshold',
  evaluate(ctx) {
    return ctx.parties.flatMap((p) => {
      const confirmed = new Set(p.evidence.matches.filter((m) => m.match).map((m) => m.entityId));
      return p.evidence.matches
        .filter((m) => !m.match && !confirmed.has(m.entityId))
        .slice(0, 3)
        .map((m) =>
          flag('medium', `The ${label(p)} is similar to listed ${m.name} (score ${m.score}, below the match threshold); an analyst should confirm or dismiss it.`, [p.index], {
            ...ref(m),
            listVersion: m.listVersion,
            matchedName: m.matchedName,
            score: m.score,
            features: m.explanation.features,
          }),
        );
    });
  },
};
