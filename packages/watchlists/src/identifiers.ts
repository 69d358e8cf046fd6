/** Identifier labels as lists print them → canonical identifier types (first match wins). */
const LABELS: [RegExp, string][] = [
  [/imo|vessel registration/i, 'imo'],
  [/mmsi/i, 'mmsi'],
  [/passport/i, 'passport'],
  [/swift|bic/i, 'bic'],
  [/legal entity number|\blei\b/i, 'lei'],
  [/\binn\b/i, 'inn'],
  [/\bogrn\b/i, 'ogrn'],
  [/tax|\bnit\b|\bruc\b|r\.f\.c|fiscal|vat/i, 'tax'],
  [/registration|regnumber|company number|business/i, 'registration'],
  [/national|identity|identification|cedula|c\.u\.r\.p|d\.n\.i|\bid\b/i, 'national_id'],
  [/serial number|\bmsn\b/i, 'aircraft_msn'],
  [/digital currency|crypto/i, 'crypto'],
  [/e-?mail/i, 'email'],
  [/website|\bweb\b/i, 'website'],
  [/phone/i, 'phone'],
];

/** Labels that describe a fact rather than an identifier (skipped). */
const NOT_IDS = /gender|sanctions|secondary|additional|effective date|expiration date|listing date|designation|executive order|organization type|target type|transactions prohibited|ifca|caatsa|fse|ssi|eo\s?\d/i;

/** Canonical identifier type of a label, or undefined when the label is not an identifier. */
export function identifierType(label: string | undefined): string | undefined {
  if (!label) return 'other';
  if (NOT_IDS.test(label)) return undefined;
  for (const [re, type] of LABELS) if (re.test(label)) return type;
  return 'other';
}

/** `IMO 9051648` → `9051648` for IMO numbers; other values trimmed. */
export function identifierValue(type: string, value: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  return type === 'imo' ? v.replace(/^IMO\s*/i, '') : v;
}
