import { countryCode } from '@screening/matching';
import type { Address, Alias, EntityType, Identifier, ListEntity } from '@screening/schemas';
import { compact, uniq } from '../reader-types';

/** One UK designation, from the official CSV (grouped rows) or XML, before mapping. */
export interface UkDesignation {
  id: string;
  kind?: string;
  names: { parts: string[]; surname?: string; nameType?: string; strength?: string }[];
  nonLatin: string[];
  titles: string[];
  regimes: string[];
  addresses: Address[];
  dobs: string[];
  nationalities: string[];
  genders: string[];
  passports: string[];
  nationalIds: string[];
  birthPlaces: string[];
  imo: string[];
  registrations: string[];
  flags: string[];
  positions: string[];
  otherInfo?: string;
  dateDesignated?: string;
  unRef?: string;
}

export function emptyDesignation(id: string): UkDesignation {
  return { id, names: [], nonLatin: [], titles: [], regimes: [], addresses: [], dobs: [], nationalities: [], genders: [], passports: [], nationalIds: [], birthPlaces: [], imo: [], registrations: [], flags: [], positions: [] };
}

const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' };

/** `DD/MM/YYYY` with `dd`/`mm`/`00` placeholders, or a bare year → partial ISO date. */
export function ukDate(v: string | undefined): string | undefined {
  const t = v?.trim() ?? '';
  const m = /^(\d{1,2}|dd|00)\/(\d{1,2}|mm|00)\/(\d{4})$/i.exec(t);
  if (!m) return /^\d{4}$/.test(t) ? t : undefined;
  const [, d, mo, y] = m;
  const month = /^\d+$/.test(mo!) && mo !== '00' ? mo!.padStart(2, '0') : undefined;
  const day = /^\d+$/.test(d!) && d !== '00' ? d!.padStart(2, '0') : undefined;
  return month ? (day ? `${y}-${month}-${day}` : `${y}-${month}`) : y;
}

function fullName(n: UkDesignation['names'][number], person: boolean): string {
  const given = n.parts.filter(Boolean).join(' ');
  if (!n.surname) return given;
  return person && given ? `${given} ${n.surname}` : n.surname || given;
}

/** Maps one designation onto the canonical entity; weak aliases per FCDO "Low quality a.k.a" (or a blank single-token person alias). */
export function mapUkDesignation(d: UkDesignation): ListEntity | string {
  const type = TYPES[(d.kind ?? '').toLowerCase()] ?? 'unknown';
  const person = type === 'person';
  const names = d.names.map((n) => ({ ...n, full: fullName(n, person).replace(/\s+/g, ' ').trim() })).filter((n) => n.full);
  const primary = names.find((n) => /^primary name$/i.test(n.nameType ?? '')) ?? names[0];
  if (!primary) return `${d.id}: no name`;
  const aliases: Alias[] = [];
  for (const n of [...names, ...d.nonLatin.map((full) => ({ full, nameType: 'non-latin', strength: 'good' }))]) {
    if (n.full === primary.full || aliases.some((a) => a.name === n.full)) continue;
    const weak = /low/i.test(n.strength ?? '') || (!n.strength && person && /alias/i.test(n.nameType ?? '') && !n.full.includes(' '));
    aliases.push({ name: n.full, quality: weak ? 'weak' : 'strong', kind: /variation/i.test(n.nameType ?? '') ? 'variation' : n.nameType === 'non-latin' ? 'original-script' : 'aka' });
  }
  const nationalities = uniq(d.nationalities.map((c) => countryCode(c)));
  const identifiers: Identifier[] = [
    ...uniq(d.passports).map((value) => ({ type: 'passport', value })),
    ...uniq(d.nationalIds).map((value) => ({ type: 'national_id', value })),
    ...uniq(d.imo).map((value) => ({ type: 'imo', value: value.replace(/^IMO\s*/i, '') })),
    ...uniq(d.registrations).map((value) => ({ type: 'registration', value })),
  ].filter((i) => i.value.length <= 200);
  const gender = d.genders[0]?.toLowerCase();
  const flag = countryCode(d.flags[0]);
  const imo = identifiers.find((i) => i.type === 'imo')?.value;
  return compact<ListEntity>({
    id: `gb_fcdo:${d.id}`,
    source: 'gb_fcdo',
    sourceId: d.id,
    type,
    name: primary.full,
    aliases,
    programs: uniq(d.regimes),
    nationalities,
    countries: uniq([...nationalities, ...d.addresses.map((a) => a.country), flag]),
    datesOfBirth: uniq(d.dobs.map(ukDate)),
    placesOfBirth: uniq(d.birthPlaces),
    identifiers,
    addresses: d.addresses,
    gender: gender === 'male' || gender === 'female' ? gender : undefined,
    vessel: type === 'vessel' ? compact({ imo, flag: flag ?? d.flags[0] }) : undefined,
    title: uniq(d.titles).join('; ') || undefined,
    remarks: uniq([d.otherInfo, ...d.positions]).join(' | ') || undefined,
    listedOn: ukDate(d.dateDesignated),
    subList: d.unRef ? `UN ${d.unRef}` : undefined,
  });
}

/** Address from FCDO address lines, postal code and country name. */
export function ukAddress(lines: (string | undefined)[], postal: string | undefined, country: string | undefined): Address | undefined {
  const parts = uniq([...lines, postal, country]);
  if (!parts.length) return undefined;
  return compact<Address>({ full: parts.join(', '), postalCode: postal?.trim() || undefined, country: countryCode(country) ?? (country?.trim() || undefined) });
}
