import { cite, rowsInForce } from '../tables/dated';
import { EMBARGOES } from '../tables/embargoes';
import type { Rule } from '../types';
import { controlledGoods, flag, goodsEvidence, notEvaluated } from './helpers';
import { sightings } from './places';
import { euOperator } from './eu-operator';
import { usExporter, usOrigin } from './us-nexus';
import type { RuleContext } from '../types';
import type { RuByBanRow } from '../tables/ru-by-bans';

/** HS-based RU/BY bans that bind this shipment: EU rows for EU (or unknown) exporters, US rows for US (or unknown) exporters and US-origin goods. */
function bans(ctx: RuleContext, code: string): { line: number; row: RuByBanRow }[] {
  const eu = euOperator(ctx);
  const us = usExporter(ctx);
  return ctx.goods.flatMap((g) =>
    g.ruBy
      .filter((r) => (r.countries as readonly string[]).includes(code) && (r.authority === 'EU' ? eu !== 'no' : us !== 'no' || usOrigin(g)))
      .map((row) => ({ line: g.index, row })),
  );
}

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
        const banned = dense ? bans(ctx, row.code) : [];
        const severity = !dense ? 'medium' : controlled.length || banned.length ? 'critical' : 'high';
        const goods = controlled.length
          ? ` with controlled or priority goods (${controlled.map((g) => g.hs ?? g.goods.eccn).join(', ')})`
          : banned.length
            ? ` with goods under an HS-based export ban (${[...new Set(banned.map((b) => `${b.row.prefix}: ${b.row.instrument}`))].join('; ')})`
            : '';
        return [
          flag(severity, `${row.name} appears in ${[...new Set(hits.map((h) => h.where))].join(', ')}${goods}; ${row.basis}.`, hits.flatMap((h) => (h.party !== undefined ? [h.party] : [])), {
            jurisdiction: row.code,
            basis: row.basis,
            ...cite(row),
            where: hits,
            goods: goodsEvidence(controlled),
            ...(banned.length ? { hsBans: banned.map((b) => ({ line: b.line, prefix: b.row.prefix, authority: b.row.authority, instrument: b.row.instrument, description: b.row.description, ...cite(b.row) })) } : {}),
          }),
        ];
      });
  },
};
