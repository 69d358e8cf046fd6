import { GENERIC_ORG_WORDS } from './org-words';

/**
 * Tokens that carry little identity. They are never dropped (a name made only of them is still compared),
 * only weighted down: connectives and articles, Arabic/Hebrew/Spanish/Dutch name particles.
 */
export const STOP_TOKENS = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'della', 'la', 'le', 'les', 'des', 'du', 'y', 'e', 'et', 'und', 'da', 'di', 'do', 'dos', 'das',
  'van', 'von', 'der', 'den', 'ten', 'ter', 'al', 'el', 'ul', 'ad', 'ash', 'as', 'ar', 'at', 'az', 'an', 'bin', 'ben', 'ibn', 'bint', 'bn',
  've', 'i', 'u', 'a', 'na', 'po', 'im', 'fi', 'li', 'st',
]);

/** Patronymic endings (Slavic): a patronymic identifies less than a given name or a surname. */
// Belarusian Łacinka/BGN forms too: -avich (Aliaksandravich), -auna / -euna (Piatrouna, Mikalaeuna)
// German-style transliterations too: -owitsch / -ewitsch / -owytsch (Iwanowitsch), -owna
// Ukrainian/Belarusian -ovyč/-avyč without the háček: -ovyc / -evyc / -avyc (Ivanovyc)
const PATRONYMIC = /(ovich|evich|ovych|evych|avich|ovyc|evyc|avyc|ovna|evna|auna|euna|ouna|ichna|ivna|yevich|ievich|owitsch|ewitsch|owytsch|owna|ogly|oglu|kyzy|qizi)$/;

export function isPatronymic(token: string): boolean {
  return token.length > 6 && PATRONYMIC.test(token);
}

/**
 * Generic business words: used when no list statistics are at hand (compare() without an index), so that
 * "Global Trading Company" does not weigh like a distinctive name. With an index, rarity weights replace this.
 */
export const GENERIC_WORDS = new Set([
  'trading', 'trade', 'traders', 'general', 'international', 'intl', 'global', 'group', 'holding', 'holdings', 'industries', 'industry',
  'industrial', 'services', 'service', 'shipping', 'enterprise', 'enterprises', 'import', 'export', 'commercial', 'commerce', 'bank',
  'investment', 'investments', 'development', 'management', 'technology', 'technologies', 'engineering', 'construction', 'network',
  'logistics', 'petroleum', 'oil', 'gas', 'energy', 'electronics', 'systems', 'solutions', 'national', 'united', 'new', 'grand',
  'advanced', 'center', 'centre', 'organization', 'foundation', 'association', 'office', 'ministry', 'agency', 'products', 'manufacturing',
  'tourism', 'travel', 'marine', 'maritime', 'airlines', 'air', 'line', 'lines', 'sanayi', 'ticaret', 'imports', 'exports', 'partners',
  'muhamad', 'ali', 'ahmad', 'abdul', 'abu', 'husain', 'hasan',
  // the generic words of an organisation's name in all their forms (org-words.ts)
  ...GENERIC_ORG_WORDS,
]);
