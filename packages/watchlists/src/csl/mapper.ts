import { createHash } from 'node:crypto';
import { countryCode } from '@screening/matching';
import type { Address, EntityType, Identifier, ListEntity } from '@screening/schemas';
import { identifierType, identifierValue } from '../identifiers';
import { compact, uniq } from '../reader-types';

/** One CSL result, from the CSV (`; `-joined cells) or the JSON (arrays), normalised to one shape. */
export interface CslRecord {
  id?: string;
  source?: string;
  entity_number?: string;
  type?: string;
  programs: string[];
  name?: string;
  title?: string;
  addresses: Address[];
  start_date?: string;
  alt_names: string[];
  citizenships: string[];
  nationalities: string[];
  dates_of_birth: string[];
  places_of_birth: string[];
  ids: { type?: string; number?: string; country?: string }[];
  remarks?: string;
  call_sign?: string;
  vessel_type?: string;
  gross_tonnage?: string;
  vessel_flag?: string;
  vessel_owner?: string;
  license_requirement?: string;
  license_policy?: string;
  source_information_url?: string;
}

const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft' };

/** Short name of a CSL source list: "Entity List (EL) - Bureau of Industry and Security" → "EL". */
export function subListCode(source: string | undefined): string | undefined {
  if (!source) return undefined;
  return /\(([^()]+)\)/.exec(source)?.[1]?.replace(/ List$/, '') ?? source;
}

/** `circa 1960`, `1962 to 1964`, `1967` → partial ISO dates. */
function dates(values: string[]): string[] {
  return uniq(values.flatMap((v) => v.replace(/circa\s+/i, '').split(/\sto\s/i)).map((d) => /^\d{4}(-\d{2}(-\d{2})?)?/.exec(d.trim())?.[0]));
}

/** Maps a CSL record onto the canonical entity; `undefined` reason string when it cannot be mapped. */
export function mapCslRecord(r: CslRecord): ListEntity | string {
  const name = r.name?.replace(/\s+/g, ' ').trim();
  if (!name) return 'empty name';
  const id = r.id || r.entity_number || createHash('sha1').update(`${r.source ?? ''}|${name}`).digest('hex');
  let gender: 'male' | 'female' | undefined;
  const identifiers: Identifier[] = [];
  for (const i of r.ids) {
    if (/^gender$/i.test(i.type ?? '')) {
      const g = i.number?.toLowerCase();
      if (g === 'male' || g === 'female') gender = g;
      continue;
    }
    const type = identifierType(i.type);
    if (!type || !i.number) continue;
    identifiers.push(compact<Identifier>({ type, value: identifierValue(type, i.number), country: countryCode(i.country) }));
  }
  const type = TYPES[(r.type ?? '').toLowerCase()] ?? 'organization';
  const nationalities = uniq([...r.nationalities, ...r.citizenships].map((c) => countryCode(c)));
  const flag = countryCode(r.vessel_flag) ?? r.vessel_flag;
  const vessel = compact({ imo: identifiers.find((i) => i.type === 'imo')?.value, callSign: r.call_sign, type: r.vessel_type, tonnage: r.gross_tonnage, flag, owner: r.vessel_owner });
  const restrictions = uniq([r.license_requirement, r.license_policy]).join(' ');
  return compact<ListEntity>({
    id: `us_trade_csl:${id}`,
    source: 'us_trade_csl',
    sourceId: id,
    type: r.type ? type : 'unknown',
    name,
    aliases: uniq(r.alt_names).filter((a) => a !== name).map((a) => ({ name: a, quality: 'strong' as const, kind: 'aka' })),
    programs: uniq(r.programs),
    nationalities,
    countries: uniq([...nationalities, ...r.addresses.map((a) => (a.country?.length === 2 ? a.country : undefined)), flag?.length === 2 ? flag : undefined]),
    datesOfBirth: dates(r.dates_of_birth),
    placesOfBirth: uniq(r.places_of_birth),
    identifiers,
    addresses: r.addresses,
    gender,
    vessel: Object.keys(vessel).length && (type === 'vessel' || type === 'aircraft') ? vessel : undefined,
    title: r.title,
    remarks: uniq([r.remarks, restrictions]).join(' | ') || undefined,
    listedOn: r.start_date,
    subList: subListCode(r.source),
    sourceUrl: r.source_information_url,
  });
}

/**
 * One row per (party, source list): rows that share an id (Treasury rows share the OFAC ent_num) are merged
 * into one entity with the union of their programs, names and sub-lists.
 */
export function mergeInto(byId: Map<string, ListEntity>, e: ListEntity): void {
  const prev = byId.get(e.id);
  if (!prev) return void byId.set(e.id, e);
  const names = new Set([prev.name, ...(prev.aliases ?? []).map((a) => a.name)]);
  prev.aliases = [...(prev.aliases ?? []), ...(e.aliases ?? []).filter((a) => !names.has(a.name))];
  if (!names.has(e.name)) prev.aliases.push({ name: e.name, quality: 'strong', kind: 'aka' });
  prev.programs = uniq([...(prev.programs ?? []), ...(e.programs ?? [])]);
  prev.countries = uniq([...(prev.countries ?? []), ...(e.countries ?? [])]);
  if (e.subList && !prev.subList?.split('; ').includes(e.subList)) prev.subList = prev.subList ? `${prev.subList}; ${e.subList}` : e.subList;
}
