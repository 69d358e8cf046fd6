import type { GoodsFacts } from '../facts/goods';
import type { RuleContext } from '../types';

/** Is the exporter a US person: 'yes', 'no', or unknown when neither exporterJurisdictions nor a seller/exporter country is given. */
export function usExporter(ctx: RuleContext): 'yes' | 'no' | 'unknown' {
  const j = ctx.request.exporterJurisdictions;
  if (j?.length) return j.includes('US') ? 'yes' : 'no';
  const sellers = ctx.parties.filter((p) => (p.party.role === 'seller' || p.party.role === 'exporter') && p.party.country);
  if (sellers.length === 0) return 'unknown';
  return sellers.some((p) => p.party.country === 'US') ? 'yes' : 'no';
}

/** Goods of US origin: subject to the EAR wherever they are (15 CFR 734.3(a)(2)), so US rules follow them on re-export. */
export function usOrigin(g: GoodsFacts): boolean {
  return g.goods.originCountry === 'US';
}
