import { countryName, tokens } from '@screening/matching';
import type { PartyRole } from '@screening/schemas';
import type { PartyFacts, RuleContext } from '../types';

export function label(p: PartyFacts): string {
  return `${p.party.role.replace(/_/g, ' ')} "${p.party.name}"`;
}

export function withRole(ctx: RuleContext, ...roles: PartyRole[]): PartyFacts[] {
  return ctx.parties.filter((p) => roles.includes(p.party.role));
}

export function country(code: string): string {
  return code.includes('-') ? code : `${countryName(code)} (${code})`;
}

/** Names compared as sorted ASCII tokens, so "SIS d.o.o." and "Sis DOO" are the same party. */
export function sameName(a: string, b: string): boolean {
  const na = tokens(a).filter((t) => !LEGAL_FORMS.has(t)).sort().join(' ');
  const nb = tokens(b).filter((t) => !LEGAL_FORMS.has(t)).sort().join(' ');
  return na.length > 0 && na === nb;
}

const LEGAL_FORMS = new Set(['llc', 'ltd', 'limited', 'inc', 'corp', 'co', 'company', 'gmbh', 'ag', 'sa', 'sarl', 'sas', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'as', 'plc', 'fze', 'fzco', 'fzc', 'llp', 'ooo', 'ao', 'oao', 'zao', 'pao', 'jsc', 'doo', 'd', 'o', 'the', 'as', 'a', 's', 'sirketi', 'ltd.', 'pte', 'pty', 'bhd', 'sdn', 'kft', 'sp', 'z', 'oo']);

/** The ASCII, lower-case form of a text for keyword tables. */
export function ascii(text: string): string {
  return tokens(text).join(' ');
}
