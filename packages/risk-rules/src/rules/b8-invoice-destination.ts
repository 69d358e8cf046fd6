import { EU_MEMBERS } from '../tables/eu';
import type { Rule } from '../types';
import { flag, notEvaluated } from './helpers';

/**
 * B8: the invoice or declared destination differs from the consignee's country or where the route actually ends. A route that
 * ends in another EU member state than an EU destination ends in the same customs territory (Union Customs Code, Reg. (EU)
 * 952/2013 Art. 4), the usual port of entry, so it is not a mismatch.
 */
export const B8: Rule = {
  id: 'B8',
  code: 'INVOICE_DESTINATION_MISMATCH',
  needs: 'invoiceShipTo / declaredDestination versus consignee country and the last route leg',
  evaluate(ctx) {
    const stated = [
      ['invoiceShipTo', ctx.request.invoiceShipTo],
      ['declaredDestination', ctx.request.declaredDestination],
    ].filter((x): x is [string, string] => Boolean(x[1]));
    const consignee = ctx.parties.find((p) => p.party.role === 'ultimate_consignee' && p.party.country) ?? ctx.parties.find((p) => p.party.role === 'consignee' && p.party.country);
    const actual: [string, string, number | undefined][] = [];
    if (consignee) actual.push([`${consignee.party.role} country`, consignee.party.country!, consignee.index]);
    const last = ctx.route.at(-1);
    if (last) actual.push(['last route leg', last.leg.country, undefined]);
    if (stated.length === 0) return notEvaluated('neither invoiceShipTo nor declaredDestination given');
    if (actual.length === 0) return notEvaluated('no consignee country or route given');
    const out = [];
    for (const [field, code] of stated) {
      // a route ending at a port of the same customs territory (Rotterdam for a German consignee) is not a mismatch
      const diff = actual.filter(([w, c]) => c !== code && !(w === 'last route leg' && EU_MEMBERS.has(c) && EU_MEMBERS.has(code)));
      if (diff.length === 0) continue;
      out.push(
        flag('high', `The ${field} says ${code}, but the ${diff.map(([w, c]) => `${w} is ${c}`).join(' and the ')}.`, diff.flatMap(([, , i]) => (i !== undefined ? [i] : [])), {
          field,
          stated: code,
          actual: diff.map(([where, c]) => ({ where, country: c })),
        }),
      );
    }
    return out;
  },
};
