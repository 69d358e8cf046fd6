import { ascii } from '../facts/parties';
import { TABLES_VERSION } from '../tables';
import { ARMS_EMBARGOES, type ArmsEmbargoRow } from '../tables/arms-embargoes';
import { cite, rowsInForce, verifyNote } from '../tables/dated';
import type { Rule, RuleContext } from '../types';
import { flag, goodsEvidence, maxSeverity, notEvaluated } from './helpers';
import { binds, boundBy } from './jurisdiction';
import { countriesOf } from './places';

/** The free text of the shipment where a region's place names can show up: addresses, route ports/regions, the end user. */
function placeText(ctx: RuleContext): string {
  const addr = ctx.parties.map((p) => (typeof p.party.address === 'string' ? p.party.address : Object.values(p.party.address ?? {}).join(' ')));
  const legs = ctx.route.map((r) => `${r.leg.port ?? ''} ${r.leg.region ?? ''}`);
  return ` ${ascii([...addr, ...legs, ctx.request.endUse?.endUser ?? ''].join(' , '))} `;
}

const inRegion = (text: string, row: ArmsEmbargoRow) => !row.region || (row.places ?? [ascii(row.region)]).some((p) => text.includes(` ${p} `));

/**
 * B3: arms or military goods go to a country under an arms embargo (Table 2b) that binds the exporter (UN always; EU, UK or US
 * when the exporter is subject to it, or when that is unknown), by scope. A region-only embargo (Darfur) applies when a party,
 * route leg or the end user is placed there by name (Nyala, El Fasher, Geneina…). Embargoes apply on the later of the
 * transaction date and the screening day; a renewable mandate past its last confirmed renewal stays in force with a verify note.
 */
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
    const text = placeText(ctx);
    return [...dests].flatMap((code) => {
      const rows = rowsInForce(ARMS_EMBARGOES, ctx.lawDay).filter((r) => r.code === code && binds(ctx, [r.authority]) !== 'no' && inRegion(text, r));
      if (rows.length === 0) return [];
      const sev = rows.map((r) => (r.scope === 'full' && binds(ctx, [r.authority]) === 'yes' ? 'critical' : 'high'));
      const severity = maxSeverity(sev);
      const parties = ctx.parties.filter((p) => p.countries.has(code)).map((p) => p.index);
      const scopes = [...new Set(rows.map((r) => `${r.authority} ${r.scope}${r.region ? ` (${r.region})` : ''}`))].join(', ');
      const notes = [...new Set(rows.flatMap((r) => verifyNote(r, ctx.lawDay, TABLES_VERSION) ?? []))];
      const verify = notes.find((n) => n.includes('renewal')) ?? (notes.length ? notes[0] : undefined);
      return [
        flag(
          severity,
          (severity === 'critical'
            ? `Arms or military goods are going to ${code}, which is under a full arms embargo (${scopes}).`
            : `Arms or military goods are going to ${code}, which is under an arms embargo (${scopes}) that allows only exempted end users or binds only some exporters; evidence of the exemption is required.`) +
            (verify ? ` (${verify})` : ''),
          parties,
          {
            country: code,
            exporter: boundBy(ctx).note,
            asOf: ctx.lawDay,
            embargoes: rows.map((r) => ({ authority: r.authority, scope: r.scope, basis: r.basis, ...(r.region ? { region: r.region } : {}), binding: binds(ctx, [r.authority]), ...cite(r), ...(verifyNote(r, ctx.lawDay, TABLES_VERSION) ? { verifyNote: verifyNote(r, ctx.lawDay, TABLES_VERSION) } : {}) })),
            goods: goodsEvidence(arms),
          },
        ),
      ];
    });
  },
};
