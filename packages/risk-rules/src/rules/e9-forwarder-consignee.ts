import { FORWARDER_PATTERN, FORWARDER_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { ascii, label, sameName } from '../facts/parties';
import { controlledGoods, flag, notEvaluated } from './helpers';

/**
 * E9 (new, issue 11): a freight forwarder or logistics firm is the consignee, intermediate consignee or ship-to party, while an
 * ultimate consignee is named separately (E1 covers the forwarder as the ultimate, or only, consignee). Medium with controlled
 * goods, low otherwise. Source: BIS red flag "a freight forwarding firm is listed as the product's final destination" [S1]; S5.
 */
export const E9: Rule = {
  id: 'E9',
  code: 'FORWARDER_AS_CONSIGNEE_OR_SHIP_TO',
  needs: 'consignee / intermediate consignee / ultimate consignee parties; forwarder parties',
  evaluate(ctx) {
    const ultimate = ctx.parties.filter((p) => p.party.role === 'ultimate_consignee');
    const consignees = ctx.parties.filter((p) => p.party.role === 'consignee' || p.party.role === 'intermediate_consignee');
    if (consignees.length === 0) return notEvaluated('no consignee or intermediate consignee given');
    if (ultimate.length === 0 && consignees.every((c) => c.party.role === 'consignee')) return []; // E1 judges the only consignee
    const forwarders = ctx.parties.filter((p) => p.party.role === 'freight_forwarder');
    const controlled = controlledGoods(ctx).length > 0;
    return consignees.flatMap((p) => {
      const keyword = FORWARDER_PATTERN.exec(ascii(`${p.party.name} ${p.party.industry ?? ''}`))?.[0];
      const same = forwarders.find((f) => sameName(f.party.name, p.party.name));
      if (!keyword && !same) return [];
      return [
        flag(controlled ? 'medium' : 'low', `The ${label(p)} is ${same ? "also the shipment's freight forwarder" : `a freight forwarder or logistics firm ("${keyword}")`}: the goods are consigned to an intermediary.`, [p.index, ...(same ? [same.index] : [])], {
          keyword: keyword ?? null,
          sameAs: same?.index ?? null,
          controlledGoods: controlled,
          source: FORWARDER_SOURCE,
        }),
      ];
    });
  },
};
