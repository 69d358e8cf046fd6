import { hubRow } from './helpers';
import type { RuleContext } from '../types';

/** Where a country or region shows up in a shipment: parties, route legs, payer, banks, IP addresses. */
export interface Sighting {
  code: string;
  where: string;
  party?: number;
  text?: string;
}

export function sightings(ctx: RuleContext, opts: { ip?: boolean } = {}): Sighting[] {
  const out: Sighting[] = [];
  for (const p of ctx.parties) {
    for (const l of p.places) {
      out.push({ code: l.country, where: `party ${p.index} ${l.via}`, party: p.index, text: l.text });
      if (l.region) out.push({ code: l.region, where: `party ${p.index} ${l.via}`, party: p.index, text: l.text });
    }
    if (opts.ip && p.party.ipCountry) out.push({ code: p.party.ipCountry, where: `party ${p.index} ipCountry`, party: p.index });
  }
  for (const r of ctx.route) {
    for (const l of r.places) {
      out.push({ code: l.country, where: `route leg ${r.index} ${l.via}`, text: l.text });
      if (l.region) out.push({ code: l.region, where: `route leg ${r.index} ${l.via}`, text: l.text });
    }
  }
  const pay = ctx.request.payment;
  if (pay?.payerCountry) out.push({ code: pay.payerCountry, where: 'payment.payerCountry' });
  for (const b of pay?.bankCountries ?? []) out.push({ code: b, where: 'payment.bankCountries' });
  for (const [field, code] of [['declaredDestination', ctx.request.declaredDestination], ['invoiceShipTo', ctx.request.invoiceShipTo]] as const) {
    if (code) out.push({ code, where: field });
  }
  return out;
}

/** Countries of the parties in the given roles. */
export function countriesOf(ctx: RuleContext, roles: string[]): Set<string> {
  return new Set(ctx.parties.filter((p) => roles.includes(p.party.role)).flatMap((p) => [...p.countries]));
}

/** Russia-relevant: RU/BY or a hub anywhere, or CHPL goods (D1's post-Feb-2022 test). */
export function russiaRelevant(ctx: RuleContext): boolean {
  return ctx.goods.some((g) => g.chpl) || sightings(ctx).some((s) => s.code === 'RU' || s.code === 'BY' || hubRow(ctx, s.code) !== undefined);
}
