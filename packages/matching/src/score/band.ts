import type { FeatureResult } from './features';

/** How far a candidate goes: `strong` can block alone, `potential` is a match to confirm, `review` a near match (A7). */
export type Band = 'strong' | 'potential' | 'review';

export interface BandOptions {
  /** lower edge of the review band: candidates from here up to the match threshold come back with `match: false` */
  review: number;
  /** name score from which a matching name is near-exact (one of the two conditions of `strong`) */
  strongName: number;
}

/** Attribute verdicts that confirm the listed entity (not only its name). */
const CORROBORATING: Record<string, readonly string[]> = {
  dateOfBirth: ['exact', 'year'],
  country: ['match'],
  address: ['match'],
  identifier: ['match'],
};

/**
 * Band of a scored candidate. `strong`: an identifier equal to the listed one (decisive), or a near-exact name with
 * at least one corroborating attribute (date of birth, country, address city or identifier agree) and no attribute
 * contradicting it. Otherwise a match is `potential`; below the match threshold but at or above `review`, `review`;
 * below that, no band (not returned).
 */
export function bandOf(score: number, threshold: number, nameScore: number, f: FeatureResult, o: BandOptions): Band | undefined {
  if (score < threshold) return score >= Math.min(o.review, threshold) ? 'review' : undefined;
  if (f.decisive) return 'strong';
  const contradicted = Object.values(f.features).some((v) => v === 'mismatch' || v === 'conflict' || v === 'near');
  // a country where the name is common does not confirm a common name (common-names.ts): potential at most
  const corroborated = Object.entries(CORROBORATING).some(
    ([k, ok]) => ok.includes(String(f.features[k])) && !(k === 'country' && f.features.commonName === 'common-in-country'),
  );
  return nameScore >= o.strongName && corroborated && !contradicted ? 'strong' : 'potential';
}
