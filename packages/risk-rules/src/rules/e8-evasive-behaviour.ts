import type { Rule } from '../types';
import { flag, notEvaluated } from './helpers';

const SIGNS: Record<string, string> = {
  declinedInstallation: 'declined installation',
  declinedTraining: 'declined training',
  declinedWarranty: 'declined warranty or maintenance',
  vagueDeliveryDates: 'vague about delivery dates',
  evasiveAboutEndUse: 'evasive about domestic use or re-export',
  unfamiliarWithProduct: 'unfamiliar with the product',
};

/** E8: the customer declines installation/training/maintenance, is vague about delivery or evasive about the end use. */
export const E8: Rule = {
  id: 'E8',
  code: 'EVASIVE_END_USE_BEHAVIOUR',
  needs: 'conduct observed in the sales process',
  evaluate(ctx) {
    const c = ctx.request.conduct;
    if (!c) return notEvaluated('no sales-process observations (conduct) given');
    const seen = Object.entries(c).filter(([, v]) => v === true).map(([k]) => SIGNS[k] ?? k);
    if (seen.length === 0) return [];
    const buyer = ctx.parties.find((p) => p.party.role === 'buyer');
    return [flag('medium', `The customer ${seen.join(', ')}.`, buyer ? [buyer.index] : [], { conduct: seen, source: 'S1, S7' })];
  },
};
