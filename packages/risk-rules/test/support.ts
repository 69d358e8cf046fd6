import { type ScreeningRequest, ScreeningRequestSchema } from '@screening/schemas';
import { type Assessment, assess } from '../src/assess';
import type { PartyMatches } from '../src/types';

export type RequestInput = (typeof ScreeningRequestSchema)['_zod']['input'];

export const SCREENED_AT = '2026-11-29T08:00:00Z';

/** Parses a request through the contract schema (so defaults apply) and assesses it. */
export function run(input: RequestInput, matches: PartyMatches[] = [], screenedAt = SCREENED_AT, strongName?: number): Assessment {
  const req: ScreeningRequest = ScreeningRequestSchema.parse(input);
  return assess(req, matches, { screenedAt, ...(strongName !== undefined ? { strongName } : {}) });
}

export const ids = (a: Assessment) => [...new Set(a.flags.map((f) => f.ruleId))].sort();
export const flagsOf = (a: Assessment, id: string) => a.flags.filter((f) => f.ruleId === id);
export const skipped = (a: Assessment, id: string) => a.notEvaluated.find((n) => n.ruleId === id);

/** An ordinary, clean shipment: German pumps to a French buyer, paid by the buyer. */
export function clean(over: Partial<RequestInput> = {}): RequestInput {
  return {
    transactionDate: '2026-10-01',
    parties: [
      { role: 'seller', name: 'Pumpenwerk Nord GmbH', type: 'organization', country: 'DE', address: 'Hafenstrasse 5, 20457 Hamburg, Germany', website: 'https://pumpenwerk.example', email: 'sales@pumpenwerk.example' },
      { role: 'buyer', name: 'Eaux de Lyon SA', type: 'organization', country: 'FR', address: '12 rue de la République, 69002 Lyon, France', industry: 'water utility', incorporationDate: '1998-03-01', website: 'https://eauxdelyon.example', email: 'achats@eauxdelyon.example' },
    ],
    goods: [{ hsCode: '8413.70', description: 'centrifugal pumps', quantity: 20, value: 48000, currency: 'EUR' }],
    route: [{ country: 'DE', port: 'Hamburg' }, { country: 'FR', port: 'Lyon' }],
    declaredDestination: 'FR',
    payment: { payer: 'Eaux de Lyon SA', payerCountry: 'FR', method: 'TT' },
    ...over,
  };
}

/** A match as the worker reports it. */
export function match(over: Partial<PartyMatches['matches'][number]> & { index?: number } = {}) {
  return {
    list: 'us_ofac_sdn',
    listVersion: 'v1',
    entityId: 'us_ofac_sdn:1',
    name: 'LISTED PARTY',
    matchedName: 'LISTED PARTY',
    type: 'organization' as const,
    programs: ['RUSSIA-EO14024'],
    score: 0.95,
    match: true,
    explanation: { features: { name: 0.95 }, text: 'name similarity' },
    ...over,
  };
}
