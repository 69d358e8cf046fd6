import type { CanonicalEntity, EntityInput, Identifier } from '@screening/schemas';
import type { NameType } from '../normalize/prepare';

/** The attributes the matcher compares, for either side (a query entity or a listed entity). */
export interface Target {
  type: NameType;
  names: Array<{ name: string; weak: boolean }>;
  countries: string[];
  dobs: string[];
  gender?: 'male' | 'female' | undefined;
  identifiers: Identifier[];
}

export function fromInput(e: EntityInput): Target {
  const countries = [e.country, e.nationality, ...e.countries].filter((c): c is string => !!c);
  return {
    type: e.type,
    names: [e.name, ...e.aliases].map((name) => ({ name, weak: false })),
    countries: [...new Set(countries.map((c) => c.toUpperCase()))],
    dobs: e.dateOfBirth ? [e.dateOfBirth] : [],
    gender: e.gender,
    identifiers: e.identifiers,
  };
}

export function fromListed(e: CanonicalEntity): Target {
  const ids = [...e.identifiers];
  if (e.vessel?.imo) ids.push({ type: 'imo', value: e.vessel.imo });
  return {
    type: e.type,
    names: [{ name: e.name, weak: false }, ...e.aliases.map((a) => ({ name: a.name, weak: a.quality === 'weak' }))],
    countries: [...new Set([...e.countries, ...e.nationalities].map((c) => c.toUpperCase()))],
    dobs: e.datesOfBirth,
    gender: e.gender,
    identifiers: ids,
  };
}
