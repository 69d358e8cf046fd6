import type { Party } from '@screening/schemas';
import type { ApiDeps } from '../deps';

/**
 * The parties as they were sent for a screening, while its job is still kept (the queue keeps completed jobs for an
 * hour): the service itself keeps only each party's name, role and fingerprint. Another tenant's job is never read.
 */
export async function screenedParties(deps: ApiDeps, tenant: string, screeningId: string): Promise<Party[] | undefined> {
  try {
    const job = await deps.screenQueue.getJob(screeningId);
    const data = job?.data;
    if (!data || data.kind !== 'screening' || data.tenant !== tenant) return undefined;
    return data.request.parties;
  } catch {
    return undefined;
  }
}

const addressText = (a: Party['address']) => (typeof a === 'string' ? a : a ? (a.full ?? [a.street, a.postalCode, a.city, a.region, a.country].filter(Boolean).join(', ')) : '');

/** A sent party's data as label/value pairs for the hit card (the screened side of the comparison). */
export function partyFacts(p: Party): [string, string][] {
  const out: [string, string][] = [];
  const add = (k: string, v: string | undefined) => v && out.push([k, v]);
  add('type', p.type === 'unknown' ? undefined : p.type);
  add('aliases', p.aliases.join('; '));
  add('country', p.country);
  add('address', addressText(p.address));
  add('date of birth', p.dateOfBirth);
  add('identifiers', p.identifiers.map((i) => `${i.type}: ${i.value}`).join('; '));
  add('owners', (p.owners ?? []).map((o) => `${o.name}${o.share !== undefined ? ` (${o.share} %)` : ''}`).join('; '));
  return out;
}
