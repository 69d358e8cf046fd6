import { NON_TECHNICAL_INDUSTRY, PROFILES_SOURCE, TECHNICAL_GOODS } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii, label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

/** C5: technical goods (electronics, machine tools, aerospace, arms) for a buyer whose line of business has no use for them. */
export const C5: Rule = {
  id: 'C5',
  code: 'ITEM_BUSINESS_MISMATCH',
  needs: 'industry of the buyer / end user / ultimate consignee; HS codes',
  evaluate(ctx) {
    const buyers = ctx.parties.filter((p) => ['buyer', 'end_user', 'ultimate_consignee'].includes(p.party.role) && p.party.industry);
    if (buyers.length === 0) return notEvaluated('no industry given for the buyer, end user or ultimate consignee');
    const technical = ctx.goods.flatMap((g) => {
      const fam = g.hs ? TECHNICAL_GOODS.find((t) => t.prefixes.some((x) => g.hs!.startsWith(x))) : undefined;
      return fam ? [{ g, family: fam.family }] : [];
    });
    if (technical.length === 0) return [];
    return buyers
      .filter((p) => NON_TECHNICAL_INDUSTRY.test(ascii(p.party.industry!)))
      .map((p) =>
        flag('medium', `The ${label(p)} works in "${p.party.industry}", which does not need ${[...new Set(technical.map((t) => t.family))].join(' or ')}.`, [p.index], {
          industry: p.party.industry,
          goods: technical.map((t) => ({ line: t.g.index, hs: t.g.hs, family: t.family })),
          source: PROFILES_SOURCE,
        }),
      );
  },
};
