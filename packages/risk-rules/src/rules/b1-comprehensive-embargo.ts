import { cite, rowsInForce } from '../tables/dated';
import { EMBARGOES } from '../tables/embargoes';
import type { Rule } from '../types';
import { flag, notEvaluated } from './helpers';
import { sightings } from './places';

/** B1: a party, bank, route node or IP address is in a comprehensively embargoed country or region (Table 2a). */
export const B1: Rule = {
  id: 'B1',
  code: 'COMPREHENSIVE_EMBARGO',
  needs: 'countries/regions of parties, addresses, route legs, payer, banks, IP',
  evaluate(ctx) {
    const seen = sightings(ctx, { ip: true });
    if (seen.length === 0) return notEvaluated('no country, address or route given');
    const rows = rowsInForce(EMBARGOES, ctx.day).filter((r) => r.kind !== 'broad-controls');
    return rows.flatMap((row) => {
      const hits = seen.filter((s) => s.code === row.code);
      if (hits.length === 0) return [];
      const full = row.kind === 'comprehensive';
      return [
        flag(
          full ? 'critical' : 'high',
          full
            ? `${row.name} (${row.code}) is under a comprehensive embargo and appears in ${[...new Set(hits.map((h) => h.where))].join(', ')}.`
            : `${row.name} (${row.code}) appears in ${[...new Set(hits.map((h) => h.where))].join(', ')}; the embargo covers parts of this region, so the exact location must be reviewed.`,
          hits.flatMap((h) => (h.party !== undefined ? [h.party] : [])),
          { jurisdiction: row.code, name: row.name, kind: row.kind, basis: row.basis, ...cite(row), where: hits },
        ),
      ];
    });
  },
};
