import type { Address, Alias, Identifier, ListEntity } from '@screening/schemas';
import { identifierType } from '../identifiers';
import { compact, type ReaderOutput, uniq } from '../reader-types';
import { readXmlList } from '../xml/list';
import { fileIn } from '../version';
import { attr, child, children, text, type XmlNode } from '../xml/stream';

const RECORDS = new Set(['sanctionEntity']);
const PRIMARY_LANGS = new Set(['', 'EN']);

/** EU country codes: `00` is unknown and the outdated `CS` is Serbia. */
function country(n: XmlNode): string | undefined {
  const c = attr(n, 'countryIso2Code')?.toUpperCase();
  if (!c || c === '00') return undefined;
  return c === 'CS' ? 'RS' : c;
}

const dash = (v: string | undefined) => (v === '-' ? undefined : v);

/** Weak when `strong` is false or the remark says "low quality" (the EU keeps strong="true" on those). */
function isWeak(n: XmlNode): boolean {
  return attr(n, 'strong') === 'false' || /\blow? quality/i.test(text(n, 'remark') ?? '');
}

function address(n: XmlNode): Address | undefined {
  const c = country(n);
  const parts = uniq([dash(attr(n, 'street')), dash(attr(n, 'poBox')), dash(attr(n, 'city')), dash(attr(n, 'zipCode')), dash(attr(n, 'region')), dash(attr(n, 'place')), c]);
  if (!parts.length) return undefined;
  return compact<Address>({ full: parts.join(', '), street: dash(attr(n, 'street')), city: dash(attr(n, 'city')), region: dash(attr(n, 'region')), postalCode: attr(n, 'zipCode'), country: c });
}

/** Gregorian `birthdate` when present (Hijri parts are not Gregorian), else year or year range. */
function birthdate(n: XmlNode): string[] {
  const full = attr(n, 'birthdate');
  if (full) return [full];
  if (attr(n, 'calendarType') && attr(n, 'calendarType') !== 'GREGORIAN') return [];
  const y = attr(n, 'year');
  const m = attr(n, 'monthOfYear');
  const d = attr(n, 'dayOfMonth');
  if (y) return [m ? `${y}-${m.padStart(2, '0')}${d ? `-${d.padStart(2, '0')}` : ''}` : y];
  return uniq([attr(n, 'yearRangeFrom'), attr(n, 'yearRangeTo')]);
}

function identifier(n: XmlNode): Identifier | undefined {
  const value = attr(n, 'latinNumber') ?? attr(n, 'number');
  const code = attr(n, 'identificationTypeCode');
  const type = code === 'id' ? 'national_id' : code === 'regnumber' ? 'registration' : code === 'imo' ? 'imo' : identifierType(code ?? attr(n, 'identificationTypeDescription'));
  if (!value || !type) return undefined;
  return compact<Identifier>({ type, value, country: country(n) });
}

/** Maps one `sanctionEntity` of the EU Financial Sanctions File (XML 1.1) onto the canonical entity. */
export function mapEuRecord(n: XmlNode): ListEntity | string {
  const id = attr(n, 'euReferenceNumber') ?? attr(n, 'logicalId');
  if (!id) return 'no euReferenceNumber or logicalId';
  const names = children(n, 'nameAlias').filter((a) => dash(attr(a, 'wholeName')));
  const primary = names.find((a) => PRIMARY_LANGS.has(attr(a, 'nameLanguage') ?? '') && !isWeak(a)) ?? names.find((a) => !isWeak(a)) ?? names[0];
  if (!primary) return `${id}: no name`;
  const name = attr(primary, 'wholeName')!;
  const aliases: Alias[] = [];
  for (const a of names) {
    const whole = attr(a, 'wholeName')!;
    if (whole === name || aliases.some((x) => x.name === whole)) continue;
    aliases.push({ name: whole, quality: isWeak(a) ? 'weak' : 'strong', kind: 'aka' });
  }
  const code = attr(child(n, 'subjectType'), 'code') ?? attr(child(n, 'subjectType'), 'classificationCode');
  const person = code === 'person' || code === 'P';
  const nationalities = uniq(children(n, 'citizenship').map(country));
  const births = children(n, 'birthdate');
  const addresses = children(n, 'address').map(address).filter((a): a is Address => !!a);
  const gender = names.map((a) => attr(a, 'gender')).find(Boolean);
  const regulations = children(n, 'regulation');
  return compact<ListEntity>({
    id: `eu_fsf:${id}`,
    source: 'eu_fsf',
    sourceId: id,
    type: person ? 'person' : 'organization',
    name,
    aliases,
    programs: uniq(regulations.map((r) => attr(r, 'programme'))),
    nationalities,
    countries: uniq([...nationalities, ...addresses.map((a) => a.country)]),
    datesOfBirth: uniq(births.flatMap(birthdate)),
    placesOfBirth: uniq(births.map((b) => uniq([dash(attr(b, 'city')), dash(attr(b, 'place')), dash(attr(b, 'region')), attr(b, 'countryDescription') === 'UNKNOWN' ? undefined : attr(b, 'countryDescription')]).join(', '))),
    identifiers: children(n, 'identification').map(identifier).filter((i): i is Identifier => !!i),
    addresses,
    gender: gender === 'M' ? 'male' : gender === 'F' ? 'female' : undefined,
    title: uniq(names.map((a) => attr(a, 'title'))).join('; ') || undefined,
    remarks: uniq([...children(n, 'remark').map((r) => text(r)), attr(n, 'designationDetails'), ...names.map((a) => attr(a, 'function'))]).join(' | ') || undefined,
    listedOn: attr(n, 'designationDate') ?? regulations.map((r) => attr(r, 'entryIntoForceDate')).filter(Boolean).sort()[0],
    subList: attr(n, 'unitedNationId') ? `UN ${attr(n, 'unitedNationId')}` : undefined,
  });
}

/** Reads the EU Financial Sanctions File XML 1.1 as a stream. */
export function readEu(path: string): Promise<ReaderOutput> {
  path = fileIn(path, /\.xml$/i, 'EU FSF .xml');
  return readXmlList(path, { label: 'an EU FSF export', root: 'export', records: RECORDS, map: mapEuRecord, dateAttr: 'generationDate' });
}
