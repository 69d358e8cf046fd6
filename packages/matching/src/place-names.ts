/**
 * Place names written several ways: English exonyms, endonyms in their standard romanisation, and the exonyms of the
 * other languages trade documents are written in. An address compares place words through this table, so that
 * "Москва" (any-ascii: "moskva"), "Moskau", "Moscou" and "Moscow" are one word; the canonical word is the English one.
 * A country's own name for itself maps to its English name, so that a trailing "Россия" is dropped like "Russia".
 *
 * Sources: UNGEGN, "World Geographical Names" database and the UNGEGN "List of Country Names" (2023) for endonyms and
 * their romanisation (BGN/PCGN 1947 Russian, UN 1976 Persian, UN 2012 Arabic, Hanyu Pinyin, McCune–Reischauer);
 * Wikipedia "List of European exonyms" and the German, French, Italian, Spanish and Turkish Wikipedia articles for each
 * city (name as used in those languages); Library of Congress ALA-LC romanisation for the variant spellings lists and
 * OFAC/UN entries use ("Moskva", "Sankt-Peterburg", "Tehran", "P'yongyang", "Dimashq"). The cities are those that
 * appear most often in the addresses of the OFAC, UN, EU, UK and BIS lists (capitals and industrial centres of RU, BY,
 * UA, IR, KP, SY, CU, VE, the Gulf, the Caucasus and Central Asia, and the main diversion hubs).
 */
const PLACES: Record<string, readonly string[]> = {
  // Russia, Belarus, Ukraine, Caucasus, Central Asia
  moscow: ['moskva', 'moskau', 'moscou', 'mosca', 'moscu', 'moskova'],
  saintpetersburg: ['saint petersburg', 'st petersburg', 'sankt peterburg', 'sankt petersburg', 'saint petersbourg', 'san pietroburgo', 'san petersburgo', 'st peterburg', 'spb'],
  yekaterinburg: ['ekaterinburg', 'jekaterinburg', 'iekaterinbourg', 'yekaterinburg'],
  nizhnynovgorod: ['nizhny novgorod', 'nizhniy novgorod', 'nizhnii novgorod', 'nischni nowgorod'],
  rostovondon: ['rostov on don', 'rostov na donu', 'rostow am don'],
  novosibirsk: ['nowosibirsk'],
  chelyabinsk: ['cheliabinsk', 'tscheljabinsk', 'chelyabinsk'],
  vladivostok: ['wladiwostok'],
  kazan: ['kasan'],
  sevastopol: ['sebastopol', 'sewastopol', 'sevastopil'],
  simferopol: ['simferopil', 'akmescit'],
  kyiv: ['kiev', 'kiew', 'kijow', 'kyjiv', 'kiyev'],
  kharkiv: ['kharkov', 'charkiw', 'charkow'],
  odesa: ['odessa'],
  luhansk: ['lugansk'],
  minsk: ['mensk'],
  almaty: ['alma ata', 'almaaty'],
  tashkent: ['toshkent', 'taschkent'],
  yerevan: ['erevan', 'jerewan'],
  tbilisi: ['tiflis'],
  ashgabat: ['ashkhabad', 'aschgabat', 'asgabat'],
  bishkek: ['frunze'],
  // Iran, Middle East, North Africa
  tehran: ['teheran', 'tahran'],
  isfahan: ['esfahan', 'isfahan'],
  mashhad: ['meshed', 'mashad'],
  bandarabbas: ['bandar abbas', 'bandar e abbas', 'bandar abbass'],
  damascus: ['dimashq', 'damas', 'damaskus', 'damasco'],
  aleppo: ['halab', 'alep'],
  baghdad: ['bagdad', 'baghdad'],
  beirut: ['bayrut', 'beyrouth', 'beyrut'],
  cairo: ['al qahirah', 'le caire', 'kairo', 'el cairo', 'il cairo', 'kahire'],
  tripoli: ['tarabulus', 'trablus'],
  sanaa: ['sana a', 'sana', 'sanaa'],
  khartoum: ['al khartum', 'khartum', 'khartoum'],
  riyadh: ['ar riyad', 'riad', 'riyad'],
  jeddah: ['jiddah', 'jidda', 'djeddah'],
  muscat: ['masqat', 'mascate', 'maskat'],
  kuwaitcity: ['kuwait city', 'al kuwayt'],
  dubai: ['dubayy', 'dubai'],
  abudhabi: ['abu dhabi', 'abu zabi', 'abu dabi'],
  sharjah: ['ash shariqah', 'al sharjah', 'sharjah'],
  istanbul: ['stambul', 'estambul', 'istanboul'],
  kabul: ['kaboul'],
  // East Asia and hubs
  pyongyang: ['p yongyang', 'pjongjang', 'pjoengjang', 'pyeongyang'],
  beijing: ['peking', 'pekin', 'pechino', 'pekino'],
  singapore: ['singapur', 'singapour', 'singapura'],
  yangon: ['rangoon', 'rangun'],
  // Americas, Europe
  havana: ['la habana', 'habana', 'havanna', 'la havane', 'l avana'],
  caracas: ['caracas'],
  belgrade: ['beograd', 'belgrad'],
  warsaw: ['warszawa', 'warschau', 'varsovie'],
  vienna: ['wien', 'vienne', 'viena'],
  munich: ['munchen', 'muenchen', 'monaco di baviera'],
  cologne: ['koln', 'koeln'],
  nuremberg: ['nurnberg', 'nuernberg'],
  // countries as they call themselves (then dropped at the end of an address like their English names)
  russia: ['rossiya', 'rossiia', 'rossija', 'rossiyskaya federatsiya', 'rossiiskaia federatsiia', 'russland', 'russie', 'rusia'],
  belarus: ['byelorussia', 'belorussia', 'respublika belarus', 'weissrussland', 'bielorussie'],
  ukraine: ['ukraina', 'ukrayina'],
  iran: ['jomhuri ye eslami ye iran'],
  syria: ['suriyah', 'syrie', 'syrien', 'siria'],
  germany: ['deutschland', 'allemagne', 'alemania', 'germania'],
  china: ['zhongguo', 'chine', 'cina'],
  turkey: ['turkiye'],
};

const MAX_WORDS = 4;
const VARIANT = new Map<string, string>();
for (const [canonical, variants] of Object.entries(PLACES)) {
  VARIANT.set(canonical, canonical);
  for (const v of variants) VARIANT.set(v, canonical);
}

/** English canonical words for place names (longest phrase first, up to four words); other words unchanged. */
export function canonicalPlaces(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let took = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !took; n--) {
      const canonical = VARIANT.get(words.slice(i, i + n).join(' '));
      if (canonical) {
        out.push(canonical);
        took = n;
      }
    }
    if (!took) out.push(words[i]!);
    i += took || 1;
  }
  return out;
}
