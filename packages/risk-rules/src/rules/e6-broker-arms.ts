import { monthsBetween, toDay } from '../tables/dated';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, goodsEvidence, notEvaluated } from './helpers';
import { endUser } from './end-user';

/** E6: a broker or agent takes part in an arms deal; high when it is foreign to both sides or newly incorporated. */
export const E6: Rule = {
  id: 'E6',
  code: 'BROKER_IN_ARMS_DEAL',
  needs: 'party roles (broker); arms goods',
  evaluate(ctx) {
    if (ctx.goods.length === 0) return notEvaluated('no goods given');
    const arms = ctx.goods.filter((g) => g.arms);
    if (arms.length === 0) return [];
    const sides = new Set<string>(ctx.parties.filter((p) => ['seller', 'exporter'].includes(p.party.role)).flatMap((p) => [...p.countries]));
    const eu = endUser(ctx);
    if (eu?.country) sides.add(eu.country);
    if (ctx.destination) sides.add(ctx.destination.country);
    return ctx.parties
      .filter((p) => p.party.role === 'broker')
      .map((p) => {
        const foreign = Boolean(p.party.country && sides.size && !sides.has(p.party.country));
        const young = p.party.incorporationDate ? monthsBetween(toDay(p.party.incorporationDate), ctx.day) < 12 : false;
        return flag(
          foreign || young ? 'high' : 'medium',
          `The ${label(p)} brokers an arms transaction${foreign ? ` from a third country (${p.party.country})` : ''}${young ? ' and was incorporated less than a year ago' : ''}; its brokering registration must be checked.`,
          [p.index],
          { broker: p.party.name, country: p.party.country ?? null, foreign, newlyIncorporated: young, goods: goodsEvidence(arms), source: 'S29, S31' },
        );
      });
  },
};
