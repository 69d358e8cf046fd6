import type { Readable } from 'node:stream';
import { countryCode } from '@screening/matching';
import type { Address, Alias, EntityType, Identifier, ListEntity } from '@screening/schemas';
import { identifierType, identifierValue } from '../identifiers';
import { compact, type ReaderOutput, uniq } from '../reader-types';
import { readXmlList } from '../xml/list';
import { child, children, text, texts, type XmlNode } from '../xml/stream';
import { parseOfacDate, parseRemarks } from './remarks';

type OfacSource = 'us_ofac_sdn' | 'us_ofac_cons';
const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft', entity: 'organization' };

/** `LAST, First` for individuals (like SDN.CSV), the last name alone otherwise. */
const fullName = (n: XmlNode | undefined, person: boolean) => {
  const last = text(n, 'lastName');
  const first = text(n, 'firstName');
  return person && first ? (last ? `${last}, ${first}` : first) : (last ?? first ?? '');
};

function address(a: XmlNode): Address | undefined {
  const country = text(a, 'country');
  const parts = uniq([text(a, 'address1'), text(a, 'address2'), text(a, 'address3'), text(a, 'city'), text(a, 'stateOrProvince'), text(a, 'postalCode'), country]);
  if (!parts.length) return undefined;
  return compact<Address>({ full: parts.join(', '), street: text(a, 'address1'), city: text(a, 'city'), region: text(a, 'stateOrProvince'), postalCode: text(a, 'postalCode'), country: countryCode(country) ?? country });
}

/** Maps one `sdnEntry` of the classic sdn.xml / consolidated.xml (`sdnList` schema). */
export function mapSdnEntry(n: XmlNode, source: OfacSource): ListEntity | string {
  const uid = text(n, 'uid');
  if (!uid) return 'no uid';
  const kind = (text(n, 'sdnType') ?? text(n, 'nspType') ?? '').toLowerCase();
  const type = TYPES[kind] ?? 'organization';
  const person = type === 'person';
  const name = fullName(n, person);
  if (!name) return `${uid}: no name`;
  const aliases: Alias[] = children(child(n, 'akaList'), 'aka')
    .map((a) => ({ name: fullName(a, person), quality: text(a, 'category') === 'weak' ? ('weak' as const) : ('strong' as const), kind: (text(a, 'type') ?? 'aka').replace(/\./g, '').toLowerCase() }))
    .filter((a) => a.name);
  const identifiers: Identifier[] = [];
  let gender: 'male' | 'female' | undefined;
  for (const id of children(child(n, 'idList'), 'id')) {
    const label = text(id, 'idType');
    const value = text(id, 'idNumber');
    if (/^gender$/i.test(label ?? '')) gender = value?.toLowerCase() === 'female' ? 'female' : value?.toLowerCase() === 'male' ? 'male' : undefined;
    const t = identifierType(label);
    if (t && value) identifiers.push(compact<Identifier>({ type: t, value: identifierValue(t, value), country: countryCode(text(id, 'idCountry')) }));
  }
  const nationalities = uniq([...texts(n, 'nationalityList/nationality/country'), ...texts(n, 'citizenshipList/citizenship/country')].map((c) => countryCode(c)));
  const addresses = children(child(n, 'addressList'), 'address').map(address).filter((a): a is Address => !!a);
  const remarks = text(n, 'remarks');
  const facts = parseRemarks(remarks);
  const v = child(n, 'vesselInfo');
  const flag = text(v, 'vesselFlag');
  return compact<ListEntity>({
    id: `${source}:${uid}`,
    source,
    sourceId: uid,
    type,
    name,
    aliases,
    programs: texts(n, 'programList/program'),
    nationalities,
    countries: uniq([...nationalities, ...addresses.map((a) => (a.country?.length === 2 ? a.country : undefined)), countryCode(flag)]),
    datesOfBirth: uniq(texts(n, 'dateOfBirthList/dateOfBirthItem/dateOfBirth').flatMap(parseOfacDate)),
    placesOfBirth: texts(n, 'placeOfBirthList/placeOfBirthItem/placeOfBirth'),
    gender: gender ?? facts.gender,
    identifiers,
    addresses,
    links: facts.links,
    vessel: v ? compact({ callSign: text(v, 'callSign'), type: text(v, 'vesselType'), flag: countryCode(flag) ?? flag, owner: text(v, 'vesselOwner'), tonnage: text(v, 'tonnage') ?? text(v, 'grossRegisteredTonnage'), imo: identifiers.find((i) => i.type === 'imo')?.value }) : undefined,
    title: text(n, 'title'),
    remarks,
  });
}

/** `MM/DD/YYYY` (OFAC Publish_Date) → ISO date. */
function publishDate(v: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : v;
}

/** Streams a classic OFAC XML (`sdnList`: sdn.xml or consolidated.xml), in either namespace vintage. */
export function readOfacClassicXml(input: string | Readable, source: OfacSource, file = String(input)): Promise<ReaderOutput> {
  const format = { label: 'an OFAC sdnList XML', root: 'sdnList', records: new Set(['sdnEntry']), dateHeader: 'Publish_Date', parseDate: publishDate };
  return readXmlList(input, { ...format, map: (node) => mapSdnEntry(node, source) }, file);
}
