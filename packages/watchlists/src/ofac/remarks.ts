import type { Identifier, Link } from '@screening/schemas';
import { countryCode } from '@screening/matching';

export interface ParsedRemarks {
  datesOfBirth: string[];
  placesOfBirth: string[];
  nationalities: string[];
  gender?: 'male' | 'female';
  identifiers: Identifier[];
  aliases: { name: string; quality: 'strong' | 'weak'; kind: string }[];
  links: Link[];
  countries: string[];
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "01 Jun 1961" → 1961-06-01, "Jun 1961" → 1961-06, "1961" → 1961; ranges keep both ends' years. */
export function parseOfacDate(text: string): string[] {
  const out: string[] = [];
  // whitespace runs collapsed first and word starts anchored (\b), so that the scan is linear (no ReDoS)
  for (const m of text.replace(/\s+/g, ' ').matchAll(/(?:\b(\d{1,2}) )?(?:\b([A-Za-z]{3})[a-z]* )?(\d{4})/g)) {
    const [, d, mon, y] = m;
    const mm = mon ? MONTHS[mon.toLowerCase()] : undefined;
    if (mm && d) out.push(`${y}-${mm}-${d.padStart(2, '0')}`);
    else if (mm) out.push(`${y}-${mm}`);
    else out.push(y!);
  }
  return out;
}

/** Identifier labels in OFAC remarks → canonical identifier types. Longest labels first. */
const ID_LABELS: [RegExp, string][] = [
  [/^Vessel Registration Identification IMO\s+/i, 'imo'],
  [/^IMO\s+/i, 'imo'],
  [/^MMSI\s+/i, 'mmsi'],
  [/^Passport\s+/i, 'passport'],
  [/^National ID No\.\s*/i, 'national_id'],
  [/^Cedula No\.\s*/i, 'national_id'],
  [/^Tax ID No\.\s*/i, 'tax'],
  [/^(?:Registration|Business Registration) (?:ID|Number)\s*/i, 'registration'],
  [/^Government Gazette Number\s*/i, 'registration'],
  [/^SWIFT\/BIC\s+/i, 'bic'],
  [/^Legal Entity Number\s+/i, 'lei'],
  [/^Aircraft Manufacturer's Serial Number \(MSN\)\s+/i, 'aircraft_msn'],
  [/^Digital Currency Address - (\w+)\s+/i, 'crypto'],
  [/^Email Address\s+/i, 'email'],
  [/^Website\s+/i, 'website'],
  [/^Phone Number\s+/i, 'phone'],
  [/^C\.U\.R\.P\.\s*/i, 'national_id'],
  [/^D\.N\.I\.\s*/i, 'national_id'],
  [/^R\.F\.C\.\s*/i, 'tax'],
  [/^NIT #\s*/i, 'tax'],
  [/^RUC #\s*/i, 'tax'],
  [/^UK Company Number\s*/i, 'registration'],
  [/^Identification Number\s*/i, 'national_id'],
];

function identifier(fact: string): Identifier | undefined {
  for (const [re, type] of ID_LABELS) {
    const m = re.exec(fact);
    if (!m) continue;
    // "Passport 484824 (Egypt) issued 18 Jan 1984": the issue/expiry dates follow the country
    let rest = fact.slice(m[0].length).split(/\s(?:issued|expires)\b/i)[0]!.trim();
    let country: string | undefined;
    const c = /\(([^()]+)\)\s*$/.exec(rest);
    if (c) {
      country = countryCode(c[1]);
      rest = rest.slice(0, c.index).trim();
    }
    rest = rest.replace(/[.,]$/, '').replace(/^(?:No\.|#)\s*/i, '');
    if (!rest) return undefined;
    const value = rest.trim();
    if (!value || /^issued\b/i.test(value)) return undefined;
    return country ? { type, value, country } : { type, value };
  }
  return undefined;
}

const stripSuffix = (s: string, suffix: string) => (s.length > suffix.length && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s);
const stripPrefix = (s: string, prefix: string) => (s.length > prefix.length && s.startsWith(prefix) ? s.slice(prefix.length) : s);

/**
 * Splits OFAC's free-text remarks into structured facts: DOB, POB, nationality/citizenship, gender, identifiers,
 * a.k.a./f.k.a. names and `Linked To:` links.
 */
export function parseRemarks(remarks: string | undefined): ParsedRemarks {
  const r: ParsedRemarks = { datesOfBirth: [], placesOfBirth: [], nationalities: [], identifiers: [], aliases: [], links: [], countries: [] };
  if (!remarks) return r;
  for (const raw of remarks.split(/;\s*/)) {
    const fact = raw.trim().replace(/^alt\.\s+/i, '');
    if (!fact) continue;
    let m: RegExpExecArray | null;
    if ((m = /^DOB\s+(\S.*)$/i.exec(fact))) r.datesOfBirth.push(...parseOfacDate(m[1]!));
    else if ((m = /^POB\s+(\S.*)$/i.exec(fact))) r.placesOfBirth.push(m[1]!.replace(/\.$/, ''));
    else if ((m = /^(?:nationality|citizen)\s+(\S.*)$/i.exec(fact))) {
      const cc = countryCode(m[1]!.replace(/\.$/, ''));
      if (cc) r.nationalities.push(cc);
    } else if ((m = /^Gender\s+(Male|Female)/i.exec(fact))) r.gender = m[1]!.toLowerCase() as 'male' | 'female';
    else if ((m = /^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+(\S.*)$/i.exec(fact))) {
      const kind = m[1]!.toLowerCase().replace(/\./g, '');
      // quotes and the final full stop taken off by string operations (a lazy group before optional suffixes backtracks)
      const listed = stripPrefix(stripSuffix(stripSuffix(m[2]!, '.'), "'"), "'");
      for (const name of listed.split(/'\s*,\s*'/)) r.aliases.push({ name: name.replace(/^'|'$/g, ''), quality: 'strong', kind });
    } else if ((m = /^Linked To:\s*(\S.*)$/i.exec(fact))) r.links.push({ relation: 'LinkedTo', targetName: stripSuffix(m[1]!, '.'), direction: 'outgoing' });
    else {
      const id = identifier(fact);
      if (id) r.identifiers.push(id);
    }
  }
  r.countries = [...new Set(r.nationalities)];
  return r;
}
