import { cite } from '../tables/dated';
import type { Rule, RuleContext } from '../types';
import { controlledGoods, flag, goodsEvidence, hubRow, notEvaluated } from './helpers';

interface Node {
  code: string;
  where: string;
  party?: number;
}

/** Transit and counterparty nodes: route legs after the origin, consignees, payer, banks, the declared destination. */
function nodes(ctx: RuleContext): Node[] {
  const out: Node[] = [];
  ctx.route.forEach((r, i) => {
    if (i > 0 || ctx.route.length === 1) out.push({ code: r.leg.country, where: `route leg ${i}` });
  });
  for (const p of ctx.parties) {
    if (['consignee', 'intermediate_consignee', 'ultimate_consignee', 'payer', 'bank', 'end_user', 'buyer'].includes(p.party.role)) {
      for (const c of p.countries) out.push({ code: c, where: `${p.party.role} (party ${p.index})`, party: p.index });
    }
  }
  const pay = ctx.request.payment;
  if (pay?.payerCountry) out.push({ code: pay.payerCountry, where: 'payment.payerCountry' });
  for (const b of pay?.bankCountries ?? []) out.push({ code: b, where: 'payment.bankCountries' });
  if (ctx.request.declaredDestination) out.push({ code: ctx.request.declaredDestination, where: 'declaredDestination' });
  return out;
}

/** B4: a diversion hub (Table 2c tier A/B) is a transit point or counterparty; high only with sensitive goods. */
export const B4: Rule = {
  id: 'B4',
  code: 'DIVERSION_HUB',
  needs: 'route legs, consignee/payer/bank countries; goods classes',
  evaluate(ctx) {
    const all = nodes(ctx);
    if (all.length === 0) return notEvaluated('no route, consignee, payer or bank country given');
    const sensitive = controlledGoods(ctx);
    const byCode = new Map<string, Node[]>();
    for (const n of all) if (hubRow(ctx, n.code)) byCode.set(n.code, [...(byCode.get(n.code) ?? []), n]);
    return [...byCode.entries()].map(([code, hits]) => {
      const row = hubRow(ctx, code)!;
      return flag(
        sensitive.length ? 'high' : 'info',
        sensitive.length
          ? `${code}, a common transshipment point for diverted goods, appears as ${[...new Set(hits.map((h) => h.where))].join(', ')} for controlled or priority goods.`
          : `${code} is a known transshipment hub (${[...new Set(hits.map((h) => h.where))].join(', ')}); context only, because the goods are not controlled or priority items.`,
        hits.flatMap((h) => (h.party !== undefined ? [h.party] : [])),
        { country: code, tier: row.tier, ...cite(row), where: hits.map((h) => h.where), goods: goodsEvidence(sensitive) },
      );
    });
  },
};
