import type { Rule } from '../types';
import { controlledGoods, flag, hubRow, notEvaluated } from './helpers';
import { payer } from './payer';

const HIGH = new Set(['RU', 'BY', 'IR', 'KP']);

/**
 * F2: the payer or a bank is in RU/BY/IR/KP (high) or in a diversion hub. A hub alone is context (info): a buyer paying from
 * its own country is ordinary trade. It is medium with controlled or priority goods, and escalateFlags raises it to medium
 * when another red flag is present (docs/domain.md §1.7 F2, §2c "must never alert alone").
 */
export const F2: Rule = {
  id: 'F2',
  code: 'PAYMENT_FROM_HIGH_RISK',
  needs: 'payer country, bank countries, bank parties; goods classes',
  evaluate(ctx) {
    const p = payer(ctx);
    const where: [string, string, number | undefined][] = [];
    if (p?.country) where.push(['payer', p.country, p.party?.index]);
    for (const b of ctx.request.payment?.bankCountries ?? []) where.push(['bank', b, undefined]);
    for (const b of ctx.parties.filter((x) => x.party.role === 'bank' && x.party.country)) where.push([`bank "${b.party.name}"`, b.party.country!, b.index]);
    if (where.length === 0) return notEvaluated('no payer or bank country given');
    const controlled = controlledGoods(ctx).length > 0;
    const seen = new Set<string>();
    return where.flatMap(([who, c, i]) => {
      const high = HIGH.has(c);
      if ((!high && !hubRow(ctx, c)) || seen.has(`${who}|${c}`)) return [];
      seen.add(`${who}|${c}`);
      if (high) return [flag('high', `The ${who} is in ${c}, a sanctioned or export-controlled jurisdiction.`, i !== undefined ? [i] : [], { who, country: c, source: 'S3' })];
      return [
        flag(
          controlled ? 'medium' : 'info',
          controlled
            ? `The ${who} is in ${c}, a known diversion hub, and the goods are controlled or priority items.`
            : `The ${who} is in ${c}, a known transshipment hub; context only unless another red flag is present.`,
          i !== undefined ? [i] : [],
          { who, country: c, hub: true, controlledGoods: controlled, source: 'S3' },
        ),
      ];
    });
  },
};
