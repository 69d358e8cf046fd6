/**
 * Identifiers as the matcher compares them: one normalisation per type (so that `IMO 9187629` = `9187629`, a BIC8 =
 * the same BIC11 with branch `XXX`, `+7 495 …` = `8 (495) …`, on their last 8 digits), a check of the standard's check digits where one is
 * defined (reported, never a reason to refuse), and how much an equal value proves.
 *
 * | type | normalised as | check (source) |
 * | imo | the 7 digits | IMO check digit: digits 1–6 × 7…2, sum mod 10 = digit 7 (IMO Res. A.1117(30), 2017; SOLAS XI-1/3) |
 * | mmsi | the 9 digits | none defined (ITU-R M.585-9): 9 digits |
 * | swift_bic | upper-case; compared on the 8-character institution code (an 11-character BIC is a branch of it, `XXX` the head office) | structure 4 letters + ISO country + 2 + optional 3 (ISO 9362:2022) |
 * | lei | upper-case, 20 characters | ISO 7064 MOD 97-10 = 1 (ISO 17442-1:2020) |
 * | inn | digits | check digits of the Russian taxpayer number (FNS order ММВ-7-6/435@, 2012; 10 or 12 digits) |
 * | ogrn | digits | 13 digits: first 12 mod 11 mod 10; OGRNIP 15: first 14 mod 13 mod 10 (RF Government Decree 438 of 2002) |
 * | email | lower-case, no `mailto:` | — |
 * | phone | the last 8 digits: what the national significant number keeps whether written with country code (`+971 4 123 4567`), trunk prefix (`04 123 4567`, Russian `8 495 …`) or neither (NSNs are 8+ digits in most plans; ITU-T E.164) | — |
 * | crypto | without a leading ticker (`XBT 1A1z…`); hex (0x…) and bech32/cashaddr (`bc1…`, `ltc1…`, `bitcoincash:q…`) lower-case (case-insensitive formats); base58 (Bitcoin legacy, Tron, Monero, XRP…) case kept (case-sensitive) | — |
 * | website | host and path, lower-case, without scheme, `www.` and trailing `/` | — |
 * | others | upper-case letters and digits | — |
 */

export type IdStrength = 'decisive' | 'supporting';

/**
 * Types whose equal value identifies the holder (a hit decides: band strong). Phone numbers and websites are
 * shared by offices, agents and front companies: an equal one supports a match but does not decide it.
 */
const DECISIVE = new Set(['imo', 'mmsi', 'swift_bic', 'lei', 'inn', 'ogrn', 'passport', 'national_id', 'registration', 'tax', 'vat', 'email', 'crypto', 'isin', 'aircraft_msn']);
const SUPPORTING = new Set(['phone', 'website']);

/** Registers whose numbers are unique per holder: a different value of the same type contradicts the match. */
const REGISTRY = new Set(['imo', 'lei', 'inn', 'ogrn', 'registration', 'mmsi', 'tax', 'vat', 'swift_bic', 'passport']);

/** Legacy spellings of types in stored data → canonical (the schema maps client spellings). */
export const idType = (t: string) => (t === 'swift' || t === 'bic' ? 'swift_bic' : t);

export function idStrength(type: string): IdStrength | undefined {
  const t = idType(type);
  return DECISIVE.has(t) ? 'decisive' : SUPPORTING.has(t) ? 'supporting' : undefined;
}

export const conflictsWhenDifferent = (type: string) => REGISTRY.has(idType(type));

function trimEnd(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

const alnum = (v: string) => v.toUpperCase().replace(/[^A-Z0-9]/g, '');
const digits = (v: string) => v.replace(/\D/g, '');

/** bech32 human-readable parts and cashaddr prefixes: case-insensitive formats (BIP 173; Bitcoin Cash cashaddr spec). */
const CASE_INSENSITIVE_CRYPTO = /^(?:0x[0-9a-f]{40}$|bc1|tb1|ltc1|bitcoincash:|bchtest:|zs1|tltc1|[qp][02-9ac-hj-np-z]{41}$)/i;

function crypto(value: string): string {
  // "XBT 1A1zP1eP…", "ETH: 0x…", "USDT TE3m…": a ticker before the address is not part of it
  const words = value.trim().split(/\s+/);
  const v = (words.length === 2 && /^[A-Z]{2,6}:?$/i.test(words[0]!) && words[1]!.length >= 20 ? words[1]! : words.join(''));
  return CASE_INSENSITIVE_CRYPTO.test(v) ? v.toLowerCase() : v;
}

/** The value as compared (see the table in the module comment). */
export function normIdentifier(type: string, value: string): string {
  switch (idType(type)) {
    case 'imo':
      return digits(value.replace(/^\s*IMO\s*/i, ''));
    case 'mmsi':
    case 'inn':
    case 'ogrn':
      return digits(value);
    case 'swift_bic':
      return alnum(value).slice(0, 8);
    case 'email':
      return value.trim().replace(/^mailto:/i, '').toLowerCase();
    case 'phone': {
      const d = digits(value);
      return d.length > 8 ? d.slice(-8) : d;
    }
    case 'crypto':
      return crypto(value);
    case 'website':
      return trimEnd(value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, ''), '/');
    default:
      return alnum(value);
  }
}

/** Key of an identifier in the index: type and normalised value. */
export const identifierKey = (type: string, value: string) => `${idType(type)}:${normIdentifier(type, value)}`;

const sumOf = (ds: string, weights: number[]) => weights.reduce((s, w, i) => s + w * Number(ds[i]), 0);

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const n = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of n) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/**
 * Whether the value passes its standard's check (see the table above); undefined where the type has none. A failed
 * check is reported in the explanation and never refuses the value: lists and clients carry mistyped numbers.
 */
export function identifierValid(type: string, value: string): boolean | undefined {
  const t = idType(type);
  const v = t === 'swift_bic' ? alnum(value) : normIdentifier(t, value);
  switch (t) {
    case 'imo':
      return /^\d{7}$/.test(v) && sumOf(v, [7, 6, 5, 4, 3, 2]) % 10 === Number(v[6]);
    case 'mmsi':
      return /^\d{9}$/.test(v);
    case 'lei':
      return /^[A-Z0-9]{18}\d{2}$/.test(v) && mod97(v) === 1;
    case 'swift_bic':
      return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(v);
    case 'inn': {
      const c = (w: number[]) => (sumOf(v, w) % 11) % 10;
      if (/^\d{10}$/.test(v)) return c([2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(v[9]);
      if (/^\d{12}$/.test(v)) return c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(v[10]) && c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(v[11]);
      return false;
    }
    case 'ogrn':
      if (/^\d{13}$/.test(v)) return Number(BigInt(v.slice(0, 12)) % 11n % 10n) === Number(v[12]);
      if (/^\d{15}$/.test(v)) return Number(BigInt(v.slice(0, 14)) % 13n % 10n) === Number(v[14]);
      return false;
    default:
      return undefined;
  }
}

/** How an identifier is named in explanations. */
export const IDENTIFIER_LABEL: Record<string, string> = {
  imo: 'IMO number', mmsi: 'MMSI', swift_bic: 'SWIFT/BIC', lei: 'LEI', inn: 'INN', ogrn: 'OGRN', passport: 'passport', national_id: 'national id',
  registration: 'registration number', tax: 'tax number', vat: 'VAT number', email: 'e-mail', phone: 'phone', crypto: 'crypto wallet address',
  website: 'website', isin: 'ISIN', aircraft_msn: 'aircraft serial number',
};

export const identifierLabel = (type: string) => IDENTIFIER_LABEL[idType(type)] ?? idType(type);
