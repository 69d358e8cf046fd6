import { ascii } from '../facts/parties';
import { ARMS_EMBARGOES, type ArmsEmbargoRow } from '../tables/arms-embargoes';
import { cite, rowsInForce } from '../tables/dated';
import { EU_MEMBERS } from '../tables/eu';
import type { Rule, RuleContext } from '../types';
import { flag, goodsEvidence, maxSeverity, notEvaluated } from './helpers';
import { countriesOf } from './places';

/** Whether the exporter is bound by an authority's embargo: UN always; EU/US when the exporter is, or unknown. */
function binding(ctx: RuleContext, row: ArmsEmbargoRow): 'yes' | 'unknown' | 'no' {
  if (row.authority === 'UN') return 'yes';
  const j = ctx.request.exporterJurisdictions;
  if (!j?.length) return 'unknown';
  if (row.authority === 'EU') return j.some((c) => c === 'EU' || EU_MEMBERS.has(c)) ? 'yes' : 'no';
  return j.includes('US') ? 'yes' : 'no';
}

/** B3: arms or military goods go to a country under an arms embargo (Table 2b), by scope and authority. */
export const B3: Rule = {
  id: 'B3',
  code: 'ARMS_EMBARGO_DESTINATION',
  needs: 'arms goods (C2), destination and end-user/consignee countries, exporter jurisdictions',
  evaluate(ctx) {
    if (ctx.goods.length === 0) return notEvaluated('no goods given');
    const arms = ctx.goods.filter((g) => g.arms);
    if (arms.length === 0) return [];
    const dests = countriesOf(ctx, ['end_user', 'ultimate_consignee', 'consignee', 'buyer']);
    if (ctx.destination) dests.add(ctx.destination.country);
    if (dests.size === 0) return notEvaluated('no destination or consignee country given');
    const text = ascii(ctx.parties.map((p) => (typeof p.party.address === 'string' ? p.party.address : JSON.stringify(p.party.address ?? ''))).join(' '));
    return [...dests].flatMap((code) => {
      const rows = rowsInForce(ARMS_EMBARGOES, ctx.day).filter((r) => r.code === code && binding(ctx, r) !== 'no' && (!r.region || text.includes(ascii(r.region))));
      if (rows.length === 0) return [];
      const sev = rows.map((r) => (r.scope === 'full' && !r.region && binding(ctx, r) === 'yes' ? 'critical' : 'high'));
      const severity = maxSeverity(sev);
      const parties = ctx.parties.filter((p) => p.countries.has(code)).map((p) => p.index);
      const scopes = [...new Set(rows.map((r) => `${r.authority} ${r.scope}`))].join(', ');
      return [
        flag(
          severity,
          severity === 'critical'
            ? `Arms or military goods are going to ${code}, which is under a full arms embargo (${scopes}).`
            : `Arms or military goods are going to ${code}, which is under an arms embargo (${scopes}) that allows only exempted end users or binds only some exporters; evidence of the exemption is required.`,
          parties,
          { country: code, embargoes: rows.map((r) => ({ authority: r.authority, scope: r.scope, basis: r.basis, ...(r.region ? { region: r.region } : {}), binding: binding(ctx, r), ...cite(r) })), goods: goodsEvidence(arms) },
        ),
      ];
    });
  },
};
