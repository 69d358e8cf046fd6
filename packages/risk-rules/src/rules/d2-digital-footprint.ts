import { FREE_MAIL, PROFILES_SOURCE } from '../tables/profiles';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

/** D2: an organisation writes from a free-mail address (medium without a website, low with one). */
export const D2: Rule = {
  id: 'D2',
  code: 'NO_DIGITAL_FOOTPRINT',
  needs: 'website and email of organisations',
  evaluate(ctx) {
    const orgs = ctx.parties.filter((p) => p.party.type !== 'person' && (p.party.email || p.party.website));
    if (orgs.length === 0) return notEvaluated('no website or email given for any organisation');
    return orgs.flatMap((p) => {
      const domain = p.party.email?.split('@')[1]?.trim().toLowerCase();
      if (!domain || !FREE_MAIL.has(domain)) return [];
      const site = p.party.website?.trim();
      return [
        flag(site ? 'low' : 'medium', `The ${label(p)} uses a free-mail address (${domain})${site ? '' : ' and gives no website'}.`, [p.index], {
          emailDomain: domain,
          website: site ?? null,
          source: PROFILES_SOURCE,
        }),
      ];
    });
  },
};
