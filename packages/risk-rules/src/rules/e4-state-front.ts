import { ARMS_EMBARGOES } from '../tables/arms-embargoes';
import { cite, rowsInForce } from '../tables/dated';
import { PMC_PRESENCE } from '../tables/pmc';
import { STATE_BODY_PATTERN } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii, sameName } from '../facts/parties';
import { excessQuantity } from './c7-price-quantity';
import { controlledGoods, flag, notEvaluated } from './helpers';
import { endUser } from './end-user';

/**
 * E4: the end user is a ministry or armed force of a Table 2d (PMC) or arms-embargo state, with controlled or arms goods, and
 * the deal shows a sign of a front: foreign or private payer, a broker, an EUC from another state, excess quantity, or a PMC there.
 */
export const E4: Rule = {
  id: 'E4',
  code: 'STATE_FRONT_END_USER',
  needs: 'end user (state body, country), payer, broker, EUC issuer, goods quantities',
  evaluate(ctx) {
    const buyer = ctx.parties.find((p) => p.party.role === 'buyer' && p.party.isStateBody);
    const eu = endUser(ctx) ?? (buyer ? { name: buyer.party.name, party: buyer } : undefined);
    if (!eu) return notEvaluated('no end user (or state buyer) given');
    const state = eu.party?.party.isStateBody ?? STATE_BODY_PATTERN.test(ascii(eu.name));
    const country = eu.party?.party.country ?? ctx.destination?.country;
    const goods = controlledGoods(ctx);
    if (!state || !country || goods.length === 0) return [];
    const pmc = rowsInForce(PMC_PRESENCE, ctx.day).find((r) => r.code === country);
    const embargo = rowsInForce(ARMS_EMBARGOES, ctx.day).find((r) => r.code === country);
    if (!pmc && !embargo) return [];
    const signs: string[] = [];
    const payer = ctx.parties.find((p) => p.party.role === 'payer');
    const payerCountry = payer?.party.country ?? ctx.request.payment?.payerCountry;
    const payerName = payer?.party.name ?? ctx.request.payment?.payer;
    if (payerCountry && payerCountry !== country) signs.push(`payer is in ${payerCountry}`);
    else if (payerName && !sameName(payerName, eu.name) && !(payer?.party.isStateBody ?? STATE_BODY_PATTERN.test(ascii(payerName)))) signs.push(`payer "${payerName}" is a private party`);
    const brokers = ctx.parties.filter((p) => p.party.role === 'broker' && !p.party.isStateBody);
    if (brokers.length) signs.push(`private broker ${brokers.map((b) => `"${b.party.name}"`).join(', ')}`);
    const cert = ctx.request.endUse?.certificate;
    if (cert?.issuingCountry && cert.issuingCountry !== country) signs.push(`end-use certificate issued by ${cert.issuingCountry}`);
    const excess = ctx.goods.filter((g) => excessQuantity(g));
    if (excess.length) signs.push('quantities far above the buyer\'s usual needs');
    if (pmc) signs.push(`Wagner / Africa Corps operate in ${country}`);
    if (signs.length === 0) return [];
    const a1 = ctx.flags.some((f) => f.ruleId === 'A1');
    return [
      flag(
        a1 ? 'critical' : 'high',
        `The end user "${eu.name}" is a state body of ${country} buying controlled or arms goods, with signs of a front end user: ${signs.join('; ')}${a1 ? '; and a party of the deal is on a sanctions list' : ''}.`,
        [...(eu.party ? [eu.party.index] : []), ...(payer ? [payer.index] : []), ...brokers.map((b) => b.index)],
        { endUser: eu.name, country, signs, linkedListHit: a1, ...(pmc ? { pmc: { presence: pmc.presence, ...cite(pmc) } } : {}), ...(embargo ? { armsEmbargo: { authority: embargo.authority, scope: embargo.scope } } : {}), source: 'S23, S26, S27' },
      ),
    ];
  },
};
