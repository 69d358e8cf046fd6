import type { Severity } from '@screening/schemas';
import { ascii } from '../facts/parties';
import { cite, rowsInForce, verifyNote } from '../tables/dated';
import { EMBARGOES, type EmbargoRow } from '../tables/embargoes';
import { TABLES_VERSION } from '../tables';
import { STATE_BODY_PATTERN } from '../tables/profiles';
import type { Rule, RuleContext } from '../types';
import { controlledGoods, flag, notEvaluated } from './helpers';
import { binds, boundBy } from './jurisdiction';
import { type Sighting, sightings } from './places';

/** A party sighted in the row's country is one of its state bodies (government-blocked rows). */
function stateBodyHits(ctx: RuleContext, row: EmbargoRow, hits: Sighting[]): number[] {
  const idx = new Set(hits.flatMap((h) => (h.party !== undefined ? [h.party] : [])));
  return ctx.parties
    .filter((p) => idx.has(p.index) && (p.party.isStateBody || STATE_BODY_PATTERN.test(ascii(p.party.name)) || row.stateBodies?.test(ascii(p.party.name))))
    .map((p) => p.index);
}

function judge(ctx: RuleContext, row: EmbargoRow, hits: Sighting[]): { severity: Severity; text: string } {
  const where = [...new Set(hits.map((h) => h.where))].join(', ');
  const name = `${row.name} (${row.code})`;
  switch (row.kind) {
    case 'comprehensive':
      return { severity: 'critical', text: `${name} is under a comprehensive embargo (${row.authorities.join(', ')}) and appears in ${where}.` };
    case 'region-review':
      return { severity: 'high', text: `${name} appears in ${where}; the embargo covers parts of this region, so the exact location must be reviewed.` };
    case 'controlled-items': {
      const controlled = controlledGoods(ctx).length > 0;
      return controlled
        ? { severity: 'high', text: `${name} appears in ${where}; controlled or listed items to it still need a licence (${row.authorities.join(', ')}).` }
        : { severity: 'info', text: `${name} appears in ${where}; no general embargo applies, but controlled or listed items would need a licence (${row.authorities.join(', ')}).` };
    }
    case 'government-blocked': {
      const state = stateBodyHits(ctx, row, hits);
      return state.length
        ? { severity: 'critical', text: `A state body of ${name} takes part; the government of ${row.name} is blocked (${row.authorities.join(', ')}).` }
        : { severity: 'high', text: `${name} appears in ${where}; its government and state enterprises are blocked (${row.authorities.join(', ')}), so ownership and end user must be checked.` };
    }
    default:
      return { severity: 'info', text: `${name} appears in ${where}.` };
  }
}

/**
 * B1: a party, bank, route node or IP address is in an embargoed country or region (Table 2a), under the embargoes that bind
 * the exporter (`exporterJurisdictions`, else inferred from the exporter's country; UN always; US-origin goods bring the EAR).
 * An embargo of another order is context only (an EU exporter to Cuba is not bound by the US embargo, and the EU Blocking
 * Statute forbids complying with it). Prohibitions apply on the later of the transaction date and the screening day.
 */
export const B1: Rule = {
  id: 'B1',
  code: 'COMPREHENSIVE_EMBARGO',
  needs: 'countries/regions of parties, addresses, route legs, payer, banks, IP; exporter jurisdictions',
  evaluate(ctx) {
    const seen = sightings(ctx, { ip: true });
    if (seen.length === 0) return notEvaluated('no country, address or route given');
    const rows = rowsInForce(EMBARGOES, ctx.lawDay).filter((r) => r.kind !== 'broad-controls');
    const bound = boundBy(ctx);
    return rows.flatMap((row) => {
      const hits = seen.filter((s) => s.code === row.code);
      if (hits.length === 0) return [];
      const bind = binds(ctx, row.authorities);
      const verify = verifyNote(row, ctx.lawDay, TABLES_VERSION);
      const parties = hits.flatMap((h) => (h.party !== undefined ? [h.party] : []));
      const evidence = { jurisdiction: row.code, name: row.name, kind: row.kind, authorities: row.authorities, binding: bind, exporter: bound.note, basis: row.basis, asOf: ctx.lawDay, ...cite(row), ...(verify ? { verifyNote: verify } : {}), where: hits };
      if (bind === 'no') {
        if (row.kind !== 'comprehensive' && row.kind !== 'government-blocked') return [];
        const blocking = row.code === 'CU' && (bound.authorities.has('EU') || bound.authorities.has('GB'))
          ? ' The EU Blocking Statute (Reg. (EC) 2271/96, retained in UK law) forbids EU/UK operators to comply with the US Cuba measures; US persons or US-owned or -controlled parties in the deal would still be bound.'
          : '';
        return [flag('info', `${row.name} (${row.code}) is under a ${row.authorities.join('/')} embargo that does not bind this exporter (${bound.note}).${blocking}`, parties, { ...evidence, ...(blocking ? { blockingStatute: 'Council Regulation (EC) No 2271/96' } : {}) })];
      }
      const { severity, text } = judge(ctx, row, hits);
      return [flag(severity, `${text}${verify ? ` (${verify})` : ''}`, parties, evidence)];
    });
  },
};
