import type { Address } from '@screening/schemas';
import { countryCode } from './country';
import { toAscii } from './normalize/ascii';
import { canonicalPlaces } from './place-names';

/**
 * Addresses as the matcher compares them: ASCII (any script transliterated), lower-case, punctuation dropped, common
 * abbreviations spelled out, the country and filler words left out. Sources of the abbreviations: USPS Publication 28
 * Appendix C1 "Street Suffix Abbreviations" (2024); Royal Mail PAF programmer's guide (thoroughfare descriptors, 2023);
 * Russian Post address writing rules (Приказ ФГУП «Почта России» № 114-п, 2014: ул., пр-т, пер., д., корп., стр., обл.),
 * transliterated. Place names are compared as their English word (`place-names.ts`: "Москва" = "Moskau" = "Moscow").
 */
const WORDS: Record<string, string> = {
  st: 'street', str: 'street', strasse: 'street', rd: 'road', ave: 'avenue', av: 'avenue', avda: 'avenue', blvd: 'boulevard', bd: 'boulevard',
  ln: 'lane', dr: 'drive', hwy: 'highway', sq: 'square', pl: 'place', ct: 'court', cres: 'crescent', pkwy: 'parkway', ter: 'terrace',
  bldg: 'building', bld: 'building', fl: 'floor', flr: 'floor', ste: 'suite', apt: 'apartment', rm: 'room', po: 'pobox', box: 'pobox',
  ul: 'ulitsa', pr: 'prospekt', prosp: 'prospekt', per: 'pereulok', sh: 'shosse', nab: 'naberezhnaya', obl: 'oblast',
  d: 'dom', korp: 'korpus', k: 'korpus', kv: 'kvartira', g: 'gorod',
  no: '', nr: '', of: '', the: '', and: '', de: '', la: '', el: '', al: '',
};

/** Words that locate nothing on their own (they are kept for the display, not for finding). */
const GENERIC = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'drive', 'building', 'floor', 'suite', 'room', 'apartment', 'pobox', 'ulitsa', 'prospekt', 'pereulok', 'dom', 'korpus', 'gorod', 'oblast', 'city', 'office', 'unit', 'block', 'district', 'province', 'region']);

/** The comparable words of an address (free text or structured); the country is dropped (countries are compared apart). */
export function addressTokens(a: string | Address): string[] {
  const text = typeof a === 'string' ? a : [a.full ?? [a.street, a.city, a.region, a.postalCode].filter(Boolean).join(' ')].join(' ');
  const country = typeof a === 'string' ? undefined : a.country;
  // place names first ("St Petersburg" before "st" is read as street), as their English word (place-names.ts)
  const words = canonicalPlaces(toAscii(text).split(' ').filter(Boolean)).map((w) => WORDS[w] ?? w).filter(Boolean);
  // a trailing country name ("…, Moscow, Russia", "…, Russian Federation", "…, United Arab Emirates") adds nothing an
  // address search can use: drop the longest trailing run of up to three words that names a country
  for (let dropped = true; dropped && words.length > 1; ) {
    dropped = false;
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const tail = words.slice(-n);
      if (tail.some((w) => /\d/.test(w)) || countryCode(tail.join(' ')) === undefined) continue;
      words.splice(-n, n);
      dropped = true;
      break;
    }
  }
  if (country) {
    const c = toAscii(country);
    while (words.length && words[words.length - 1] === c) words.pop();
  }
  return [...new Set(words)];
}

/** Words that can find an address: numbers (house, postcode) and non-generic words of three letters or more. */
export const findable = (w: string) => /\d/.test(w) || (w.length >= 3 && !GENERIC.has(w));

export interface AddressHit {
  /** share of the query's findable words found in the listed address (0..1) */
  coverage: number;
  /** the listed address that matched */
  address: string;
  /** the query words found */
  shared: string[];
}

/**
 * Compares a query address with listed ones: the best listed address by the share of the query's findable words it
 * holds. It is a hit only when a number (house number or postcode) and a name word (street or city) agree: a city
 * alone or a house number alone finds nothing.
 */
export function compareAddress(q: string[], listed: Array<{ tokens: string[]; text: string }>): AddressHit | undefined {
  const want = q.filter(findable);
  if (want.length < 2) return undefined;
  let best: AddressHit | undefined;
  for (const l of listed) {
    const have = new Set(l.tokens);
    const shared = want.filter((w) => have.has(w));
    if (!shared.some((w) => /\d/.test(w)) || !shared.some((w) => !/\d/.test(w))) continue;
    const coverage = shared.length / want.length;
    if (!best || coverage > best.coverage) best = { coverage, address: l.text, shared };
  }
  return best;
}
