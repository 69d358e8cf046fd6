import type { Address, CanonicalEntity, EntityInput, Identifier } from '@screening/schemas';
import { addressTokens } from '../address';
import { countryCode } from '../country';
import { toAscii } from '../normalize/ascii';
import type { NameType } from '../normalize/prepare';

/** The attributes the matcher compares, for either side (a query entity or a listed entity). */
export interface Target {
  type: NameType;
  names: Array<{ name: string; weak: boolean }>;
  countries: string[];
  dobs: string[];
  gender?: 'male' | 'female' | undefined;
  identifiers: Identifier[];
  /** addresses as lower-case ASCII text (query side: what was given; list side: each address) */
  addresses: string[];
  /** listed cities, lower-case ASCII without postal codes */
  cities: string[];
  /** each address as comparable words (address.ts), with its text */
  addressWords: Array<{ tokens: string[]; text: string }>;
}

/**
 * Withdrawn ISO 3166-1 codes (ISO 3166-3 "formerly used names") and the code of the state that continues them, so
 * that a country given in an old code (Rhodesia RH, South Yemen YD, North Vietnam VD, USSR SU, Yugoslavia YU, Zaire ZR,
 * Burma BU…) is compared as its successor rather than read as a contradiction.
 */
const SUCCESSOR: Record<string, string> = {
  RH: 'ZW', YD: 'YE', VD: 'VN', SU: 'RU', YU: 'RS', CS: 'RS', DD: 'DE', ZR: 'CD', BU: 'MM', TP: 'TL', AN: 'CW', DY: 'BJ',
  HV: 'BF', NH: 'VU', UK: 'GB',
};
const current = (c: string) => SUCCESSOR[c] ?? c;

const addressText = (a: string | Address): string =>
  toAscii(typeof a === 'string' ? a : [a.full, a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(' '));
const cityOf = (a: Address): string => toAscii((a.city ?? '').replace(/\d+/g, ' '));

export function fromInput(e: EntityInput): Target {
  const addressCountry = e.address && typeof e.address !== 'string' ? countryCode(e.address.country) : undefined;
  const countries = [e.country, e.nationality, ...e.countries, addressCountry].filter((c): c is string => !!c);
  return {
    type: e.type,
    names: [e.name, ...e.aliases].filter((n): n is string => !!n).map((name) => ({ name, weak: false })),
    countries: [...new Set(countries.map((c) => current(c.toUpperCase())))],
    dobs: e.dateOfBirth ? [e.dateOfBirth] : [],
    gender: e.gender,
    identifiers: e.identifiers,
    addresses: e.address ? [addressText(e.address)] : [],
    cities: e.address && typeof e.address !== 'string' && e.address.city ? [cityOf(e.address)] : [],
    addressWords: e.address ? [{ tokens: addressTokens(e.address), text: addressText(e.address) }] : [],
  };
}

export function fromListed(e: CanonicalEntity): Target {
  const ids = [...e.identifiers];
  if (e.vessel?.imo) ids.push({ type: 'imo', value: e.vessel.imo });
  return {
    type: e.type,
    names: [{ name: e.name, weak: false }, ...e.aliases.map((a) => ({ name: a.name, weak: a.quality === 'weak' }))],
    countries: [...new Set([...e.countries, ...e.nationalities].map((c) => current(c.toUpperCase())))],
    dobs: e.datesOfBirth,
    gender: e.gender,
    identifiers: ids,
    addresses: e.addresses.map(addressText),
    cities: [...new Set(e.addresses.map(cityOf).filter((c) => c.length >= 3))],
    addressWords: e.addresses.map((a) => ({ tokens: addressTokens(a), text: [a.full ?? [a.street, a.city, a.postalCode].filter(Boolean).join(', '), a.country].filter(Boolean).join(', ') })),
  };
}
