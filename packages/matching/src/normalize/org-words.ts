import { nameKey } from './name-key';

/**
 * Organisation wording (issue 10, UK list variations of one organisation's name: "Oil & Gas Production Company" /
 * "Oil & Gas Company", "Southern Zagross" / "South Zagros", "Azar Ab Ind Co" / "Azarab Industrial Company", "Kamensky
 * Plant" / "Kamensky Combine", "Display Design Office" / "Display Design Bureau", "Iranian Space Organisation" /
 * "Iranian Space Agency", "Group of Companies" / "Group of Company").
 *
 * One generic word of an organisation's name is written in several forms — singular and plural, noun and adjective,
 * British and American spelling, the usual abbreviation — and the lists translate one word of the source language
 * by several English words (Russian завод and комбинат both "plant"/"works"/"combine", бюро "bureau"/"office"; Persian
 * سازمان "organisation"/"agency", صنایع "industries"/"industrial"; sources: the UK list's own variations, the Oxford
 * English Dictionary for the English forms, ISO 9 / BGN-PCGN Russian for the transliterated zavod, kombinat, byuro).
 * Each row below is one such word; its forms share one comparison key (the name-key of the first form) in
 * organisation names.
 *
 * The compass adjectives (south/southern …) are one word too but stay distinctive (South Pars is not North Pars).
 * Every other row is a generic word: it weighs like stop-tokens GENERIC_WORDS when no list statistics are at hand.
 */
const ROWS: string[][] = [
  ['industry', 'industries', 'industrial', 'ind', 'inds', 'indus', 'sanaye', 'sanayi'],
  ['company', 'companies'],
  ['plant', 'plants', 'factory', 'factories', 'works', 'combine', 'combinat', 'kombinat', 'zavod', 'zavody', 'mill', 'mills'],
  ['bureau', 'bureaux', 'bureaus', 'office', 'offices', 'byuro', 'buro'],
  ['organization', 'organisation', 'organizations', 'organisations', 'agency', 'agencies', 'authority', 'authorities', 'committee', 'administration'],
  ['production', 'productions', 'producing', 'producer', 'producers'],
  ['manufacturing', 'manufacture', 'manufacturer', 'manufacturers'],
  ['center', 'centre', 'centers', 'centres', 'tsentr'],
  ['institute', 'institutes', 'institution', 'institut', 'instituto'],
  ['group', 'groups', 'gruppa'],
  ['research', 'researches'],
  ['scientific', 'science', 'sciences', 'nauchnyy', 'nauchno'],
  ['business', 'businesses'],
  ['technology', 'technologies', 'technological', 'tekhnologii'],
  ['system', 'systems'],
  ['service', 'services'],
  ['product', 'products'],
  ['engineering', 'engineer', 'engineers'],
  ['complex', 'complexes'],
  ['association', 'associations', 'obyedineniye', 'obedinenie'],
  ['enterprise', 'enterprises', 'predpriyatiye', 'predpriiatie'],
  // Russian машиностроительный "machine-building" as BGN/PCGN, ISO 9 and the lists transliterate it
  ['machinebuilding', 'mashinostroitelnyy', 'mashinostroitelnyi', 'mashinostroitelny', 'mashinostroitelniy', 'mashinostroitelnij', 'mashinostroyeniye', 'mashinostroyeniya', 'mashinostroenie', 'mashinostroeniia'],
];
const COMPASS: string[][] = [
  ['south', 'southern'],
  ['north', 'northern'],
  ['east', 'eastern'],
  ['west', 'western'],
];

const CANON = new Map<string, string>();
// a key of SHORT_WORD (3) letters or fewer would be compared as written (token-sim.ts sameWord): "south" keys as "sut"
for (const row of [...ROWS, ...COMPASS]) {
  const k = nameKey(row[0]!);
  for (const w of row) CANON.set(w, k.length > 3 ? k : row[0]!);
}
const GENERIC = new Set<string>(ROWS.flat());
/** The comparison keys of the generic rows (isGenericOrgWord takes a form or a key). */
const GENERIC_KEYS = new Set<string>([...GENERIC].map((w) => CANON.get(w)!));
/** Every form of the generic words (stop-tokens GENERIC_WORDS includes them). */
export const GENERIC_ORG_WORDS: readonly string[] = [...GENERIC];

/** The comparison key of a word of an organisation's name: the name-key of the first form of its row, else the key as it was. */
export function orgWordKey(ascii: string, key: string): string {
  return CANON.get(ascii) ?? key;
}

/** Whether a word (ASCII form or comparison key) is one of the generic organisation words above. */
export function isGenericOrgWord(word: string): boolean {
  return GENERIC.has(word) || GENERIC_KEYS.has(word);
}
