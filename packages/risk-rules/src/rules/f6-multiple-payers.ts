import { MULTI_PAYER_SOURCE } from '../tables/red-flags';
import type { Rule } from '../types';
import { sameName } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { FUNDED_ROLES } from './payer';

/**
 * F6 (new, issue 11): the order is paid by several parties that are not the buyer (or another funded party) and not the same
 * company under another spelling: high. Source: G7 2023 guidance (payments from unlinked third parties) [S12], S3, S5.
 */
export const F6: Rule = {
  id: 'F6',
  code: 'MULTIPLE_UNRELATED_PAYERS',
  needs: 'payer parties and payment.payers',
  evaluate(ctx) {
    const named = [
      ...ctx.parties.filter((p) => p.party.role === 'payer').map((p) => ({ name: p.party.name, country: p.party.country, party: p.index })),
      ...(ctx.request.payment?.payers ?? []).map((p) => ({ name: p.name, country: p.country, party: undefined as number | undefined })),
      ...(ctx.request.payment?.payer ? [{ name: ctx.request.payment.payer, country: ctx.request.payment.payerCountry, party: undefined }] : []),
    ];
    if (named.length === 0) return notEvaluated('no payer named');
    const funded = ctx.parties.filter((x) => FUNDED_ROLES.includes(x.party.role)).map((x) => x.party.name);
    const distinct: typeof named = [];
    for (const p of named) if (!distinct.some((d) => sameName(d.name, p.name))) distinct.push(p);
    const third = distinct.filter((p) => !funded.some((f) => sameName(f, p.name)));
    if (distinct.length < 2 || third.length === 0) return [];
    const countries = [...new Set(distinct.map((p) => p.country).filter(Boolean))];
    return [
      flag('high', `The order is paid by ${distinct.length} different parties (${distinct.map((p) => `"${p.name}"${p.country ? ` (${p.country})` : ''}`).join(', ')}), ${third.length} of them not the buyer.`, distinct.flatMap((p) => (p.party !== undefined ? [p.party] : [])), {
        payers: distinct.map((p) => ({ name: p.name, country: p.country ?? null })),
        thirdParties: third.map((p) => p.name),
        countries,
        source: MULTI_PAYER_SOURCE,
      }),
    ];
  },
};
