import { createHash } from 'node:crypto';
import type { Address, Identifier } from '@screening/schemas';

/** The screened data of a party that its fingerprint covers (a shipment party, a batch row, a monitored entity). */
export interface FingerprintInput {
  name?: string | undefined;
  aliases?: readonly string[];
  country?: string | undefined;
  countries?: readonly string[];
  address?: string | Address | undefined;
  dateOfBirth?: string | undefined;
  identifiers?: readonly Pick<Identifier, 'type' | 'value'>[];
}

/** Text as compared: Unicode NFKC, lower case, runs of whitespace as one space, trimmed. */
export const normText = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Identifier values compare without case, spaces, dots, dashes and slashes ("77 07-083.893" = "7707083893"). */
const normId = (s: string) => s.normalize('NFKC').toUpperCase().replace(/[\s./-]+/g, '');

function addressText(a: FingerprintInput['address']): string {
  if (!a) return '';
  if (typeof a === 'string') return normText(a);
  return [a.full, a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).map((p) => normText(p!)).join(', ');
}

const sortedUnique = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();

const hex32 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * The party fingerprint (version fp1): the first 32 hex digits of the SHA-256 of the JSON array
 * `["fp1", name, aliases, countries, dateOfBirth, address, identifiers]`, where text is NFKC, lower-cased and
 * whitespace-collapsed, aliases/countries/identifiers are sorted and de-duplicated, and identifiers are
 * `type:VALUE` with the value upper-cased and stripped of spaces, dots, dashes and slashes. So a change of case or
 * spacing keeps it; a new address, date of birth, identifier, alias or country changes it. The entity type and the
 * party's role are not part of it (the same company as buyer or as consignee is the same party).
 */
export function partyFingerprint(p: FingerprintInput): string {
  const countries = sortedUnique([...(p.countries ?? []), ...(p.country ? [p.country] : [])].map((c) => c.trim().toUpperCase()));
  const ids = sortedUnique((p.identifiers ?? []).map((i) => `${i.type.trim().toLowerCase()}:${normId(i.value)}`));
  return hex32(JSON.stringify(['fp1', normText(p.name ?? ''), sortedUnique((p.aliases ?? []).map(normText)), countries, (p.dateOfBirth ?? '').trim(), addressText(p.address), ids]));
}

/**
 * The party's name key (version nk1): its normalised name only. A decision is found again by it when the
 * fingerprint changed, so that the hit can say why the decision re-opened instead of silently coming back.
 */
export function partyNameKey(name: string): string {
  return hex32(JSON.stringify(['nk1', normText(name)]));
}
