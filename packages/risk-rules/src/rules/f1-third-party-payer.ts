import type { Rule } from '../types';
import { sameName } from '../facts/parties';
import { flag, hubRow, notEvaluated } from './helpers';
import { FUNDED_ROLES, payer } from './payer';

/** F1: the payer is neither buyer, consignee nor end user and not a disclosed financing party; high from another country. */
export const F1: Rule = {
  id: 'F1',
  code: 'THIRD_PARTY_PAYER',
  needs: 'payer name/country versus buyer, consignees, end user',
  evaluate(ctx) {
    const p = payer(ctx);
    if (!p?.name) return notEvaluated('no payer named');
    if (ctx.request.payment?.disclosedFinancing) return [];
    const funded = ctx.parties.filter((x) => FUNDED_ROLES.includes(x.party.role));
    const endUserName = ctx.request.endUse?.endUser;
    if (funded.some((x) => sameName(x.party.name, p.name!)) || (endUserName && sameName(endUserName, p.name))) return [];
    const buyerCountries = new Set(funded.flatMap((x) => [...x.countries]));
    const foreign = Boolean(p.country && buyerCountries.size && !buyerCountries.has(p.country));
    const risky = Boolean(p.country && (hubRow(ctx, p.country) || p.country === 'RU' || p.country === 'BY'));
    return [
      flag(
        foreign || risky ? 'high' : 'medium',
        `The payer "${p.name}"${p.country ? ` (${p.country})` : ''} is not the buyer, consignee or end user${foreign ? ' and pays from another country' : ''}.`,
        [...(p.party ? [p.party.index] : [])],
        { payer: p.name, payerCountry: p.country ?? null, buyerCountries: [...buyerCountries], foreign, hubOrRussia: risky, source: 'S3, S7, S12' },
      ),
    ];
  },
};
