import type { Match, Severity } from '@screening/schemas';
import { rowsInForce } from '../tables/dated';
import { EMBARGOES } from '../tables/embargoes';
import { HUBS } from '../tables/hubs';
import type { FlagDraft, ListedRef, RuleContext } from '../types';

export const ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
export const rank = (s: Severity): number => ORDER.indexOf(s);
export const maxSeverity = (list: Severity[]): Severity => list.reduce<Severity>((w, s) => (rank(s) > rank(w) ? s : w), 'info');

export function flag(severity: Severity, message: string, parties: number[], evidence: Record<string, unknown>): FlagDraft {
  return { severity, message, parties: [...new Set(parties)].sort((a, b) => a - b), evidence };
}

export const notEvaluated = (reason: string) => ({ notEvaluated: reason });

const EXPORT_CODE = /^(EL|MEU|DPL|DTC)$|entity.?list|military.?end.?user|denied.?persons|debarred|us_bis_denied/i;
const UVL_CODE = /^UVL$|unverified/i;
const EL_MEU = /^(EL|MEU)$|entity.?list|military.?end.?user/i;

type ListKind = 'sanctions' | 'export' | 'unverified';

/**
 * The kinds of list an entry is on: export restrictions (A2: BIS DPL, CSL Entity List/MEU/DPL/DTC), the Unverified List (A2,
 * high) or sanctions (A1: everything else). A CSL entry on several sub-lists ("SDN; EL") has several kinds.
 */
export function listKinds(m: { list: string; subList?: string | undefined }): Set<ListKind> {
  if (m.list === 'us_bis_dpl') return new Set(['export']);
  const codes = m.subList?.split(/;\s*/).filter(Boolean) ?? [];
  if (codes.length === 0) return new Set(['sanctions']);
  return new Set(codes.map((c): ListKind => (EXPORT_CODE.test(c) ? 'export' : UVL_CODE.test(c) ? 'unverified' : 'sanctions')));
}

/** The strongest kind: export before unverified before sanctions (for owners and summaries). */
export function listKind(m: { list: string; subList?: string | undefined }): ListKind {
  const k = listKinds(m);
  return k.has('sanctions') ? 'sanctions' : k.has('export') ? 'export' : 'unverified';
}

/** Entity List / MEU entries, whose affiliates the BIS Affiliates Rule covers (A5). */
export function isEntityListOrMeu(ref: { subList?: string | undefined }): boolean {
  return (ref.subList?.split(/;\s*/) ?? []).some((c) => EL_MEU.test(c));
}

export function ref(r: ListedRef | Match): Record<string, unknown> {
  return { list: r.list, entityId: r.entityId, name: r.name, ...(r.subList ? { subList: r.subList } : {}), programs: r.programs };
}

export function hasGoods(ctx: RuleContext): boolean {
  return ctx.goods.length > 0;
}

export function hubRow(ctx: RuleContext, code: string) {
  return rowsInForce(HUBS, ctx.day).find((h) => h.code === code && h.tier !== 'C');
}

/** RU/BY (broad controls) and comprehensive-embargo countries in force on the day. */
export function highRiskCountry(ctx: RuleContext, code: string): boolean {
  return rowsInForce(EMBARGOES, ctx.day).some((r) => r.code === code && r.kind !== 'region-review');
}

export function controlledGoods(ctx: RuleContext) {
  return ctx.goods.filter((g) => g.controlled);
}

export function goodsEvidence(list: RuleContext['goods']) {
  return list.map((g) => ({
    line: g.index,
    ...(g.hs ? { hs: g.hs } : {}),
    ...(g.goods.description ? { description: g.goods.description } : {}),
    ...(g.chpl ? { chplTier: g.chpl.tier } : {}),
    ...(g.military ? { military: g.military.description } : {}),
    ...(g.eccn ? { eccn: g.goods.eccn } : {}),
    ...(g.usml ? { usml: g.usml } : {}),
    ...(g.uav ? { uavComponent: g.uav.description } : {}),
    ...(g.dualUse ? { dualUse: g.dualUse } : {}),
  }));
}

/** A country under a comprehensive embargo on the day (B1 jurisdictions). */
export function embargoedCountry(ctx: RuleContext, code: string): boolean {
  return rowsInForce(EMBARGOES, ctx.day).some((r) => r.code === code && r.kind === 'comprehensive');
}
