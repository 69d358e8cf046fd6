import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, listKinds, ref } from './helpers';

/** A2: a party matches an export-restriction list (BIS DPL, Entity List, MEU, Unverified List, DDTC debarred). */
export const A2: Rule = {
  id: 'A2',
  code: 'LIST_HIT_EXPORT_RESTRICTED',
  needs: 'list matches of every party (us_bis_dpl, us_trade_csl sub-lists)',
  evaluate(ctx) {
    return ctx.parties.flatMap((p) =>
      p.evidence.matches
        .filter((m) => m.match && (listKinds(m).has('export') || listKinds(m).has('unverified')))
        .map((m) => {
          const uvl = !listKinds(m).has('export');
          const where = m.subList ?? m.list;
          return flag(
            uvl ? 'high' : 'critical',
            uvl
              ? `The ${label(p)} matches ${m.name} on the Unverified List, a red flag that requires due diligence before export.`
              : `The ${label(p)} matches ${m.name} on ${where}, so a licence is required and usually denied.`,
            [p.index],
            { ...ref(m), listVersion: m.listVersion, matchedName: m.matchedName, score: m.score, features: m.explanation.features },
          );
        }),
    );
  },
};
