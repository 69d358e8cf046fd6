import type { Rule } from '../types';
import { label } from '../facts/parties';
import { controlledGoods, flag, matchEvidence } from './helpers';

/**
 * A7: a party's name is similar to a listed name (the matcher's review band, below the match threshold) without being a
 * match. BIS's first red flag (S1, S5), but below the calibrated threshold most such candidates are noise: medium when the
 * goods are controlled or priority items, and escalateFlags raises it to medium when another red flag is present;
 * otherwise low (shown, never an alert on its own).
 */
export const A7: Rule = {
  id: 'A7',
  code: 'NEAR_MATCH_NAME_OR_ADDRESS',
  needs: 'list candidates below the match threshold (review band)',
  evaluate(ctx) {
    const controlled = controlledGoods(ctx).length > 0;
    return ctx.parties.flatMap((p) => {
      const confirmed = new Set(p.evidence.matches.filter((m) => m.match).map((m) => m.entityId));
      return p.evidence.matches
        .filter((m) => !m.match && !confirmed.has(m.entityId))
        .slice(0, 3)
        .map((m) =>
          flag(
            controlled ? 'medium' : 'low',
            `The ${label(p)} is similar to listed ${m.name} (score ${m.score}, below the match threshold)${controlled ? '; with controlled goods an analyst should confirm or dismiss it.' : '; context only unless the shipment has another red flag.'}`,
            [p.index],
            { ...matchEvidence(m), controlledGoods: controlled, contextOnly: !controlled, source: 'S1, S5' },
          ),
        );
    });
  },
};
