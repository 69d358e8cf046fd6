import { locateText } from '../facts/geo';
import { label } from '../facts/parties';
import { hubRow } from './helpers';
import type { RuleContext } from '../types';

/** Where a country or region shows up in a shipment: parties, route legs, payer, banks, IP addresses. */
export interface Sighting {
  code: string;
  where: string;
  party?: number;
  text?: string;
}

const memo = new WeakMap<RuleContext, Map<boolean, Sighting[]>>();

/** Sightings of a context, computed once per assessment (several rules read them). */
export function sightings(ctx: RuleContext, opts: { ip?: boolean } = {}): Sighting[] {
  const byIp = memo.get(ctx) ?? new Map<boolean, Sighting[]>();
  memo.set(ctx, byIp);
  const ip = Boolean(opts.ip);
  const hit = byIp.get(ip);
  if (hit) return hit;
  const out = collect(ctx, ip);
  byIp.set(ip, out);
  return out;
}

function collect(ctx: RuleContext, ip: boolean): Sighting[] {
  const out: Sighting[] = [];
  for (const p of ctx.parties) {
    const who = `the ${label(p)} (`;
    for (const l of p.places) {
      const where = `${who}${l.via === 'country' ? 'country' : `${l.via} "${l.text}"`})`;
      out.push({ code: l.country, where, party: p.index, text: l.text });
      if (l.region) out.push({ code: l.region, where, party: p.index, text: l.text });
    }
    if (ip && p.party.ipCountry) out.push({ code: p.party.ipCountry, where: `${who}IP address)`, party: p.index });
  }
  for (const r of ctx.route) {
    for (const l of r.places) {
      const where = `route leg ${r.index + 1}${l.via === 'route.country' ? '' : ` (${l.via.replace('route.', '')} "${l.text}")`}`;
      out.push({ code: l.country, where, text: l.text });
      if (l.region) out.push({ code: l.region, where, text: l.text });
    }
  }
  const eu = ctx.request.endUse;
  if (eu?.endUser && !ctx.parties.some((p) => p.party.role === 'end_user')) {
    for (const l of locateText(eu.endUser, 'endUse.endUser')) out.push({ code: l.region ?? l.country, where: `the end user "${eu.endUser}"`, text: eu.endUser });
  }
  if (eu?.certificate?.issuingCountry) out.push({ code: eu.certificate.issuingCountry, where: 'the end-use certificate issuer' });
  const pay = ctx.request.payment;
  if (pay?.payerCountry) out.push({ code: pay.payerCountry, where: 'the payer country' });
  for (const b of pay?.bankCountries ?? []) out.push({ code: b, where: 'a bank country' });
  for (const [field, code] of [['declaredDestination', ctx.request.declaredDestination], ['invoiceShipTo', ctx.request.invoiceShipTo]] as const) {
    if (code) out.push({ code, where: field === 'declaredDestination' ? 'the declared destination' : 'the invoice ship-to' });
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
