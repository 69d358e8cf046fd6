import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated, ref } from './helpers';

/** A3: a party's address is a listed address entry or the address of a listed party. */
export const A3: Rule = {
  id: 'A3',
  code: 'LISTED_ADDRESS_MATCH',
  needs: 'party addresses compared with listed addresses',
  evaluate(ctx) {
    const withAddress = ctx.parties.filter((p) => p.party.address);
    if (withAddress.length === 0) return notEvaluated('no party address given');
    return withAddress.flatMap((p) =>
      (p.evidence.addressHits ?? []).map((h) =>
        flag(
          h.addressEntry ? 'critical' : 'high',
          h.addressEntry
            ? `The ${label(p)} uses the address "${h.address}", which is itself listed on ${h.listed.list}.`
            : `The ${label(p)} shares the address "${h.address}" with listed ${h.listed.name} (${h.listed.list}).`,
          [p.index],
          { ...ref(h.listed), address: h.address, addressEntry: h.addressEntry },
        ),
      ),
    );
  },
};
