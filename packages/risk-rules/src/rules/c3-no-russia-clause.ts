import { cite, rowsInForce } from '../tables/dated';
import { ART12G_HS, EU_OBLIGATIONS } from '../tables/eu';
import type { Rule } from '../types';
import { flag, goodsEvidence, notEvaluated } from './helpers';
import { euOperator, outsideEuAndPartners } from './eu-operator';

/** C3: an EU exporter sells Art. 12g goods outside the EU and partner countries without a No-Russia clause. */
export const C3: Rule = {
  id: 'C3',
  code: 'EU_NO_RUSSIA_CLAUSE_MISSING',
  needs: 'exporter jurisdiction, goods (Annex XI/XX/XXXV/XL, firearms), destination, contract.noRussiaClause',
  evaluate(ctx) {
    const art = rowsInForce(EU_OBLIGATIONS, ctx.day).find((r) => r.id === 'art12g');
    if (!art) return [];
    const goods = ctx.goods.filter((g) => g.chpl || (g.hs && ART12G_HS.some((a) => g.hs!.startsWith(a.prefix))));
    if (goods.length === 0) return [];
    const eu = euOperator(ctx);
    if (eu === 'unknown') return notEvaluated('exporter jurisdiction unknown (no exporterJurisdictions and no seller/exporter country)');
    if (eu === 'no') return [];
    if (!ctx.destination) return notEvaluated('no destination given');
    if (!outsideEuAndPartners(ctx, ctx.destination.country)) return [];
    const c = ctx.request.contract;
    if (c?.noRussiaClause === undefined) return notEvaluated('contract.noRussiaClause not given for Art. 12g goods to a non-partner country');
    if (c.noRussiaClause) return [];
    const grace = rowsInForce(EU_OBLIGATIONS, ctx.day).find((r) => r.id === 'art12g-grace');
    if (grace && c.signedDate && c.signedDate < '2023-12-19') return [];
    return [
      flag('high', `An EU exporter sells Art. 12g goods to ${ctx.destination.country} without a No-Russia clause in the contract, which Art. 12g Reg. 833/2014 requires.`, [], {
        destination: ctx.destination,
        obligation: art.text,
        ...cite(art),
        goods: goodsEvidence(goods),
      }),
    ];
  },
};
