import type { ListCategory, Match, MatchBand, Severity } from '@screening/schemas';
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

const EL_MEU = /^(EL|MEU)$|entity.?list|military.?end.?user/i;
const UVL_CODE = /^UVL$|unverified/i;
const SDN_CODE = /^SDN$/i;

/** What a list entry legally means (ListEntity.categories, set by the list readers); an entry without categories is blocking. */
export function categoriesOf(m: { categories?: readonly ListCategory[] | undefined }): Set<ListCategory> {
  return new Set(m.categories?.length ? m.categories : ['blocking']);
}

const codesOf = (ref: { subList?: string | undefined }) => ref.subList?.split(/;\s*/).filter(Boolean) ?? [];

/** Entity List / MEU entries, whose affiliates the BIS Affiliates Rule covers (A5). */
export function isEntityListOrMeu(ref: { subList?: string | undefined; categories?: readonly ListCategory[] | undefined }): boolean {
  return categoriesOf(ref).has('export') && codesOf(ref).some((c) => EL_MEU.test(c));
}

/** OFAC SDN entries (the SDN list itself or the CSL's SDN sub-list): their 50 % affiliates count for A5 (15 CFR 744.8). */
export function isOfacSdn(ref: { list: string; subList?: string | undefined; categories?: readonly ListCategory[] | undefined }): boolean {
  return categoriesOf(ref).has('blocking') && (ref.list === 'us_ofac_sdn' || codesOf(ref).some((c) => SDN_CODE.test(c)));
}

/** Unverified List entries (A2 high: a red flag that requires due diligence, not a licence requirement). */
export function isUnverified(ref: { subList?: string | undefined }): boolean {
  const codes = codesOf(ref);
  return codes.length > 0 && codes.every((c) => UVL_CODE.test(c));
}

export type Band = MatchBand;

/**
 * The confidence band of a match (Match.band, set by the matcher: strong = identifier hit or near-exact name with a
 * corroborating attribute; potential = above the threshold, for an analyst to confirm; review = below the threshold).
 * A match reported without a band is treated as strong (the matcher before bands existed).
 */
export function bandOf(m: { match: boolean; band?: Band | undefined }): Band {
  return m.band ?? (m.match ? 'strong' : 'review');
}

/** The message suffix and evidence of a potential (not strong) match. */
export const POTENTIAL = 'potential match, analyst to confirm';

/** The evidence of a list match: the entry, its version, score, band and score components. */
export function matchEvidence(m: Match): Record<string, unknown> {
  return { ...ref(m), listVersion: m.listVersion, matchedName: m.matchedName, score: m.score, band: bandOf(m), features: m.explanation.features };
}

export function ref(r: ListedRef | Match): Record<string, unknown> {
  return { list: r.list, entityId: r.entityId, name: r.name, ...(r.subList ? { subList: r.subList } : {}), programs: r.programs, ...(r.categories?.length ? { categories: r.categories } : {}) };
}

export function hasGoods(ctx: RuleContext): boolean {
  return ctx.goods.length > 0;
}

export function hubRow(ctx: RuleContext, code: string) {
  return rowsInForce(HUBS, ctx.day).find((h) => h.code === code && h.tier !== 'C');
}

/** RU/BY (broad controls) and comprehensive-embargo countries in force on the day. */
export function highRiskCountry(ctx: RuleContext, code: string): boolean {
  return rowsInForce(EMBARGOES, ctx.day).some((r) => r.code === code && (r.kind === 'comprehensive' || r.kind === 'broad-controls'));
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
