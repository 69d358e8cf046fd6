import { ReviewStore, type ReviewItem } from '@screening/queue';
import { AppError } from '@screening/runtime';
import { type AuditEventDraft, type EntityInput, type ListVersion, type Match, type RowOutcome, type ScreeningRequest, ScreeningRequestSchema, type ScreeningResult } from '@screening/schemas';
import { reviewItem, screeningEvent } from '../analyst';
import { type MatchedScreening, matchScreening, partyEntity, runScreening, type ScreeningContext, workLimitProblem } from '../screening';
import { errorOutcome, partyOutcome } from './outcome';
import type { RowInput } from './row-input';

export interface RowOptions {
  threshold?: number;
  lists?: string[];
  /** when set (a batch with `monitor`), every screened party is added here with its current matches */
  monitored?: MonitoredRow[];
  /** when set, each screened row's audit event and review-queue item are collected here */
  record?: RowRecord;
}

/** Where a chunk collects the audit events and review items of its rows (written in one go per chunk). */
export interface RowRecord {
  batchId: string;
  tenant: string;
  actor: string;
  storeInput: boolean;
  events: AuditEventDraft[];
  review: ReviewItem[];
}

/** A screened row's party, to be kept for re-screening on list changes. */
export interface MonitoredRow {
  row: number;
  entity: EntityInput;
  matches: Match[];
  fingerprint?: string;
  role?: string;
  reference?: string;
}

/**
 * Rows matched against the lists but not yet decided: the chunk looks up the analysts' decisions for the parties
 * of all its units at once (one Redis read), then `finish()` applies the rules and gives the outcomes.
 */
export interface PreparedRows {
  parties: ScreeningResult['parties'];
  finish: () => Promise<[number, RowOutcome][]>;
}

type Pause = () => Promise<void>;
const noPause: Pause = async () => undefined;

/** Best matches kept per row: the results show the best one; a few more cost nothing and keep A1/A2 exact. */
const LIMIT = 3;

/** A request error (an unknown list, a work limit hit) is the row's reason; anything else fails the chunk. */
function failure(err: unknown, shipment?: string): RowOutcome {
  const e = workLimitProblem(err);
  if (e instanceof AppError) return errorOutcome(e.detail ?? e.title, shipment);
  throw err;
}

const done = (outcomes: [number, RowOutcome][]): PreparedRows => ({ parties: [], finish: async () => outcomes });

function record(opts: RowOptions, row: number, input: unknown, result: ScreeningResult, partyIndex: number, shipment?: string): void {
  const r = opts.record;
  if (!r) return;
  const subject = { batchId: r.batchId, row, ...(shipment ? { reference: shipment } : {}) };
  r.events.push(screeningEvent(r, { type: 'batch-row', tenant: r.tenant, actor: r.actor, input, result, subject, parties: [partyIndex] }));
  r.review.push(reviewItem(ReviewStore.rowKey(r.batchId, row), 'batch-row', r.batchId, result, result.parties.filter((p) => p.index === partyIndex), row));
}

/** Matches, then (in `finish`) assesses a shipment request; a request error (unknown list, work limit) fails its rows. */
async function prepare(id: string, request: ScreeningRequest, ctx: ScreeningContext, rows: number[], then: (result: ScreeningResult) => [number, RowOutcome][], shipment?: string, pause = noPause): Promise<PreparedRows> {
  const failAll = (err: unknown) => rows.map((row): [number, RowOutcome] => [row, failure(err, shipment)]);
  let matched: MatchedScreening;
  try {
    matched = await matchScreening(id, request, ctx, pause);
  } catch (err) {
    return done(failAll(err));
  }
  return {
    parties: matched.parties,
    finish: async () => {
      let result: ScreeningResult;
      try {
        result = await matched.finish();
      } catch (err) {
        return failAll(err);
      }
      return then(result);
    },
  };
}

/** The one-party screening request of a single-party row. */
function singleRequest(input: Extract<RowInput, { kind: 'single' }>, opts: RowOptions) {
  const e = input.entity;
  const country = e.country ?? e.countries[0];
  return ScreeningRequestSchema.safeParse({
    parties: [
      {
        role: 'counterparty',
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        identifiers: e.identifiers,
        ...(country ? { country } : {}),
        ...(e.address ? { address: e.address } : {}),
        ...(e.dateOfBirth ? { dateOfBirth: e.dateOfBirth } : {}),
      },
    ],
    options: { limit: LIMIT, ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}), ...(opts.lists ? { lists: opts.lists } : {}) },
  });
}

/**
 * Screens one single-party row as a one-party screening (role `counterparty`): the same list matching as
 * POST /v1/match plus every rule that a lone party supports (embargoed or Russia/Belarus geography, listed
 * addresses, owners and identifiers), so that a customer in Tehran or Sevastopol is not "clear" for want of a
 * name match.
 */
export function prepareSingle(row: number, input: Extract<RowInput, { kind: 'single' }>, ctx: ScreeningContext, opts: RowOptions, seen: { lists?: ListVersion[] }): Promise<PreparedRows> {
  const e = input.entity;
  const request = singleRequest(input, opts);
  if (!request.success) return Promise.resolve(done([[row, errorOutcome(request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))]]));
  return prepare('row', request.data, ctx, [row], (result) => {
    seen.lists ??= result.lists;
    const party = result.parties[0];
    opts.monitored?.push({ row, entity: e, matches: party?.matches ?? [], ...(party?.fingerprint ? { fingerprint: party.fingerprint } : {}) });
    record(opts, row, e, result, 0);
    return [[row, partyOutcome(result, 0)]];
  });
}

/**
 * Screens the rows of one shipment (same `reference`, each with a `role`) together, with the same code as
 * POST /v1/screenings (lists, then the risk rules); every row gets the shipment's decision and its own flags.
 * Rows that could not be read get their reason; the others are screened without them.
 */
export async function prepareShipment(
  id: string,
  reference: string,
  members: { row: number; input: RowInput }[],
  ctx: ScreeningContext,
  opts: RowOptions,
  seen: { lists?: ListVersion[] },
  pause = noPause,
): Promise<PreparedRows> {
  const out: [number, RowOutcome][] = [];
  const parties: { row: number; input: Extract<RowInput, { kind: 'party' }> }[] = [];
  for (const m of members) {
    if (m.input.kind === 'party') parties.push({ row: m.row, input: m.input });
    else out.push([m.row, m.input.kind === 'error' ? errorOutcome(m.input.reason, reference) : errorOutcome('internal: row without a role in a shipment', reference)]);
  }
  if (!parties.length) return done(out);
  const destination = parties.find((p) => p.input.destination)?.input.destination;
  const request = ScreeningRequestSchema.safeParse({
    reference,
    parties: parties.map((p) => p.input.party),
    goods: parties.flatMap((p) => p.input.goods),
    ...(destination ? { declaredDestination: destination } : {}),
    options: { limit: LIMIT, ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}), ...(opts.lists ? { lists: opts.lists } : {}) },
  });
  if (!request.success) {
    const reason = `shipment ${reference}: ${request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    return done([...out, ...parties.map((p): [number, RowOutcome] => [p.row, errorOutcome(reason, reference)])]);
  }
  const prepared = await prepare(id, request.data, ctx, parties.map((p) => p.row), (result) => {
    seen.lists ??= result.lists;
    return parties.map((p, i) => {
      const party = result.parties[i];
      opts.monitored?.push({ row: p.row, entity: partyEntity(p.input.party), matches: party?.matches ?? [], role: p.input.party.role, reference, ...(party?.fingerprint ? { fingerprint: party.fingerprint } : {}) });
      record(opts, p.row, { party: p.input.party, goods: p.input.goods }, result, i, reference);
      return [p.row, partyOutcome(result, i, reference)];
    });
  }, reference, pause);
  return { parties: prepared.parties, finish: async () => [...out, ...(await prepared.finish())] };
}

/** One single-party row screened at once, synchronously (no analysts' decisions): for tests and tools. */
export function screenSingle(row: number, input: Extract<RowInput, { kind: 'single' }>, ctx: ScreeningContext, opts: RowOptions, seen: { lists?: ListVersion[] }): RowOutcome {
  const request = singleRequest(input, opts);
  if (!request.success) return errorOutcome(request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  try {
    const result = runScreening('row', request.data, ctx);
    seen.lists ??= result.lists;
    return partyOutcome(result, 0);
  } catch (err) {
    return failure(err);
  }
}

/** The rows of one shipment screened at once (no analysts' decisions): for tests and tools. */
export async function screenShipment(
  id: string,
  reference: string,
  members: { row: number; input: RowInput }[],
  ctx: ScreeningContext,
  opts: RowOptions,
  seen: { lists?: ListVersion[] },
  pause = noPause,
): Promise<[number, RowOutcome][]> {
  return (await prepareShipment(id, reference, members, ctx, opts, seen, pause)).finish();
}
