import { AppError } from '@screening/runtime';
import { type EntityInput, type ListVersion, type Match, type Party, type RowOutcome, ScreeningRequestSchema } from '@screening/schemas';
import { runScreening, runScreeningYielding, type ScreeningContext, workLimitProblem } from '../screening';
import { errorOutcome, partyOutcome } from './outcome';
import type { RowInput } from './row-input';

export interface RowOptions {
  threshold?: number;
  lists?: string[];
  /** when set (a batch with `monitor`), every screened party is added here with its current matches */
  monitored?: MonitoredRow[];
}

/** A screened row's party, to be kept for re-screening on list changes. */
export interface MonitoredRow {
  row: number;
  entity: EntityInput;
  matches: Match[];
  role?: string;
  reference?: string;
}

/** The entity of a shipment party, as monitoring keeps it. */
export function partyEntity(p: Party): EntityInput {
  return {
    name: p.name, type: p.type, aliases: p.aliases, countries: p.country ? [p.country] : [], identifiers: p.identifiers,
    ...(p.country ? { country: p.country } : {}), ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}), ...(p.address ? { address: p.address } : {}),
  };
}

/** Best matches kept per row: the results show the best one; a few more cost nothing and keep A1/A2 exact. */
const LIMIT = 3;

/** A request error (an unknown list, a work limit hit) is the row's reason; anything else fails the chunk. */
function failure(err: unknown, shipment?: string): RowOutcome {
  const e = workLimitProblem(err);
  if (e instanceof AppError) return errorOutcome(e.detail ?? e.title, shipment);
  throw err;
}

/**
 * Screens one single-party row as a one-party screening (role `counterparty`): the same list matching as
 * POST /v1/match plus every rule that a lone party supports (embargoed or Russia/Belarus geography, listed
 * addresses, owners and identifiers), so that a customer in Tehran or Sevastopol is not "clear" for want of a
 * name match.
 */
export function screenSingle(row: number, input: Extract<RowInput, { kind: 'single' }>, ctx: ScreeningContext, opts: RowOptions, seen: { lists?: ListVersion[] }): RowOutcome {
  const e = input.entity;
  const country = e.country ?? e.countries[0];
  const request = ScreeningRequestSchema.safeParse({
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
  if (!request.success) return errorOutcome(request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  try {
    const result = runScreening('row', request.data, ctx);
    seen.lists ??= result.lists;
    opts.monitored?.push({ row, entity: e, matches: result.parties[0]?.matches ?? [] });
    return partyOutcome(result, 0);
  } catch (err) {
    return failure(err);
  }
}

/**
 * Screens the rows of one shipment (same `reference`, each with a `role`) together, with the same code as
 * POST /v1/screenings (lists, then the risk rules); every row gets the shipment's decision and its own flags.
 * Rows that could not be read get their reason; the others are screened without them.
 */
export async function screenShipment(
  id: string,
  reference: string,
  members: { row: number; input: RowInput }[],
  ctx: ScreeningContext,
  opts: RowOptions,
  seen: { lists?: ListVersion[] },
  pause: () => Promise<void> = async () => undefined,
): Promise<[number, RowOutcome][]> {
  const out: [number, RowOutcome][] = [];
  const parties: { row: number; input: Extract<RowInput, { kind: 'party' }> }[] = [];
  for (const m of members) {
    if (m.input.kind === 'party') parties.push({ row: m.row, input: m.input });
    else out.push([m.row, m.input.kind === 'error' ? errorOutcome(m.input.reason, reference) : errorOutcome('internal: row without a role in a shipment', reference)]);
  }
  if (!parties.length) return out;
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
    for (const p of parties) out.push([p.row, errorOutcome(reason, reference)]);
    return out;
  }
  try {
    const result = await runScreeningYielding(id, request.data, ctx, pause);
    seen.lists ??= result.lists;
    parties.forEach((p, i) => {
      out.push([p.row, partyOutcome(result, i, reference)]);
      opts.monitored?.push({ row: p.row, entity: partyEntity(p.input.party), matches: result.parties[i]?.matches ?? [], role: p.input.party.role, reference });
    });
  } catch (err) {
    for (const p of parties) out.push([p.row, failure(err, reference)]);
  }
  return out;
}
