import type { Identifier } from '@screening/schemas';
import type { Target } from './target';

/** Additive adjustments of the name score by secondary attributes; each one is explained. */
export const ADJUST = {
  dobExact: 0.05,
  dobYear: 0.02,
  dobNear: -0.04,
  dobConflict: -0.3,
  countryMatch: 0.02,
  countryMismatch: -0.05,
  addressCity: 0.01,
  typeMismatch: -0.3,
  genderMismatch: -0.12,
  idConflict: -0.3,
  passportConflict: -0.15,
} as const;

/** Score of a name-independent decisive identifier match (IMO, LEI, INN, OGRN, BIC, passport with country). */
export const DECISIVE_SCORE = 0.97;
const STRONG_IDS = new Set(['imo', 'lei', 'inn', 'ogrn', 'swift_bic', 'passport', 'registration', 'mmsi', 'tax', 'national_id', 'vat']);
const REGISTRY_IDS = new Set(['imo', 'lei', 'inn', 'ogrn', 'registration', 'mmsi', 'tax', 'vat']);

export interface FeatureResult {
  adjust: number;
  decisive: boolean;
  features: Record<string, number | string>;
  reasons: string[];
}

function compareDates(q: string, list: string[]): { verdict: string; adjust: number; why: string } | undefined {
  if (!q || list.length === 0) return undefined;
  let best: { verdict: string; adjust: number; why: string } | undefined;
  const rank = (v: string) => ['exact', 'year', 'near', 'conflict'].indexOf(v);
  for (const l of list) {
    const [qy, qm, qd] = q.split('-');
    const [ly, lm, ld] = l.split('-');
    const dy = Math.abs(Number(qy) - Number(ly));
    let r: { verdict: string; adjust: number; why: string };
    if (q === l && q.length === 10) r = { verdict: 'exact', adjust: ADJUST.dobExact, why: `date of birth ${q} equals the listed one` };
    else if (dy === 0 && (!qm || !lm || (qm === lm && (!qd || !ld || qd === ld))))
      r = { verdict: 'year', adjust: ADJUST.dobYear, why: `date of birth ${q} agrees with the listed ${l}` };
    else if (dy <= 1) r = { verdict: 'near', adjust: ADJUST.dobNear, why: `date of birth ${q} is close to but not the listed ${l}` };
    else r = { verdict: 'conflict', adjust: ADJUST.dobConflict, why: `date of birth ${q} contradicts the listed ${list.join(', ')}` };
    if (!best || rank(r.verdict) < rank(best.verdict)) best = r;
  }
  return best;
}

const idType = (t: string) => (t === 'swift' || t === 'bic' ? 'swift_bic' : t);
const NUMERIC_IDS = new Set(['imo', 'mmsi', 'inn', 'ogrn']);

/** Identifier value as compared: upper-case alphanumerics; numeric registers keep digits only ("IMO 9187629" → 9187629). */
export function normIdentifier(type: string, value: string): string {
  const v = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return NUMERIC_IDS.has(idType(type)) ? v.replace(/\D/g, '') : v;
}

/** Key of an identifier in the index: type and normalised value. */
export const identifierKey = (type: string, value: string) => `${idType(type)}:${normIdentifier(type, value)}`;

function compareIds(q: Identifier[], l: Identifier[]) {
  let equal: Identifier | undefined;
  let conflict: { type: string; q: string; l: string } | undefined;
  for (const a of q) {
    const same = l.filter((b) => idType(b.type) === idType(a.type));
    if (same.some((b) => normIdentifier(b.type, b.value) === normIdentifier(a.type, a.value) && (!a.country || !b.country || a.country === b.country))) {
      if (STRONG_IDS.has(idType(a.type))) equal ??= a;
    } else if (same.length && (REGISTRY_IDS.has(idType(a.type)) || idType(a.type) === 'passport')) {
      const b = same.find((x) => !a.country || !x.country || a.country === x.country);
      if (b) conflict ??= { type: idType(a.type), q: a.value, l: b.value };
    }
  }
  return { equal, conflict };
}

const personish = (t: string) => t === 'person';
const objectish = (t: string) => t === 'vessel' || t === 'aircraft';
const orgish = (t: string) => t === 'organization';

/** A person is not an organisation, and neither is a vessel or an aircraft; "unknown" conflicts with nothing. */
export function typesConflict(a: string, b: string): boolean {
  if (a === 'unknown' || b === 'unknown' || a === b) return false;
  return personish(a) || personish(b) || objectish(a) !== objectish(b) || (orgish(a) && objectish(b));
}

/** Compares the attributes other than names; a missing attribute on either side is "absent" and moves nothing. */
export function compareFeatures(q: Target, l: Target): FeatureResult {
  const out: FeatureResult = { adjust: 0, decisive: false, features: {}, reasons: [] };
  const add = (key: string, value: number | string, adjust: number, why: string) => {
    out.features[key] = value;
    out.adjust += adjust;
    if (adjust !== 0) out.reasons.push(`${why} (${adjust > 0 ? '+' : ''}${adjust.toFixed(2)})`);
  };
  if (typesConflict(q.type, l.type)) {
    add('type', 'mismatch', ADJUST.typeMismatch, `the query is a ${q.type}, the listed entity a ${l.type}`);
  } else if (q.type !== 'unknown' && q.type === l.type) out.features.type = 'match';
  const dob = compareDates(q.dobs[0] ?? '', l.dobs);
  if (dob) add('dateOfBirth', dob.verdict, dob.adjust, dob.why);
  if (q.countries.length && l.countries.length) {
    const shared = q.countries.filter((c) => l.countries.includes(c));
    if (shared.length) add('country', 'match', ADJUST.countryMatch, `country ${shared.join(', ')} is listed`);
    else add('country', 'mismatch', ADJUST.countryMismatch, `countries ${q.countries.join(', ')} differ from the listed ${l.countries.join(', ')}`);
  }
  if (q.addresses.length && l.cities.length) {
    const text = ` ${q.addresses.join(' ')} `;
    const city = l.cities.find((c) => text.includes(` ${c} `));
    if (city) add('address', 'match', ADJUST.addressCity, `the address names the listed city ${city}`);
  }
  if (q.gender && l.gender) {
    if (q.gender === l.gender) out.features.gender = 'match';
    else add('gender', 'mismatch', ADJUST.genderMismatch, `gender ${q.gender} differs from the listed ${l.gender}`);
  }
  const ids = compareIds(q.identifiers, l.identifiers);
  if (ids.equal) {
    out.decisive = true;
    out.features.identifier = 'match';
    out.reasons.push(`identifier ${ids.equal.type} ${ids.equal.value} equals the listed one (decisive)`);
  } else if (ids.conflict) {
    const adj = ids.conflict.type === 'passport' ? ADJUST.passportConflict : ADJUST.idConflict;
    add('identifier', 'conflict', adj, `${ids.conflict.type} ${ids.conflict.q} differs from the listed ${ids.conflict.l}`);
  }
  return out;
}
