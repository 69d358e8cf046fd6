import { cite, rowsInForce } from '../tables/dated';
import { EU_OBLIGATIONS } from '../tables/eu';
import type { Rule } from '../types';
import { flag, goodsEvidence, notEvaluated } from './helpers';
import { euOperator, outsideEuAndPartners } from './eu-operator';

/** C4: an EU exporter sells CHP (Annex XL) items to a third country without a documented risk assessment (Art. 12gb). */
export const C4: Rule = {
  id: 'C4',
  code: 'EU_CHP_RISK_ASSESSMENT_MISSING',
  needs: 'exporter jurisdiction, CHPL goods, destination, contract.riskAssessmentReference',
  evaluate(ctx) {
    const art = rowsInForce(EU_OBLIGATIONS, ctx.day).find((r) => r.id === 'art12gb');
    const goods = ctx.goods.filter((g) => g.chpl);
    if (!art || goods.length === 0) return [];
    const eu = euOperator(ctx);
    if (eu === 'unknown') return notEvaluated('exporter jurisdiction unknown (no exporterJurisdictions and no seller/exporter country)');
    if (eu === 'no') return [];
    if (!ctx.destination) return notEvaluated('no destination given');
    if (!outsideEuAndPartners(ctx, ctx.destination.country) || ctx.request.contract?.riskAssessmentReference) return [];
    return [
      flag('medium', `An EU exporter sells Common High Priority items to ${ctx.destination.country} without a documented Art. 12gb risk assessment.`, [], {
        destination: ctx.destination,
        obligation: art.text,
        ...cite(art),
        goods: goodsEvidence(goods),
      }),
    ];
  },
};
