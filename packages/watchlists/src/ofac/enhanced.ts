import type { Readable } from 'node:stream';
import { countryCode } from '@screening/matching';
import type { Address, Alias, EntityType, Identifier, Link, ListEntity } from '@screening/schemas';
import yauzl from 'yauzl';
import { identifierType, identifierValue } from '../identifiers';
import { compact, type ReaderOutput, uniq } from '../reader-types';
import { readXmlList } from '../xml/list';
import { attr, child, children, text, type XmlNode } from '../xml/stream';
import { capBytes, LIST_LIMITS, ListTooLargeError } from '../limits';

type OfacSource = 'us_ofac_sdn' | 'us_ofac_cons';
const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft', entity: 'organization' };

/** The primary Latin translation of a name or address. */
function primaryTranslation(n: XmlNode): XmlNode | undefined {
  const ts = children(child(n, 'translations'), 'translation');
  return ts.find((t) => text(t, 'isPrimary') === 'true') ?? ts[0];
}

function address(a: XmlNode): Address | undefined {
  const t = primaryTranslation(a);
  const parts = new Map(children(child(t, 'addressParts'), 'addressPart').map((p) => [text(p, 'type') ?? '', text(p, 'value')]));
  const country = text(a, 'country');
  const full = uniq([parts.get('ADDRESS1'), parts.get('ADDRESS2'), parts.get('ADDRESS3'), parts.get('CITY'), parts.get('STATE/PROVINCE'), parts.get('POSTAL CODE'), country]).join(', ');
  if (!full) return undefined;
  return compact<Address>({ full, street: parts.get('ADDRESS1'), city: parts.get('CITY'), region: parts.get('STATE/PROVINCE'), postalCode: parts.get('POSTAL CODE'), country: countryCode(country) ?? country });
}

/** Maps one `entity` of OFAC's Enhanced XML. Ids are the CSV ent_num, so entity ids agree across formats. */
export function mapEnhancedEntity(n: XmlNode, source: OfacSource): ListEntity | string {
  const id = attr(n, 'id');
  if (!id) return 'no id';
  const type = TYPES[(text(n, 'generalInfo/entityType') ?? '').toLowerCase()] ?? 'organization';
  const names = children(child(n, 'names'), 'name').map((nm) => ({
    primary: text(nm, 'isPrimary') === 'true',
    weak: text(nm, 'isLowQuality') === 'true',
    kind: (text(nm, 'aliasType') ?? 'aka').replace(/\./g, '').toLowerCase(),
    full: text(primaryTranslation(nm), 'formattedFullName'),
    scripts: children(child(nm, 'translations'), 'translation').filter((t) => text(t, 'isPrimary') !== 'true').map((t) => text(t, 'formattedFullName')),
  }));
  const primary = names.find((x) => x.primary && x.full) ?? names.find((x) => x.full);
  if (!primary) return `${id}: no name`;
  const aliases: Alias[] = [];
  for (const x of names)
    for (const full of [x.full, ...x.scripts])
      if (full && full !== primary.full && !aliases.some((a) => a.name === full)) aliases.push({ name: full, quality: x.weak ? 'weak' : 'strong', kind: x.kind });
  const features = children(child(n, 'features'), 'feature').map((f) => ({ type: text(f, 'type') ?? '', value: text(f, 'value'), from: text(f, 'valueDate/fromDateBegin'), to: text(f, 'valueDate/toDateEnd') }));
  const dob = features.filter((f) => f.type === 'Birthdate').flatMap((f) => (f.from && f.from === f.to ? [f.from] : f.value ? [f.value] : []));
  const nationalities = uniq(features.filter((f) => /Nationality Country|Citizenship Country/.test(f.type)).map((f) => countryCode(f.value)));
  const gender = features.find((f) => f.type === 'Gender')?.value?.toLowerCase();
  const identifiers: Identifier[] = [];
  for (const d of children(child(n, 'identityDocuments'), 'identityDocument')) {
    const t = identifierType(text(d, 'type'));
    const value = text(d, 'documentNumber');
    if (t && value) identifiers.push(compact<Identifier>({ type: t, value: identifierValue(t, value), country: countryCode(text(d, 'issuingCountry')) }));
  }
  for (const f of features.filter((x) => /SWIFT\/BIC|Website|Email Address|ISIN/.test(x.type)))
    if (f.value) identifiers.push({ type: f.type === 'ISIN' ? 'isin' : identifierType(f.type)!, value: f.value });
  const links: Link[] = children(child(n, 'relationships'), 'relationship').map((r) =>
    compact<Link>({ relation: text(r, 'type') ?? 'related', targetId: attr(child(r, 'relatedEntity'), 'entityId') ? `${source}:${attr(child(r, 'relatedEntity'), 'entityId')}` : undefined, targetName: text(r, 'relatedEntity'), direction: 'outgoing' }),
  );
  const addresses = children(child(n, 'addresses'), 'address').map(address).filter((a): a is Address => !!a);
  const lists = children(child(n, 'sanctionsLists'), 'sanctionsList');
  return compact<ListEntity>({
    id: `${source}:${id}`,
    source,
    sourceId: id,
    type,
    name: primary.full!,
    aliases,
    programs: uniq(children(child(n, 'sanctionsPrograms'), 'sanctionsProgram').map((p) => text(p))),
    nationalities,
    countries: uniq([...nationalities, ...addresses.map((a) => (a.country?.length === 2 ? a.country : undefined))]),
    datesOfBirth: uniq(dob),
    placesOfBirth: uniq(features.filter((f) => f.type === 'Place of Birth').map((f) => f.value)),
    gender: gender === 'male' || gender === 'female' ? gender : undefined,
    identifiers,
    addresses,
    links,
    listedOn: lists.map((l) => attr(l, 'datePublished')).filter(Boolean).sort()[0],
    subList: uniq(lists.map((l) => text(l)).filter((l) => l !== 'Consolidated List')).join('; ') || undefined,
    remarks: uniq(features.filter((f) => /Secondary sanctions|Directive|Target Type|Organization Type/i.test(f.type)).map((f) => f.value && `${f.type} ${f.value}`)).join('; ') || undefined,
  });
}

/** Streams OFAC's Enhanced XML (`sanctionsData`, e.g. CONS_ENHANCED.XML). */
export function readEnhancedXml(input: string | Readable, source: OfacSource, file = String(input)): Promise<ReaderOutput> {
  const format = { label: 'an OFAC Enhanced XML', root: 'sanctionsData', records: new Set(['entity']), dateHeader: 'dataAsOf' };
  return readXmlList(input, { ...format, map: (node) => mapEnhancedEntity(node, source) }, file);
}

/** Opens the first `.xml` entry of a zip (CONS_ENHANCED.ZIP) as a stream (yauzl; a corrupt zip rejects). */
export function openZippedXml(path: string, maxBytes = LIST_LIMITS.decompressedBytes): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(new Error(`${path}: not a readable zip: ${err?.message ?? 'unknown'}`));
      zip.on('error', reject);
      zip.on('end', () => reject(new Error(`${path}: no .xml file in the zip`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!/\.xml$/i.test(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > maxBytes) return reject(new ListTooLargeError(`${path}: ${entry.fileName}`, maxBytes));
        // yauzl also checks the inflated bytes against the declared size; the cap holds whatever the header says
        zip.openReadStream(entry, (e, stream) => (e || !stream ? reject(e ?? new Error('no stream')) : resolve(capBytes(stream, maxBytes, `${path}: ${entry.fileName}`))));
      });
      zip.readEntry();
    });
  });
}
