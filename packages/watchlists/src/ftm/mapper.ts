import type { Address, Alias, EntityType, Identifier, Link, ListEntity } from '@screening/schemas';
import { topicCategories } from '../category';
import { compact, uniq } from '../reader-types';

/** A FollowTheMoney entity as OpenSanctions publishes it: every property value is a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  target?: boolean;
  datasets?: string[];
}

const TYPES: Record<string, EntityType> = {
  Person: 'person', Organization: 'organization', Company: 'organization', LegalEntity: 'organization', PublicBody: 'organization',
  Vessel: 'vessel', Airplane: 'aircraft',
};

/** Relationship schemata: [schema, source property, target property]. */
export const EDGES: [string, string, string][] = [
  ['Ownership', 'owner', 'asset'], ['Directorship', 'director', 'organization'], ['Family', 'person', 'relative'],
  ['Associate', 'person', 'associate'], ['UnknownLink', 'subject', 'object'], ['Membership', 'member', 'organization'],
  ['Employment', 'employee', 'employer'], ['Representation', 'agent', 'client'], ['Succession', 'predecessor', 'successor'],
];
const EDGE = new Map(EDGES.map((e) => [e[0], e]));

const ID_PROPS: [string, string][] = [
  ['idNumber', 'national_id'], ['passportNumber', 'passport'], ['registrationNumber', 'registration'], ['taxNumber', 'tax'],
  ['innCode', 'inn'], ['ogrnCode', 'ogrn'], ['leiCode', 'lei'], ['swiftBic', 'swift_bic'], ['imoNumber', 'imo'], ['mmsi', 'mmsi'],
  ['vatCode', 'vat'], ['isinCode', 'isin'], ['email', 'email'], ['phone', 'phone'], ['website', 'website'],
];

export function isThing(e: FtmEntity): boolean {
  return e.schema in TYPES;
}
export function isEdge(e: FtmEntity): boolean {
  return EDGE.has(e.schema);
}

const cc = (v: string) => (/^[a-z]{2}$/i.test(v) ? v.toUpperCase() : undefined);

/** Context the mapper needs from the rest of the file: addresses, sanctions, documents and edges by entity id. */
export interface FtmContext {
  byId: Map<string, FtmEntity>;
  sanctions: Map<string, FtmEntity[]>;
  links: Map<string, Link[]>;
  source: 'ftm' | 'custom';
  /** prefix of entity ids, e.g. `ftm` or `custom:acme` */
  idPrefix: string;
}

/** Records each relationship on both of its ends, with the relation, the other end's id and name, and the share. */
export function collectLinks(edges: FtmEntity[], ctx: Omit<FtmContext, 'links'>): Map<string, Link[]> {
  const links = new Map<string, Link[]>();
  const add = (id: string, l: Link) => links.set(id, [...(links.get(id) ?? []), l]);
  for (const e of edges) {
    const [schema, from, to] = EDGE.get(e.schema)!;
    const pct = Number.parseFloat(e.properties.percentage?.[0] ?? '');
    const share = Number.isFinite(pct) && pct >= 0 && pct <= 100 ? pct : undefined;
    for (const a of e.properties[from] ?? [])
      for (const b of e.properties[to] ?? []) {
        const nameOf = (id: string) => ctx.byId.get(id)?.properties.name?.[0];
        add(a, compact<Link>({ relation: schema, targetId: `${ctx.idPrefix}:${b}`, targetName: nameOf(b), direction: 'outgoing', share }));
        add(b, compact<Link>({ relation: schema, targetId: `${ctx.idPrefix}:${a}`, targetName: nameOf(a), direction: 'incoming', share }));
      }
  }
  return links;
}

function addresses(e: FtmEntity, ctx: FtmContext): Address[] {
  const out: Address[] = (e.properties.address ?? []).map((full) => ({ full }));
  for (const id of e.properties.addressEntity ?? []) {
    const a = ctx.byId.get(id)?.properties;
    if (!a) continue;
    const full = a.full?.[0] ?? uniq([a.street?.[0], a.city?.[0], a.postalCode?.[0], a.country?.[0]]).join(', ');
    if (full) out.push(compact<Address>({ full, street: a.street?.[0], city: a.city?.[0], postalCode: a.postalCode?.[0], country: cc(a.country?.[0] ?? '') }));
  }
  return out;
}

/** Maps a FtM thing (Person, Organization, Company, Vessel, …) onto the canonical entity. */
export function mapFtmEntity(e: FtmEntity, ctx: FtmContext): ListEntity | string {
  const p = e.properties ?? {};
  const names = uniq([...(p.name ?? []), [p.firstName?.[0], p.middleName?.[0], p.lastName?.[0]].filter(Boolean).join(' ')]);
  const [name, ...others] = names;
  if (!name) return `${e.id}: no name`;
  const aliases: Alias[] = [];
  const seen = new Set([name]);
  const addAlias = (n: string, quality: 'strong' | 'weak', kind: string) => {
    if (!seen.has(n)) aliases.push({ name: n, quality, kind }), seen.add(n);
  };
  others.forEach((n) => addAlias(n, 'strong', 'aka'));
  (p.alias ?? []).forEach((n) => addAlias(n, 'strong', 'aka'));
  (p.previousName ?? []).forEach((n) => addAlias(n, 'strong', 'fka'));
  (p.weakAlias ?? []).forEach((n) => addAlias(n, 'weak', 'aka'));
  const sanctions = ctx.sanctions.get(e.id) ?? [];
  const identifiers: Identifier[] = ID_PROPS.flatMap(([prop, type]) => uniq(p[prop] ?? []).map((value) => ({ type, value })));
  const nationalities = uniq([...(p.nationality ?? []), ...(p.citizenship ?? [])].map(cc));
  const adds = addresses(e, ctx);
  const gender = p.gender?.[0]?.toLowerCase();
  const type = TYPES[e.schema] ?? 'unknown';
  const programs = uniq([...(p.program ?? []), ...sanctions.flatMap((s) => [...(s.properties.programId ?? []), ...(s.properties.program ?? [])])]);
  const categories = topicCategories(p.topics ?? [], programs) ?? (sanctions.length ? topicCategories(['sanction'], programs) : undefined);
  return compact<ListEntity>({
    id: `${ctx.idPrefix}:${e.id}`,
    source: ctx.source,
    sourceId: e.id,
    type,
    name,
    aliases,
    programs,
    categories,
    nationalities,
    countries: uniq([...nationalities, ...[...(p.country ?? []), ...(p.jurisdiction ?? []), ...(p.flag ?? [])].map(cc), ...adds.map((a) => a.country)]),
    datesOfBirth: uniq(p.birthDate ?? []),
    placesOfBirth: uniq(p.birthPlace ?? []),
    gender: gender === 'male' || gender === 'female' ? gender : undefined,
    identifiers,
    addresses: adds,
    links: ctx.links.get(e.id),
    vessel: type === 'vessel' ? compact({ imo: p.imoNumber?.[0], callSign: p.callSign?.[0], flag: cc(p.flag?.[0] ?? ''), type: p.type?.[0] }) : undefined,
    title: p.title?.join('; '),
    remarks: uniq([...(p.notes ?? []), ...(p.summary ?? []), ...sanctions.flatMap((s) => s.properties.reason ?? [])]).join(' | ') || undefined,
    listedOn: sanctions.flatMap((s) => [...(s.properties.listingDate ?? []), ...(s.properties.startDate ?? [])]).sort()[0],
    subList: e.datasets?.join('; '),
  });
}
