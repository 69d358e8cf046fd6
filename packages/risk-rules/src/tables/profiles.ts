/**
 * Lookup tables of the party-profile and goods rules (C5, C6, C8, D2, D3, E1, E2, E4). Not date-effective: they describe
 * typologies, not law. Source: docs/domain.md §1 and the project's own judgement where marked.
 */
export const PROFILES_SOURCE = 'docs/domain.md §1.4–1.6 (S1, S3, S5, S28, S37); keyword sets by the project';

/** Free-mail providers (D2). */
export const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'aol.com', 'icloud.com', 'proton.me', 'protonmail.com',
  'gmx.com', 'gmx.de', 'mail.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', '163.com', '126.com',
  'qq.com', 'sina.com', 'yeah.net', 'naver.com', 'zoho.com', 'tutanota.com',
]);

/** Mail-drop, PO box and company-service-provider address markers (D3), in ASCII after transliteration. */
export const MAIL_DROP_PATTERNS: readonly { pattern: RegExp; what: string; raw?: boolean; unlessStreet?: boolean }[] = [
  // a PO box next to a street address is ordinary where post is not delivered to streets (Gulf states, much of Africa)
  { pattern: /\b(p\s*o\s*box|post\s*office\s*box|postfach|boite postale|b\s*p\s+\d+|apartado|casilla|a\s*ya\s*\d+|abonentskii yashchik)\b/, what: 'PO box', unlessStreet: true },
  { pattern: /(^|\s)(c\/o|care of)\s/i, what: 'care-of address', raw: true },
  { pattern: /\b(pmb|private mail ?box|mailbox|mail drop|virtual office|registered agent|company secretar\w*|corporate services?|business cent(er|re)|serviced office)\b/, what: 'mail-drop or company-service-provider address' },
];

/** Words of a street-level location (D3: a PO box given together with one of these is not a mail drop). */
export const STREET_WORDS =
  /\b(street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|highway|strasse|str|weg|rue|avenue|via|viale|calle|carrera|rua|jalan|jl|cad|caddesi|sk|sokak|ulitsa|ul|industrial|area|warehouse|plot|building|bldg|tower|floor|district|zone|estate|park|km)\b/;

/** Names or industries of logistics and trading intermediaries (E1). */
export const INTERMEDIARY_PATTERN =
  /\b(logistics?|logistik|freight|forwarding|forwarders?|shipping|cargo|courier|spedition|mail cent(er|re)|parcel|trading|trade|traders?|ticaret|handel|handels\w*|impex|import export|import and export|torgovyi dom|torgovaya)\b/;

/**
 * Legal names of manufacturers that contain a trade word (E1 must not read them as traders), in ASCII after transliteration:
 * Turkish "Sanayi ve Ticaret" (industry and trade) and its abbreviations, Chinese "Industry and Trade Co." (gongmao), Brazilian
 * "Industria e Comercio", Polish "Produkcyjno-Handlowe", German "Produktions- und Handels-", Spanish "Industrial y Comercial",
 * Italian "Industria e Commercio". Source: company-name conventions in the Turkish Trade Registry Gazette (TTSG), China's SAMR
 * enterprise-name rules, Brazil's Receita Federal CNPJ register and Poland's KRS register, as observed by the project.
 */
export const MANUFACTURER_TRADE_FORMS =
  /\b(imalat )?(sanayi|sanayii|san) (ve )?(dis )?(ticaret|tic)\b|\b(industry|industrial|manufacturing|production) (and|&) (trade|trading)\b|\bindustria (e|y) com[em]rcio\b|\bindustrial (y|e) comercial\b|\bprodukcyjno handlow\w*( uslugow\w*)?\b|\bproduktions und handels\w*\b|\bgongmao\b/g;

/** The intermediary keyword of a name/industry text (E1), after removing manufacturers' "industry and trade" legal forms. */
export function intermediaryKeyword(text: string): string | undefined {
  return INTERMEDIARY_PATTERN.exec(text.replace(MANUFACTURER_TRADE_FORMS, ' '))?.[0];
}

/** Generic end-user descriptions (E2). */
export const GENERIC_END_USER =
  /^(the )?(government|state|ministry|military|army|armed forces|police|customer|client|clients|end user|end users|user|various|stock|for stock|stockist|distributor|dealer|resale|n\/?a|none|unknown|tbd|tbc|to be advised|private)$/;

/** Markers of a state body in a name (E4), in ASCII after transliteration. */
export const STATE_BODY_PATTERN =
  /\b(ministry|ministere|ministerio|ministerstvo|minist[a-z]*|department of defen[cs]e|armed forces|forces armees|army|armee|navy|air force|gendarmerie|police|national guard|defen[cs]e forces|presidency|presidential guard|etat major|general staff|republic of|republique)\b/;

/** Vague descriptions of goods (C8). */
export const VAGUE_GOODS =
  /^(spare parts?|parts|components?|electronic components?|electronics?|equipment|goods|general cargo|cargo|samples?|accessories|materials?|various|various goods|misc\.?|miscellaneous|consumer goods|merchandise|machinery|machine parts|devices?|products?|items?|spares)$/;

/** Keywords that point a description to an HS chapter group (C8 inconsistency check). */
export const DESCRIPTION_CHAPTERS: readonly { words: RegExp; chapters: string[]; what: string }[] = [
  { words: /\b(coffee|tea|spices?)\b/, chapters: ['09', '21'], what: 'coffee/tea' },
  // footwear (64), bags (42), upholstered furniture (94) and hats (65) are described by their textile parts too
  { words: /\b(cotton|yarn|fabrics?|textiles?|garments?|shirts?|apparel|clothing)\b/, chapters: ['50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '42', '94', '65'], what: 'textiles' },
  { words: /\b(ammunition|munitions?|cartridges?|rifles?|pistols?|grenades?|missiles?|mortars?|howitzers?|firearms?|guns?)\b/, chapters: ['93', '87', '88', '89', '36'], what: 'arms and ammunition' },
  { words: /\b(drones?|uavs?|unmanned aircraft|helicopters?|aircraft)\b/, chapters: ['88', '84', '85', '90'], what: 'aircraft' },
  { words: /\b(microcontrollers?|microprocessors?|integrated circuits?|semiconductors?|transistors?|capacitors?|chips?)\b/, chapters: ['85', '84', '90'], what: 'electronic components' },
  { words: /\b(pumps?|valves?|compressors?|bearings?)\b/, chapters: ['84', '73', '85', '90'], what: 'machinery' },
  { words: /\b(furniture|chairs?|sofas?|desks?|wardrobes?)\b|\btables?\b(?! (grapes?|wine|salt|olives?|water|linens?|cloths?|tennis|sugar))/, chapters: ['94', '44'], what: 'furniture' },
  { words: /\b(toys?|games?)\b/, chapters: ['95'], what: 'toys' },
];

/** Goods families that need a technical buyer (C5): HS prefixes. */
export const TECHNICAL_GOODS: readonly { prefixes: string[]; family: string }[] = [
  { prefixes: ['8471', '8473', '8517', '8525', '8526', '8528', '8529', '8532', '8533', '8534', '8536', '8541', '8542', '8543', '8548'], family: 'electronics and telecom' },
  { prefixes: ['8486', '9030', '9027', '9031'], family: 'semiconductor and test equipment' },
  { prefixes: ['8456', '8457', '8458', '8459', '8460', '8461', '8466'], family: 'machine tools' },
  { prefixes: ['88', '9014', '8407', '8411'], family: 'aerospace' },
  { prefixes: ['93', '8710', '3601', '3602', '3603'], family: 'arms and military' },
];

/** Lines of business that do not plausibly buy technical goods (C5). */
export const NON_TECHNICAL_INDUSTRY =
  /\b(bakery|bakeries|restaurants?|cafe|catering|food|grocer\w*|supermarkets?|agricultur\w*|farm\w*|fishery|textiles?|apparel|garments?|fashion|clothing|retail|furniture|tourism|travel|hotels?|hospitality|cosmetics?|beauty|real estate|construction materials|flowers?|florist|jewel\w*|laundry|cleaning)\b/;

/** Countries with semiconductor manufacturing / test industry (C6). Indicative, by the project from public fab-location data. */
export const SEMICONDUCTOR_COUNTRIES = new Set([
  'US', 'JP', 'KR', 'TW', 'CN', 'NL', 'DE', 'FR', 'IE', 'IT', 'AT', 'BE', 'GB', 'IL', 'SG', 'MY', 'PH', 'TH', 'VN', 'IN', 'CR', 'MX', 'CH', 'SE', 'FI', 'CZ', 'HU', 'PL', 'CA', 'MT',
]);
export const SEMICONDUCTOR_SOURCE = 'project judgement from public fab-location data [VERIFY]';
