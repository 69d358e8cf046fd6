import { countryCode, tokens } from '@screening/matching';
import { isTypoOf, type Party } from '@screening/schemas';
import Fuse from 'fuse.js';
import { type Place, PLACES } from '../tables/gazetteer';

/** A country or region recognised in a party's fields, with the text it came from. */
export interface Located {
  country: string;
  region?: string;
  /** which field: country, address, address.region, port, ... */
  via: string;
  text: string;
}

/** Gazetteer names by their token sequence ("nova kakhovka" → place); names have at most MAX_WORDS tokens. */
const PLACE_INDEX = new Map(PLACES.flatMap((p) => p.names.map((name) => [name, p] as const)));
const MAX_WORDS = Math.max(...[...PLACE_INDEX.keys()].map((n) => n.split(' ').length));

/**
 * Typo-tolerant lookup of single address words in the gazetteer vocabulary ("Sevastopl", "Simferopl", "Donestk"): fuse.js over
 * the one-word place names of at least FUZZY_MIN letters, with a strict threshold and the first letter fixed, so that ordinary
 * address words ("street", "industrial", "building") never reach it (tested). Exact names are looked up first.
 */
const FUZZY_MIN = 6;
export const FUZZY_THRESHOLD = 0.3;
const ONE_WORD = [...PLACE_INDEX.keys()].filter((n) => !n.includes(' ') && n.length >= FUZZY_MIN && /^[a-z]+$/.test(n));
const FUZZY = new Fuse(ONE_WORD, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: FUZZY_MIN - 1 });
const fuzzyMemo = new Map<string, Place | null>();

function fuzzyPlace(tok: string): Place | undefined {
  if (tok.length < FUZZY_MIN || !/^[a-z]+$/.test(tok)) return undefined;
  const memo = fuzzyMemo.get(tok);
  if (memo !== undefined) return memo ?? undefined;
  const best = FUZZY.search(tok, { limit: 1 })[0];
  const ok = best && (best.score ?? 1) <= FUZZY_THRESHOLD && isTypoOf(tok, best.item);
  const place = ok ? PLACE_INDEX.get(best.item) : undefined;
  if (fuzzyMemo.size > 5000) fuzzyMemo.clear();
  fuzzyMemo.set(tok, place ?? null);
  return place;
}

function placesIn(toks: string[]): Place[] {
  const out = new Set<Place>();
  for (let i = 0; i < toks.length; i++) {
    let key = '';
    for (let n = 0; n < MAX_WORDS && i + n < toks.length; n++) {
      key = n === 0 ? toks[i]! : `${key} ${toks[i + n]}`;
      const hit = PLACE_INDEX.get(key) ?? (n === 0 ? fuzzyPlace(key) : undefined);
      if (hit) out.add(hit);
    }
  }
  return [...out];
}
const ISO_REGION = /\b(UA)[-‐–\s]?(43|40|14|09|23|65)\b/i;

/** Countries written out in an address ("…, Ukraine", "…, Россия", "…, UAE"), one per comma/line segment. */
function explicitCountries(text: string): string[] {
  const out = new Set<string>();
  for (const seg of text.split(/[,;\n]/)) {
    const s = seg.trim();
    if (!s) continue;
    const code = countryCode(s) ?? countryCode(tokens(s).join(' '));
    if (code) out.add(code);
  }
  return [...out];
}

/**
 * Places in free text, Latin or Cyrillic. Regions always count (Crimea behind "UA"); a gazetteer country counts unless the text
 * names a different country outright ("St. Petersburg, FL, USA" is not Russia).
 */
export function locateText(text: string, via: string): Located[] {
  const explicit = explicitCountries(text);
  const out: Located[] = explicit.map((country) => ({ country, via, text }));
  const iso = ISO_REGION.exec(text);
  if (iso) out.push({ country: 'UA', region: `UA-${iso[2]}`, via, text });
  for (const place of placesIn(tokens(text))) {
    if (!place.region && explicit.length && !explicit.includes(place.country)) continue;
    out.push({ country: place.country, ...(place.region ? { region: place.region } : {}), via, text });
  }
  return dedupe(out);
}

export function dedupe(list: Located[]): Located[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.country}|${l.region ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every country and region a party's structured fields and free-text address point to. */
export function locateParty(p: Party): Located[] {
  const out: Located[] = [];
  if (p.country) out.push({ country: p.country, via: 'country', text: p.country });
  const a = p.address;
  if (typeof a === 'string') out.push(...locateText(a, 'address'));
  else if (a) {
    const c = countryCode(a.country);
    if (c) out.push({ country: c, via: 'address.country', text: a.country! });
    if (a.region) out.push(...locateText(a.region, 'address.region'));
    const rest = [a.full, a.street, a.city, a.postalCode].filter(Boolean).join(', ');
    if (rest) out.push(...locateText(rest, 'address'));
  }
  return dedupe(out);
}

/** Places of a route leg: its country plus a region named in the port or region text. */
export function locateLeg(leg: { country: string; port?: string | undefined; region?: string | undefined }): Located[] {
  const out: Located[] = [{ country: leg.country, via: 'route.country', text: leg.country }];
  for (const [field, text] of [['route.port', leg.port], ['route.region', leg.region]] as const) {
    if (text) out.push(...locateText(text, field).filter((l) => l.region || l.country === leg.country));
  }
  return dedupe(out);
}
