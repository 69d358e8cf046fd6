import type { Authority } from '../tables/embargoes';
import { EU_MEMBERS } from '../tables/eu';
import type { RuleContext } from '../types';

/** The legal orders that bind the exporter, and how that was found out. */
export interface Bound {
  authorities: Set<Authority>;
  how: 'declared' | 'inferred' | 'unknown';
  note: string;
}

const toAuthority = (c: string): Authority | undefined => (c === 'EU' || EU_MEMBERS.has(c) ? 'EU' : c === 'US' || c === 'GB' ? c : c === 'UN' ? 'UN' : undefined);

const memo = new WeakMap<RuleContext, Bound>();

/**
 * Whose embargoes bind the exporter (B1, B3): `exporterJurisdictions` when given, else the exporter's/seller's country (an
 * EU member → EU, US, GB), else unknown (every authority applies). UN measures bind every state. US-origin goods add the US:
 * the EAR follows US-origin items wherever they are (15 CFR 734.3, 746).
 */
export function boundBy(ctx: RuleContext): Bound {
  const hit = memo.get(ctx);
  if (hit) return hit;
  const declared = ctx.request.exporterJurisdictions ?? [];
  const seller = ctx.parties.find((p) => p.party.role === 'exporter' && p.party.country) ?? ctx.parties.find((p) => p.party.role === 'seller' && p.party.country);
  const source = declared.length ? declared : seller ? [seller.party.country!] : [];
  const how: Bound['how'] = declared.length ? 'declared' : seller ? 'inferred' : 'unknown';
  const authorities = new Set<Authority>(['UN', ...source.flatMap((c) => toAuthority(c) ?? [])]);
  const usOrigin = ctx.goods.some((g) => g.goods.originCountry === 'US');
  if (usOrigin) authorities.add('US');
  const names = [...authorities].join(', ');
  const note =
    how === 'declared'
      ? `exporter bound by ${names} (exporterJurisdictions${usOrigin ? '; US-origin goods bring the EAR' : ''})`
      : how === 'inferred'
        ? `exporter bound by ${names}, inferred from the ${seller!.party.role}'s country ${seller!.party.country}${usOrigin ? ' and US-origin goods' : ''}; declare exporterJurisdictions when US persons or US-owned or -controlled entities take part`
        : 'exporter jurisdiction unknown: every authority applied (declare exporterJurisdictions)';
  const out: Bound = { authorities: how === 'unknown' ? new Set<Authority>(['UN', 'US', 'EU', 'GB']) : authorities, how, note };
  memo.set(ctx, out);
  return out;
}

/** Whether a row of these authorities binds the exporter: yes, no, or unknown (jurisdiction not declared nor inferable). */
export function binds(ctx: RuleContext, authorities: readonly Authority[]): 'yes' | 'no' | 'unknown' {
  const b = boundBy(ctx);
  if (authorities.includes('UN')) return 'yes';
  if (b.how === 'unknown') return 'unknown';
  return authorities.some((a) => b.authorities.has(a)) ? 'yes' : 'no';
}
