import { ALGORITHM, type BandOptions, compare, screen } from '@screening/matching';
import { assess } from '@screening/risk-rules';
import type {
  CompareRequest,
  CompareResponse,
  EntityInput,
  ListVersion,
  Match,
  MatchRequest,
  MatchResponse,
  ScreeningRequest,
  ScreeningResult,
} from '@screening/schemas';
import { AppError, type Config } from '@screening/runtime';
import type { Catalog, CatalogEntry } from './catalog';
import { linkGraph } from './link-graph';
import { type MatchOwner, partyEvidence } from './party-evidence';

export interface ScreeningContext {
  catalog: Catalog;
  defaultThreshold: number;
  /** review band and strong-name edge (config MATCH_REVIEW_THRESHOLD, MATCH_STRONG_NAME); absent = matches only */
  bands?: BandOptions;
  now: () => Date;
}

/** The scoring bands of the configuration (README "Scoring bands"). */
export const bandsOf = (c: Pick<Config, 'MATCH_REVIEW_THRESHOLD' | 'MATCH_STRONG_NAME'>): BandOptions => ({ review: c.MATCH_REVIEW_THRESHOLD, strongName: c.MATCH_STRONG_NAME });

function selectLists(catalog: Catalog, lists: string[] | undefined): CatalogEntry[] {
  if (!lists) return [...catalog.entries.values()];
  const missing = lists.filter((l) => !catalog.entries.has(l));
  if (missing.length) throw new AppError('list-not-loaded', `not loaded: ${missing.join(', ')}; loaded: ${[...catalog.entries.keys()].join(', ')}`);
  return lists.map((l) => catalog.entries.get(l)!);
}

/** Screens one entity against the selected lists; best matches first across lists. */
export function matchEntity(entity: EntityInput, entries: CatalogEntry[], threshold: number, limit: number, bands?: BandOptions): Match[] {
  return entries
    .flatMap(({ index, version }) =>
      screen(entity, index, { threshold, limit, ...(bands ? { bands } : {}) }).map<Match>((c) => ({
        list: version.id,
        listVersion: version.version,
        entityId: c.entity.id,
        name: c.entity.name,
        matchedName: c.matchedName,
        type: c.entity.type,
        programs: c.entity.programs,
        score: c.score,
        match: c.match,
        band: c.band,
        explanation: c.explanation,
        ...(c.entity.subList ? { subList: c.entity.subList } : {}),
        ...(c.entity.categories.length ? { categories: c.entity.categories } : {}),
      })),
    )
    .sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId))
    .slice(0, limit);
}

export function runMatch(req: MatchRequest, ctx: ScreeningContext): MatchResponse {
  const entries = selectLists(ctx.catalog, req.lists);
  const threshold = req.threshold ?? ctx.defaultThreshold;
  return {
    matches: matchEntity(req.entity, entries, threshold, req.limit, ctx.bands),
    lists: entries.map((e) => e.version),
    algorithm: ALGORITHM,
    threshold,
  };
}

export function runCompare(req: CompareRequest, ctx: ScreeningContext): CompareResponse {
  return compare(req.a, req.b, req.threshold ?? ctx.defaultThreshold, undefined, ctx.bands);
}

/** Screens every party of a shipment against the lists, then applies the risk rules. */
export function runScreening(id: string, req: ScreeningRequest, ctx: ScreeningContext): ScreeningResult {
  const entries = selectLists(ctx.catalog, req.options.lists);
  const threshold = req.options.threshold ?? ctx.defaultThreshold;
  const parties = req.parties.map((p, index) => {
    const entity: EntityInput = {
      name: p.name,
      type: p.type,
      aliases: p.aliases,
      countries: p.country ? [p.country] : [],
      identifiers: p.identifiers,
      ...(p.country ? { country: p.country } : {}),
      ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
      ...(p.address ? { address: p.address } : {}),
    };
    return { index, role: p.role, name: p.name, matches: matchEntity(entity, entries, threshold, req.options.limit, ctx.bands) };
  });
  const screenedAt = ctx.now().toISOString();
  const graph = linkGraph(ctx.catalog);
  const matchOwner: MatchOwner = (o) =>
    matchEntity({ name: o.name, type: o.type ?? 'unknown', aliases: [], countries: o.country ? [o.country] : [], identifiers: [] }, entries, threshold, 3);
  const selected = req.options.lists ? new Set(entries.map((e) => e.version.id)) : undefined;
  const evidence = parties.map((p) => partyEvidence(req.parties[p.index]!, p.index, p.matches, graph, matchOwner, selected));
  const a = assess(req, evidence, { screenedAt });
  const lists: ListVersion[] = entries.map((e) => e.version);
  return {
    id,
    ...(req.reference ? { reference: req.reference } : {}),
    decision: a.decision,
    riskLevel: a.riskLevel,
    flags: a.flags,
    parties,
    notEvaluated: a.notEvaluated,
    lists,
    tables: { version: a.tablesVersion, asOf: a.asOf },
    algorithm: ALGORITHM,
    screenedAt,
    explanation: a.explanation,
  };
}
