import { intermediaryKeyword, PROFILES_SOURCE } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii, label, sameName } from '../facts/parties';
import { controlledGoods, flag, notEvaluated } from './helpers';

/** E1: the ultimate consignee (or consignee) is a freight forwarder, logistics firm, mail centre or trading company. */
export const E1: Rule = {
  id: 'E1',
  code: 'FORWARDER_OR_TRADER_AS_ULTIMATE_CONSIGNEE',
  needs: 'ultimate consignee / consignee name and industry; forwarder parties',
  evaluate(ctx) {
    const ultimate = ctx.parties.filter((p) => p.party.role === 'ultimate_consignee');
    const named = ultimate.length ? ultimate : ctx.parties.filter((p) => p.party.role === 'consignee');
    // without a consignee, the buyer is the consign-to party
    const consignees = named.length ? named : ctx.parties.filter((p) => p.party.role === 'buyer');
    if (consignees.length === 0) return notEvaluated('no consignee, ultimate consignee or buyer given');
    const forwarders = ctx.parties.filter((p) => p.party.role === 'freight_forwarder' || p.party.role === 'carrier');
    const controlled = controlledGoods(ctx).length > 0;
    return consignees.flatMap((p) => {
      const text = ascii(`${p.party.name} ${p.party.industry ?? ''}`);
      const keyword = intermediaryKeyword(text);
      const asForwarder = forwarders.find((f) => sameName(f.party.name, p.party.name));
      if (!keyword && !asForwarder) return [];
      return [
        flag(
          controlled ? 'high' : 'low',
          `The ${label(p)} is ${asForwarder ? 'also the shipment\'s forwarder or carrier' : `a logistics or trading intermediary ("${keyword}")`}, not a user of the goods.`,
          [p.index, ...(asForwarder ? [asForwarder.index] : [])],
          { keyword: keyword ?? null, sameAs: asForwarder?.index ?? null, controlledGoods: controlled, source: PROFILES_SOURCE },
        ),
      ];
    });
  },
};
