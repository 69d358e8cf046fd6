import type { Identifier } from '@screening/schemas';
import { conflictsWhenDifferent, identifierLabel, identifierValid, idStrength, idType, normIdentifier } from '../identifiers';
import type { Target } from './target';
import { type AddressHit, compareAddress } from '../address';

/** Share of the query address's findable words a listed address must hold to agree. */
export const ADDRESS_MIN_COVERAGE = 0.5;

/**
 * Additive adjustments of the name score by secondary attributes; each one is explained.
 * countryMismatch: a query country that none of the listed countries (nationalities, addresses) holds is evidence
 * against the identity, as in yente's logic-v2 (country_mismatch −0.2); −0.16 here: more than the 0.15 between a perfect
 * name alone (NAME_SCALE 0.92) and the default threshold 0.77, so an exact name of another country ("Luo Jie" of TW against a
 * listed Luo Jie of CN/HK) is a near match (review band), not a match; −0.2 cost true dev queries.
 */
export const ADJUST = {
  dobExact: 0.05,
  dobYear: 0.02,
  dobNear: -0.04,
  dobConflict: -0.3,
  countryMatch: 0.02,
  countryMismatch: -0.16,
  addressCity: 0.01,
  addressStreet: 0.03,
  typeMismatch: -0.3,
  genderMismatch: -0.12,
  idConflict: -0.3,
  passportConflict: -0.15,
} as const;

/** Score of a name-independent decisive identifier match (IMO, LEI, INN, OGRN, BIC, passport, crypto address, …). */
export const DECISIVE_SCORE = 0.97;
/** Score floor of an equal supporting identifier (phone, website): a potential match to confirm, not a decision. */
export const SUPPORTING_SCORE = 0.8;

export interface FeatureResult {
  adjust: number;
  decisive: boolean;
  /** an equal phone or website: lifts the score to SUPPORTING_SCORE (potential) */
  supporting?: boolean;
  /** a street-level address agreement (number and street or city words) */
  address?: AddressHit;
  /** the identifier that matched, for the explanation and `matchedOn` */
  identifier?: { type: string; value: string };
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

function compareIds(q: Identifier[], l: Identifier[]) {
  let equal: Identifier | undefined;
  let support: Identifier | undefined;
  let conflict: { type: string; q: string; l: string } | undefined;
  for (const a of q) {
    const strength = idStrength(a.type);
    const same = l.filter((b) => idType(b.type) === idType(a.type));
    if (same.some((b) => normIdentifier(b.type, b.value) === normIdentifier(a.type, a.value) && (!a.country || !b.country || a.country === b.country))) {
      if (strength === 'decisive') equal ??= a;
      else if (strength === 'supporting') support ??= a;
    } else if (same.length && conflictsWhenDifferent(a.type)) {
      const b = same.find((x) => !a.country || !x.country || a.country === x.country);
      if (b) conflict ??= { type: idType(a.type), q: a.value, l: b.value };
    }
  }
  return { equal, support, conflict };
}

function idReason(id: Identifier, what: string): string {
  const valid = identifierValid(id.type, id.value);
  return `${identifierLabel(id.type)} ${id.value} ${what}${valid === false ? ' (its check digits do not verify: a mistyped or made-up number?)' : ''}`;
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
  const street = q.addressWords.length ? compareAddress(q.addressWords[0]!.tokens, l.addressWords) : undefined;
  if (street && street.coverage >= ADDRESS_MIN_COVERAGE) {
    out.address = street;
    add('address', 'match', ADJUST.addressStreet, `the address shares ${street.shared.join(' ')} with the listed ${street.address}`);
  } else if (q.addresses.length && l.cities.length) {
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
    out.identifier = { type: idType(ids.equal.type), value: ids.equal.value };
    out.features.identifier = 'match';
    out.reasons.push(idReason(ids.equal, 'equals the listed one: an identifier hit decides'));
  } else if (ids.conflict) {
    const adj = ids.conflict.type === 'passport' ? ADJUST.passportConflict : ADJUST.idConflict;
    add('identifier', 'conflict', adj, `${identifierLabel(ids.conflict.type)} ${ids.conflict.q} differs from the listed ${ids.conflict.l}`);
  } else if (ids.support) {
    out.supporting = true;
    out.identifier = { type: idType(ids.support.type), value: ids.support.value };
    out.features.identifier = 'supporting';
    out.reasons.push(idReason(ids.support, 'equals the listed one (supports a match; shared numbers exist, so it does not decide)'));
  }
  return out;
}
