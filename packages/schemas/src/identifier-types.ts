/**
 * Identifier types the service knows (spec/api.md "Additions"), and the names clients, FtM and lists use for them.
 * The matcher normalises and compares each type by its own rules (packages/matching/src/identifiers).
 */
export const IDENTIFIER_TYPES = [
  'imo', 'mmsi', 'swift_bic', 'lei', 'inn', 'ogrn', 'passport', 'national_id', 'registration', 'tax', 'vat',
  'email', 'phone', 'crypto', 'website', 'isin', 'aircraft_msn', 'other',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

/** Other spellings of the types → the canonical type (compared lower-case, with `-`, space and `.` as `_`). */
const SYNONYMS: Record<string, IdentifierType> = {
  imo_number: 'imo', imonumber: 'imo', imo_no: 'imo',
  mmsi_number: 'mmsi',
  bic: 'swift_bic', swift: 'swift_bic', swiftbic: 'swift_bic', swift_code: 'swift_bic', bic_code: 'swift_bic', swift_bic_code: 'swift_bic',
  lei_code: 'lei', leicode: 'lei',
  inn_code: 'inn', inncode: 'inn', taxpayer_id_ru: 'inn',
  ogrn_code: 'ogrn', ogrncode: 'ogrn', ogrnip: 'ogrn',
  passport_number: 'passport', passportnumber: 'passport', passport_no: 'passport',
  id: 'national_id', id_number: 'national_id', idnumber: 'national_id', national_id_number: 'national_id', nationalid: 'national_id', id_card: 'national_id', cedula: 'national_id',
  registration_number: 'registration', registrationnumber: 'registration', company_number: 'registration', reg: 'registration', business_registration: 'registration',
  tax_id: 'tax', tax_number: 'tax', taxnumber: 'tax', tin: 'tax', tax_id_number: 'tax',
  vat_code: 'vat', vatcode: 'vat', vat_number: 'vat',
  e_mail: 'email', mail: 'email', email_address: 'email',
  telephone: 'phone', tel: 'phone', phone_number: 'phone', mobile: 'phone',
  wallet: 'crypto', crypto_wallet: 'crypto', cryptowallet: 'crypto', wallet_address: 'crypto', digital_currency_address: 'crypto', public_key: 'crypto', publickey: 'crypto',
  url: 'website', web: 'website', site: 'website',
  msn: 'aircraft_msn',
};

const KNOWN = new Set<string>(IDENTIFIER_TYPES);

/** Canonical type of an identifier type as sent (unknown types are kept as sent, lower-cased). */
export function canonicalIdentifierType(raw: string): string {
  let t = raw.trim().toLowerCase().replace(/[\s.\-/]+/g, '_');
  let a = 0;
  let b = t.length;
  while (a < b && t[a] === '_') a++;
  while (b > a && t[b - 1] === '_') b--;
  t = t.slice(a, b);
  // the result must be a fixed point (job payloads are parsed again by the worker): punctuation alone is `other`,
  // and only the table's own entries count (not `constructor` or `__proto__` of its prototype)
  if (!t) return 'other';
  return KNOWN.has(t) ? t : Object.hasOwn(SYNONYMS, t) ? SYNONYMS[t]! : t;
}
