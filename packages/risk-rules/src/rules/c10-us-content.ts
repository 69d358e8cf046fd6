import { cite, rowsInForce } from '../tables/dated';
import { COUNTRY_GROUP_E, DE_MINIMIS_E, DE_MINIMIS_GENERAL, FDP_DESTINATIONS, US_CONTENT_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { describeGoods } from '../facts/goods';
import { embargoedCountry, flag, highRiskCountry, notEvaluated } from './helpers';
import { usExporter } from './us-nexus';

/**
 * C10 (new, issue 11): US export rules reach a non-US exporter's goods — US-origin goods (subject to the EAR wherever they are,
 * 15 CFR 734.3(a)(2)), foreign-made goods whose controlled US content exceeds the de minimis share (734.4: 25 %, 10 % for
 * Country Group E:1/E:2), or controlled/priority goods going to a destination with a foreign-direct-product rule (734.9:
 * Russia/Belarus from Feb 2022, Iran from Feb 2023). High towards RU/BY or an embargoed destination, medium for US-origin
 * controlled goods elsewhere, info for ordinary US-origin goods elsewhere (context only).
 */
export const C10: Rule = {
  id: 'C10',
  code: 'US_CONTENT_OR_FDP_EXPOSURE',
  needs: 'goods originCountry / usContentPercent, exporter jurisdiction, destination',
  evaluate(ctx) {
    if (!ctx.goods.some((g) => g.goods.originCountry || g.goods.usContentPercent !== undefined)) return notEvaluated('no origin country or US content given for the goods');
    if (usExporter(ctx) === 'yes') return []; // a US exporter applies the EAR directly
    const dest = ctx.destination?.country;
    const risky = dest !== undefined && (highRiskCountry(ctx, dest) || embargoedCountry(ctx, dest));
    const fdp = dest ? rowsInForce(FDP_DESTINATIONS, ctx.day).find((r) => r.code === dest) : undefined;
    return ctx.goods.flatMap((g) => {
      const reasons: string[] = [];
      if (g.goods.originCountry === 'US') reasons.push('US-origin goods are subject to the EAR wherever they are (re-export)');
      const share = g.goods.usContentPercent;
      const limit = dest && COUNTRY_GROUP_E.has(dest) ? DE_MINIMIS_E : DE_MINIMIS_GENERAL;
      if (share !== undefined && g.goods.originCountry !== 'US' && share > limit) reasons.push(`controlled US content of ${share} % exceeds the ${limit} % de minimis level`);
      if (fdp && g.goods.originCountry !== 'US' && g.controlled) reasons.push(`the ${fdp.rule} can reach foreign-made controlled items`);
      if (reasons.length === 0) return [];
      const severity = risky || fdp ? 'high' : g.controlled ? 'medium' : 'info';
      return [
        flag(severity, `${describeGoods(g)}: ${reasons.join('; ')}${dest ? `, and they go to ${dest}` : ''}; a US licence may be needed.`, [], {
          line: g.index,
          originCountry: g.goods.originCountry ?? null,
          ...(share !== undefined ? { usContentPercent: share, deMinimis: limit } : {}),
          destination: dest ?? null,
          ...(fdp ? { fdp: { rule: fdp.rule, ...cite(fdp) } } : {}),
          source: US_CONTENT_SOURCE,
        }),
      ];
    });
  },
};
