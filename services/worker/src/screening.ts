import { partyFingerprint } from '@screening/decisions';
import { ALGORITHM, type BandOptions, compare, DEFAULT_WORK_LIMITS, screen, WorkBudget, WorkLimitError } from '@screening/matching';
import { assess } from '@screening/risk-rules';
import type {
  CompareRequest,
  CompareResponse,
  EntityInput,
  ListVersion,
  Match,
  MatchRequest,
  MatchResponse,
  CanonicalEntity,
  ScreeningRequest,
  ScreeningResult,
} from '@screening/schemas';
import { entityDigest } from '@screening/watchlists';
import { AppError, type Config, fieldErrors } from '@screening/runtime';
import type { Catalog, CatalogEntry } from './catalog';
import { linkGraph } from './link-graph';
import { type MatchOwner, partyEvidence } from './party-evidence';

export interface ScreeningContext {
  catalog: Catalog;
  defaultThreshold: number;
  /** review band and strong-name edge (config MATCH_REVIEW_THRESHOLD, MATCH_STRONG_NAME); absent = matches only */
  bands?: BandOptions;
  now: () => Date;
  /** wall-time backstop of one request's matching work besides its operation budget (MATCH_TIME_BUDGET_MS; 0 = none) */
  timeBudgetMs?: number;
}

/** The work budget of one request: DEFAULT_WORK_LIMITS, plus the time backstop when the context sets one. */
export function requestBudget(ctx: Pick<ScreeningContext, 'now' | 'timeBudgetMs'>): WorkBudget {
  if (!ctx.timeBudgetMs) return new WorkBudget(DEFAULT_WORK_LIMITS);
  const now = () => ctx.now().getTime();
  return new WorkBudget(DEFAULT_WORK_LIMITS, { now, deadline: now() + ctx.timeBudgetMs });
}

/** Runs request work under a budget; a hit limit becomes the 422 `work-limit` problem naming the input field. */
export function withinBudget<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw workLimitProblem(err);
  }
}

/** WorkLimitError → AppError `work-limit` with the field; anything else as it is. */
export function workLimitProblem(err: unknown): unknown {
  if (!(err instanceof WorkLimitError)) return err;
  const path = err.field === '(root)' ? [] : err.field.split('.');
  return new AppError('work-limit', err.message, { errors: fieldErrors([{ path, message: err.message }]) });
}

/** The scoring bands of the configuration (README "Scoring bands"). */
export const bandsOf = (c: Pick<Config, 'MATCH_REVIEW_THRESHOLD' | 'MATCH_STRONG_NAME'>): BandOptions => ({ review: c.MATCH_REVIEW_THRESHOLD, strongName: c.MATCH_STRONG_NAME });

function selectLists(catalog: Catalog, lists: string[] | undefined): CatalogEntry[] {
  if (!lists) return [...catalog.entries.values()];
  const missing = lists.filter((l) => !catalog.entries.has(l));
  if (missing.length) throw new AppError('list-not-loaded', `not loaded: ${missing.join(', ')}; loaded: ${[...catalog.entries.keys()].join(', ')}`);
  return lists.map((l) => catalog.entries.get(l)!);
}

/** Content hash of a listed record, computed once per entity object (entities are immutable in a catalog). */
const digests = new WeakMap<CanonicalEntity, string>();
export function recordHash(e: CanonicalEntity): string {
  let d = digests.get(e);
  if (d === undefined) digests.set(e, (d = entityDigest(e)));
  return d;
}

/** Screens one entity against the selected lists; best matches first across lists. */
export function matchEntity(entity: EntityInput, entries: CatalogEntry[], threshold: number, limit: number, bands?: BandOptions, budget?: WorkBudget): Match[] {
  return entries
    .flatMap(({ index, version }) =>
      screen(entity, index, { threshold, limit, ...(bands ? { bands } : {}), ...(budget ? { budget } : {}) }).map<Match>((c) => ({
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
        matchedOn: c.matchedOn,
        explanation: c.explanation,
        ...(c.entity.subList ? { subList: c.entity.subList } : {}),
        ...(c.entity.categories.length ? { categories: c.entity.categories } : {}),
        recordHash: recordHash(c.entity),
      })),
    )
    .sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId))
    .slice(0, limit);
}

export function runMatch(req: MatchRequest, ctx: ScreeningContext): MatchResponse {
  const entries = selectLists(ctx.catalog, req.lists);
  const threshold = req.threshold ?? ctx.defaultThreshold;
  const budget = requestBudget(ctx).begin('entity');
  return {
    matches: withinBudget(() => matchEntity(req.entity, entries, threshold, req.limit, ctx.bands, budget)),
    lists: entries.map((e) => e.version),
    algorithm: ALGORITHM,
    threshold,
  };
}

export function runCompare(req: CompareRequest, ctx: ScreeningContext): CompareResponse {
  return withinBudget(() => compare(req.a, req.b, req.threshold ?? ctx.defaultThreshold, undefined, ctx.bands, requestBudget(ctx)));
}

/** Screens every party of a shipment against the lists, then applies the risk rules (synchronously). */
export function runScreening(id: string, req: ScreeningRequest, ctx: ScreeningContext): ScreeningResult {
  const steps = screeningSteps(id, req, ctx);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * As runScreening, awaiting `pause()` between parties, so that a long shipment leaves the event loop to lock
 * renewal, health checks and other jobs (a worker never stalls on one request).
 */
export async function runScreeningYielding(id: string, req: ScreeningRequest, ctx: ScreeningContext, pause: () => Promise<void>): Promise<ScreeningResult> {
  return (await matchScreening(id, req, ctx, pause)).finish();
}

/** A screening whose parties have been matched, before the rules: analysts' decisions are set on `parties` in between. */
export interface MatchedScreening {
  parties: ScreeningResult['parties'];
  /** applies the rules (suppressed matches do not drive them), pausing between parties */
  finish: () => Promise<ScreeningResult>;
}

/** Runs a screening up to its matched parties (each with its fingerprint), awaiting `pause()` between parties. */
export async function matchScreening(id: string, req: ScreeningRequest, ctx: ScreeningContext, pause: () => Promise<void>): Promise<MatchedScreening> {
  const steps = screeningSteps(id, req, ctx);
  const drive = async (): Promise<ScreeningResult> => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await pause();
    }
  };
  for (;;) {
    const r = steps.next();
    if (r.done) return { parties: r.value.parties, finish: async () => r.value };
    if (r.value) return { parties: r.value.matched, finish: drive };
    await pause();
  }
}

/** The entity screened for a shipment party (also what monitoring keeps and the fingerprint covers). */
export function partyEntity(p: ScreeningRequest['parties'][number]): EntityInput {
  return {
    name: p.name,
    type: p.type,
    aliases: p.aliases,
    countries: p.country ? [p.country] : [],
    identifiers: p.identifiers,
    ...(p.country ? { country: p.country } : {}),
    ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
    ...(p.address ? { address: p.address } : {}),
  };
}

/**
 * The screening, one step per party (matching, then the party's owners): the caller decides whether to yield between
 * steps. After matching it yields `{ matched }` once: the caller may set analysts' decisions on those matches.
 */
function* screeningSteps(id: string, req: ScreeningRequest, ctx: ScreeningContext): Generator<void | { matched: ScreeningResult['parties'] }, ScreeningResult> {
  const entries = selectLists(ctx.catalog, req.options.lists);
  const threshold = req.options.threshold ?? ctx.defaultThreshold;
  const budget = requestBudget(ctx);
  const parties: ScreeningResult['parties'] = [];
  for (const [index, p] of req.parties.entries()) {
    if (index > 0) yield;
    const entity = partyEntity(p);
    budget.begin(`parties.${index}`);
    parties.push({ index, role: p.role, name: p.name, fingerprint: partyFingerprint(entity), matches: withinBudget(() => matchEntity(entity, entries, threshold, req.options.limit, ctx.bands, budget)) });
  }
  yield { matched: parties };
  const screenedAt = ctx.now().toISOString();
  const graph = linkGraph(ctx.catalog);
  const ownerMatcher = (party: number): MatchOwner => (o) => {
    budget.begin(`parties.${party}.owners.${req.parties[party]!.owners?.indexOf(o) ?? 0}`);
    return withinBudget(() => matchEntity({ name: o.name, type: o.type ?? 'unknown', aliases: [], countries: o.country ? [o.country] : [], identifiers: [] }, entries, threshold, 3, undefined, budget));
  };
  const selected = req.options.lists ? new Set(entries.map((e) => e.version.id)) : undefined;
  const evidence: ReturnType<typeof partyEvidence>[] = [];
  for (const p of parties) {
    yield;
    // a match an analyst cleared (suppressed) is shown but does not drive the rules
    evidence.push(partyEvidence(req.parties[p.index]!, p.index, p.matches.filter((m) => !m.suppressed), graph, ownerMatcher(p.index), selected));
  }
  const a = assess(req, evidence, { screenedAt, ...(ctx.bands ? { strongName: ctx.bands.strongName } : {}) });
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
