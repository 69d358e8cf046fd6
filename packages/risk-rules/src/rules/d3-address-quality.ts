import { MAIL_DROP_PATTERNS, PROFILES_SOURCE, STREET_WORDS } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii, label } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

export function addressText(a: unknown): string {
  if (!a) return '';
  if (typeof a === 'string') return a;
  return Object.values(a as Record<string, string>).filter(Boolean).join(', ');
}

/** D3: a PO box (without a street address), care-of, mail-drop or company-service-provider address. */
export const D3: Rule = {
  id: 'D3',
  code: 'ADDRESS_QUALITY',
  needs: 'party addresses',
  evaluate(ctx) {
    const withAddress = ctx.parties.filter((p) => p.party.address);
    if (withAddress.length === 0) return notEvaluated('no party address given');
    return withAddress.flatMap((p) => {
      const raw = addressText(p.party.address);
      const norm = ascii(raw);
      const hits = MAIL_DROP_PATTERNS.filter((m) => m.pattern.test(m.raw ? ` ${raw} ` : norm) && !(m.unlessStreet && STREET_WORDS.test(norm.replace(m.pattern, ' '))));
      if (hits.length === 0) return [];
      return [flag('medium', `The ${label(p)} gives a ${hits.map((h) => h.what).join(' and ')} ("${raw}") instead of a business address.`, [p.index], { address: raw, markers: hits.map((h) => h.what), source: PROFILES_SOURCE })];
    });
  },
};
