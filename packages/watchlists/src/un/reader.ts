import { countryCode } from '@screening/matching';
import type { Address, Alias, Identifier, ListEntity } from '@screening/schemas';
import { compact, type ReaderOutput, uniq } from '../reader-types';
import { readXmlList } from '../xml/list';
import { fileIn } from '../version';
import { children, text, texts, type XmlNode } from '../xml/stream';

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);

/** UN alias QUALITY → canonical quality and kind (Low = weak; f.k.a. = former name). */
function alias(n: XmlNode): Alias | undefined {
  const name = text(n, 'ALIAS_NAME');
  if (!name) return undefined;
  const q = (text(n, 'QUALITY') ?? '').toLowerCase();
  if (q === 'low') return { name, quality: 'weak', kind: 'aka' };
  return { name, quality: 'strong', kind: q === 'f.k.a.' ? 'fka' : 'aka' };
}

/** DATE (YYYY-MM-DD…), YEAR, or FROM_YEAR/TO_YEAR (both ends kept). */
function dob(n: XmlNode): string[] {
  const date = text(n, 'DATE')?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return [date];
  const year = text(n, 'YEAR');
  if (year) return [year];
  return uniq([text(n, 'FROM_YEAR'), text(n, 'TO_YEAR')]);
}

function address(n: XmlNode): Address | undefined {
  const country = text(n, 'COUNTRY');
  const parts = uniq([text(n, 'STREET'), text(n, 'CITY'), text(n, 'STATE_PROVINCE'), text(n, 'ZIP_CODE'), country]);
  if (!parts.length) return undefined;
  return compact<Address>({
    full: parts.join(', '),
    street: text(n, 'STREET'),
    city: text(n, 'CITY'),
    region: text(n, 'STATE_PROVINCE'),
    postalCode: text(n, 'ZIP_CODE'),
    country: countryCode(country) ?? country,
  });
}

function documentType(raw: string | undefined): string {
  const t = (raw ?? '').toLowerCase();
  if (/pass|pasap/.test(t)) return 'passport';
  if (/national|identi|id card|cédula|cedula/.test(t)) return 'national_id';
  return 'other';
}

function identifier(n: XmlNode): Identifier | undefined {
  const value = text(n, 'NUMBER');
  if (!value) return undefined;
  const country = countryCode(text(n, 'ISSUING_COUNTRY') ?? text(n, 'COUNTRY_OF_ISSUE'));
  return compact<Identifier>({ type: documentType(text(n, 'TYPE_OF_DOCUMENT')), value, country });
}

/** Maps one INDIVIDUAL or ENTITY record of the UN consolidated list onto the canonical entity. */
export function mapUnRecord(n: XmlNode): ListEntity | string {
  const person = n.name === 'INDIVIDUAL';
  const ref = text(n, 'REFERENCE_NUMBER') ?? text(n, 'DATAID');
  if (!ref) return 'no REFERENCE_NUMBER or DATAID';
  const name = uniq([text(n, 'FIRST_NAME'), text(n, 'SECOND_NAME'), text(n, 'THIRD_NAME'), text(n, 'FOURTH_NAME')]).join(' ');
  if (!name) return `${ref}: no name`;
  const prefix = person ? 'INDIVIDUAL' : 'ENTITY';
  const aliases = children(n, `${prefix}_ALIAS`).map(alias).filter((a): a is Alias => !!a);
  const original = text(n, 'NAME_ORIGINAL_SCRIPT');
  if (original) aliases.push({ name: original, quality: 'strong', kind: 'original-script' });
  const nationalities = uniq(texts(n, 'NATIONALITY/VALUE').map((c) => countryCode(c)));
  const addresses = children(n, `${prefix}_ADDRESS`).map(address).filter((a): a is Address => !!a);
  const gender = text(n, 'GENDER')?.toLowerCase();
  return compact<ListEntity>({
    id: `un_sc:${ref}`,
    source: 'un_sc',
    sourceId: ref,
    type: person ? 'person' : 'organization',
    name,
    aliases,
    programs: uniq([text(n, 'UN_LIST_TYPE')]),
    nationalities,
    countries: uniq([...nationalities, ...addresses.map((a) => (a.country?.length === 2 ? a.country : undefined))]),
    datesOfBirth: uniq(children(n, 'INDIVIDUAL_DATE_OF_BIRTH').flatMap(dob)),
    placesOfBirth: uniq(
      children(n, 'INDIVIDUAL_PLACE_OF_BIRTH').map((p) => uniq([text(p, 'CITY'), text(p, 'STATE_PROVINCE'), text(p, 'COUNTRY')]).join(', ')),
    ),
    identifiers: children(n, 'INDIVIDUAL_DOCUMENT').map(identifier).filter((i): i is Identifier => !!i),
    addresses,
    gender: gender === 'male' || gender === 'female' ? gender : undefined,
    title: texts(n, 'TITLE/VALUE').join('; ') || undefined,
    listedOn: text(n, 'LISTED_ON'),
    remarks: text(n, 'COMMENTS1'),
  });
}

/** Reads the UN Security Council consolidated list XML as a stream. */
export function readUn(path: string): Promise<ReaderOutput> {
  path = fileIn(path, /\.xml$/i, 'UN consolidated .xml');
  return readXmlList(path, { label: 'a UN consolidated list', root: 'CONSOLIDATED_LIST', records: RECORDS, map: mapUnRecord, dateAttr: 'dateGenerated' });
}
