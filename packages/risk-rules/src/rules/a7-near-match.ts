import type { Rule } from '../types';
import { DEFAULT_BANDS } from '@screening/matching';
import { label } from '../facts/parties';
import { controlledGoods, flag, matchEvidence } from './helpers';

/**
 * The candidate has the listed name (a name score at or above the strong-name edge, config MATCH_STRONG_NAME) and is
 * below the match threshold only because the query's country differs from the listed ones: listed people move and front companies register abroad, so the name decides the
 * review, not the country (yente's logic-v2 keeps such a candidate a match; BIS's first red flag, S1).
 */
export const sameNameOtherCountry = (m: { explanation: { features: Record<string, unknown> } }, sameName = DEFAULT_BANDS.strongName) =>
  typeof m.explanation.features.name === 'number' && m.explanation.features.name >= sameName && m.explanation.features.country === 'mismatch';

/**
 * A7: a party's name is similar to a listed name (the matcher's review band, below the match threshold) without being a
 * match. BIS's first red flag (S1, S5), but below the calibrated threshold most such candidates are noise: medium when the
 * goods are controlled or priority items, or when the name is the listed name and only the country differs; escalateFlags
 * raises it to medium when another red flag is present; otherwise low (shown, never an alert on its own).
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
        .map((m) => {
          const sameName = sameNameOtherCountry(m, ctx.strongName);
          const alert = controlled || sameName;
          const why = sameName
            ? '; the name is the listed name and only the country differs: an analyst should confirm or dismiss it.'
            : controlled
              ? '; with controlled goods an analyst should confirm or dismiss it.'
              : '; context only unless the shipment has another red flag.';
          return flag(alert ? 'medium' : 'low', `The ${label(p)} is similar to listed ${m.name} (score ${m.score}, below the match threshold)${why}`, [p.index], {
            ...matchEvidence(m),
            controlledGoods: controlled,
            contextOnly: !alert,
            ...(sameName ? { sameNameOtherCountry: true } : {}),
            source: 'S1, S5',
          });
        });
    });
  },
};
