import type { Rule } from '../types';
import { flag, hubRow, notEvaluated } from './helpers';
import { payer } from './payer';

const HIGH = new Set(['RU', 'BY', 'IR', 'KP']);

/** F2: the payer or a bank is in RU/BY/IR/KP (high) or in a diversion hub (medium). */
export const F2: Rule = {
  id: 'F2',
  code: 'PAYMENT_FROM_HIGH_RISK',
  needs: 'payer country, bank countries, bank parties',
  evaluate(ctx) {
    const p = payer(ctx);
    const where: [string, string, number | undefined][] = [];
    if (p?.country) where.push(['payer', p.country, p.party?.index]);
    for (const b of ctx.request.payment?.bankCountries ?? []) where.push(['bank', b, undefined]);
    for (const b of ctx.parties.filter((x) => x.party.role === 'bank' && x.party.country)) where.push([`bank "${b.party.name}"`, b.party.country!, b.index]);
    if (where.length === 0) return notEvaluated('no payer or bank country given');
    return where.flatMap(([who, c, i]) => {
      const high = HIGH.has(c);
      if (!high && !hubRow(ctx, c)) return [];
      return [flag(high ? 'high' : 'medium', `The ${who} is in ${c}, ${high ? 'a sanctioned or export-controlled jurisdiction' : 'a known diversion hub'}.`, i !== undefined ? [i] : [], { who, country: c, source: 'S3' })];
    });
  },
};
