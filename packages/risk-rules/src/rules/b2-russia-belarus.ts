import { cite, rowsInForce } from '../tables/dated';
import { EMBARGOES } from '../tables/embargoes';
import type { Rule } from '../types';
import { controlledGoods, flag, goodsEvidence, notEvaluated } from './helpers';
import { sightings } from './places';

/** B2: Russia or Belarus appears anywhere; critical with controlled/priority goods under the post-Feb-2022 regime. */
export const B2: Rule = {
  id: 'B2',
  code: 'RUSSIA_BELARUS_NEXUS',
  needs: 'countries of parties, banks, route legs; goods classes',
  evaluate(ctx) {
    const seen = sightings(ctx);
    if (seen.length === 0) return notEvaluated('no country, address or route given');
    const controlled = controlledGoods(ctx);
    return rowsInForce(EMBARGOES, ctx.day)
      .filter((r) => r.kind === 'broad-controls')
      .flatMap((row) => {
        const hits = seen.filter((s) => s.code === row.code);
        if (hits.length === 0) return [];
        const dense = row.validFrom !== undefined && row.validFrom >= '2022-01-01';
        const severity = !dense ? 'medium' : controlled.length ? 'critical' : 'high';
        const goods = controlled.length ? ` with controlled or priority goods (${controlled.map((g) => g.hs ?? g.goods.eccn).join(', ')})` : '';
        return [
          flag(severity, `${row.name} appears in ${[...new Set(hits.map((h) => h.where))].join(', ')}${goods}; ${row.basis}.`, hits.flatMap((h) => (h.party !== undefined ? [h.party] : [])), {
            jurisdiction: row.code,
            basis: row.basis,
            ...cite(row),
            where: hits,
            goods: goodsEvidence(controlled),
          }),
        ];
      });
  },
};
