import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { flag, notEvaluated } from './helpers';
import { endUser } from './end-user';

const LC = /\b(l\s*c|lc|letter of credit|documentary credit|akkreditiv)\b/;
const BANK = /\b(bank|banque|banco|bank[a-z]*|sberbank|bankasi)\b/;

/** E7: a letter of credit consigns the goods to the issuing bank and no real end user is named. */
export const E7: Rule = {
  id: 'E7',
  code: 'LC_CONSIGNED_TO_BANK',
  needs: 'payment method, LC consignee, end user',
  evaluate(ctx) {
    const method = ctx.request.payment?.method;
    if (!method) return notEvaluated('no payment method given');
    if (!LC.test(ascii(method))) return [];
    const consignee = ctx.parties.find((p) => p.party.role === 'consignee' && BANK.test(ascii(p.party.name)));
    if (!ctx.request.payment?.lcConsignedToBank && !consignee) return [];
    if (endUser(ctx)) return [];
    return [flag('medium', 'The letter of credit consigns the goods to the bank and the documents name no end user.', consignee ? [consignee.index] : [], { method, consignee: consignee?.party.name ?? null, source: 'S5' })];
  },
};
