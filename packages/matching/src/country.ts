import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** Names lists use that the ISO/CLDR English names do not cover (OFAC, UN, CSL spellings). */
const EXTRA: Record<string, string> = {
  'korea, north': 'KP', 'korea north': 'KP', 'dprk': 'KP', "democratic people's republic of korea": 'KP',
  'korea, south': 'KR', 'south korea': 'KR', 'republic of korea': 'KR',
  burma: 'MM', syria: 'SY', 'syrian arab republic': 'SY', moldova: 'MD', macau: 'MO', macao: 'MO', laos: 'LA',
  'west bank': 'PS', gaza: 'PS', palestinian: 'PS', palestine: 'PS', 'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD', 'congo, republic of the': 'CG', 'republic of the congo': 'CG',
  'the gambia': 'GM', 'gambia, the': 'GM', 'bahamas, the': 'BS', 'the bahamas': 'BS', 'ivory coast': 'CI',
  "cote d'ivoire": 'CI', 'czechia': 'CZ', 'russian federation': 'RU', 'iran, islamic republic of': 'IR', 'uk': 'GB',
  'usa': 'US', 'u.s.a.': 'US', 'u.k.': 'GB', 'great britain': 'GB', 'england': 'GB', 'uae': 'AE', 'u.a.e.': 'AE',
  'turkiye': 'TR', 'türkiye': 'TR', 'kyrgyzstan': 'KG', 'kyrgyz republic': 'KG', 'vatican': 'VA', 'holy see': 'VA',
  'micronesia, federated states of': 'FM', 'st. kitts and nevis': 'KN', 'st. lucia': 'LC', 'st. vincent and the grenadines': 'VC',
  'brunei': 'BN', 'cabo verde': 'CV', 'cape verde': 'CV', 'eswatini': 'SZ', 'swaziland': 'SZ', 'north macedonia': 'MK',
  'macedonia': 'MK', 'timor-leste': 'TL', 'east timor': 'TL', 'taiwan': 'TW', 'kosovo': 'XK', 'region: crimea': 'UA',
  'crimea': 'UA', 'soviet union': 'RU', 'yugoslavia': 'RS', 'belarus': 'BY', 'netherlands antilles': 'CW',
};

/** Bounded: user-supplied strings must not grow it without limit (a full cache is simply not added to). */
const cache = new Map<string, string | undefined>();
const CACHE_MAX = 10_000;

/** ISO 3166-1 alpha-2 code of a country name or code as lists and users write it; undefined when unknown. */
export function countryCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.trim().replace(/\.$/, '').toLowerCase();
  if (!key) return undefined;
  if (cache.has(key)) return cache.get(key);
  let code: string | undefined;
  if (/^[a-z]{2}$/.test(key) && countries.isValid(key.toUpperCase())) code = key.toUpperCase();
  // own entries only: a country field 'constructor' or '__proto__' must not find Object.prototype's members
  else code = (Object.hasOwn(EXTRA, key) ? EXTRA[key] : undefined) ?? countries.getAlpha2Code(name.trim(), 'en') ?? countries.getAlpha2Code(key, 'en');
  if (typeof code !== 'string') code = undefined;
  if (cache.size < CACHE_MAX) cache.set(key, code);
  return code;
}

/** English short name of an ISO code, for messages. */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
