import { label } from '../facts/parties';
import type { Rule } from '../types';
import { bandOf, categoriesOf, flag, isUnverified, matchEvidence, POTENTIAL } from './helpers';

/**
 * A2: a party matches an export restriction (BIS Entity List, MEU, Denied Persons List: a licence requirement, usually denied;
 * Unverified List: a red flag that requires due diligence) or a debarment (ITAR debarred: no part in exports of defence
 * articles). A strong match to an Entity List / MEU / DPL entry is critical; a potential one is high for an analyst to
 * confirm. A debarment is critical only for arms or USML goods, otherwise a red flag.
 */
export const A2: Rule = {
  id: 'A2',
  code: 'LIST_HIT_EXPORT_RESTRICTED',
  needs: 'list matches of every party (us_bis_dpl, us_trade_csl sub-lists, FtM export.control/debarment topics), goods classes',
  evaluate(ctx) {
    const arms = ctx.goods.some((g) => g.arms);
    return ctx.parties.flatMap((p) =>
      p.evidence.matches
        .filter((m) => m.match && !p.evidence.unlisted?.includes(m.entityId))
        .flatMap((m) => {
          const cats = categoriesOf(m);
          const strong = bandOf(m) === 'strong';
          const where = m.subList ?? m.list;
          const ev = { ...matchEvidence(m), ...(strong ? {} : { reason: POTENTIAL }) };
          const tail = strong ? '' : ` (${POTENTIAL})`;
          const out = [];
          if (cats.has('export')) {
            const uvl = isUnverified(m);
            out.push(
              uvl
                ? flag(strong ? 'high' : 'medium', `The ${label(p)} matches ${m.name} on the Unverified List, a red flag that requires due diligence before export${tail}.`, [p.index], { ...ev, category: 'export', licenceCheck: true })
                : flag(strong ? 'critical' : 'high', `The ${label(p)} matches ${m.name} on ${where}, so a licence is required and usually denied${tail}.`, [p.index], { ...ev, category: 'export', licenceCheck: true }),
            );
          }
          if (cats.has('debarment')) {
            const severity = strong ? (arms ? 'critical' : 'medium') : arms ? 'high' : 'low';
            out.push(
              flag(severity, `The ${label(p)} matches ${m.name} on ${where}, a debarment${arms ? ' that bars it from exports of arms or defence articles such as these goods' : ' (no bar on these goods, a due-diligence point)'}${tail}.`, [p.index], {
                ...ev,
                category: 'debarment',
                armsGoods: arms,
              }),
            );
          }
          return out;
        }),
    );
  },
};
