/**
 * East Slavic names across Russian, Belarusian and Ukrainian forms and their romanisations (issue 10, UK list
 * variations: "Aliaksandr Aliaksandravich" = "Aleksandr Aleksandrovich", "Ihar" = "Igor", "Siarhejevich" =
 * "Sergeevich", "Iwanowytsch" = "Ivanovich").
 *
 * Sources: BGN/PCGN romanization of Belarusian (1979, with the 2007 Belarusian national system / Łacinka) and of
 * Ukrainian (1965; Ukrainian national system 2010) against Russian BGN/PCGN (1947); Wikipedia "Belarusian name",
 * "Ukrainian name" and "Eastern Slavic naming customs § Patronymic" for the national forms of one given name and the
 * patronymic suffixes (-ovich/-evich, Belarusian -avich/-evich, -auna/-euna, Ukrainian -ovych/-yovych, -ivna;
 * German-style -owitsch/-owytsch). The given-name forms below are name-variants.ts families (same name, national
 * spelling), not nicknames.
 */
export const EAST_SLAVIC_FAMILIES: string[][] = [
  ['igor', 'ihar', 'ihor'],
  ['sergey', 'siarhei', 'siarhey', 'siargei', 'serhiy'],
  ['denis', 'dzianis', 'denys'],
  ['aleksandr', 'aliaksandr', 'aleksandar', 'aleksander'],
  ['aleksey', 'aliaksei', 'aliaksey', 'oleksiy'],
  ['nikolay', 'nikolai', 'mikalai', 'mikalay', 'mykola'],
  ['vadim', 'vadzim', 'vadym'],
  ['svetlana', 'sviatlana', 'svitlana'],
  ['petr', 'pyotr', 'piotr', 'piatro', 'petro'],
  ['grigoriy', 'grigory', 'hryhoriy', 'hryhorii', 'ryhor'],
  ['vyacheslav', 'viachaslau', 'vyachaslau', 'viacheslav'],
  ['viktor', 'wiktor', 'viktar'],
  ['natalya', 'natalia', 'nataliya', 'natallia'],
  ['ivan', 'iwan', 'ivan'],
  ['pavel', 'paval', 'pavlo'],
  ['leonid', 'leanid'],
  ['oleg', 'aleh', 'oleh'],
  ['olga', 'volha', 'olha'],
  ['tatyana', 'tatsiana', 'tetiana', 'tatiana'],
  ['yelena', 'elena', 'alena', 'olena'],
  ['vasiliy', 'vasily', 'vasil', 'vasyl'],
  ['valeriy', 'valery', 'valerii'],
  ['maksim', 'maxim', 'maksym'],
  ['konstantin', 'kanstantsin', 'kostiantyn', 'kostyantyn'],
  ['yekaterina', 'ekaterina', 'katsiaryna', 'kateryna'],
  ['galina', 'halina', 'halyna'],
  ['mariya', 'maria', 'maryia', 'mariia'],
  ['anatoliy', 'anatol', 'anatolii'],
  ['yevgeniy', 'yauhen', 'yevhen', 'ievgen'],
  ['gennadiy', 'henadz', 'hennadiy'],
  ['georgiy', 'heorhiy', 'heorhi'],
  ['mikhail', 'mikhas', 'mykhailo'],
  ['stepan', 'stsiapan'],
  ['lyudmila', 'liudmila', 'ludmila', 'liudmyla'],
  ['iosif', 'iosif', 'yosyp'],
];

/** Patronymic suffixes, longest first (male then female forms of each language and romanisation). */
const SUFFIXES = [
  'owytsch', 'owitsch', 'ewitsch', 'ievich', 'yevich', 'yovych', 'eyevich', 'ovitch', 'evitch',
  'ovich', 'evich', 'avich', 'ovych', 'evych', 'ovyc', 'evyc', 'avyc', 'ovic', 'evic', 'ovici', 'evici',
  'ievna', 'yevna', 'ovna', 'evna', 'auna', 'euna', 'ouna', 'ivna', 'ichna', 'owna', 'ewna',
];

/**
 * Stem of a patronymic folded across East Slavic spellings (undefined when the word has no patronymic suffix):
 * Belarusian ia → e, dz → d, h → g (Siarhejevich → serg), w → v, then its consonants, and the gender of the suffix.
 */
export function patronymicKey(word: string): string | undefined {
  const w = word.toLowerCase();
  const suf = SUFFIXES.find((s) => w.length > s.length + 2 && w.endsWith(s));
  if (!suf) return undefined;
  const female = /n/.test(suf);
  const stem = w
    .slice(0, -suf.length)
    .replace(/kh/g, 'q')
    .replace(/h/g, 'g')
    .replace(/q/g, 'kh')
    .replace(/dz/g, 'd')
    .replace(/tsch/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'y');
  const sk = stemSkeleton(stem);
  return sk.length >= 2 ? `${STEM_CANON.get(sk) ?? sk}${female ? '/f' : '/m'}` : undefined;
}

const foldStem = (s: string) =>
  s.replace(/kh/g, 'q').replace(/h/g, 'g').replace(/q/g, 'kh').replace(/dz/g, 'd').replace(/tsch/g, 'ch').replace(/w/g, 'v').replace(/x/g, 'ks').replace(/j/g, 'y');
const stemSkeleton = (stem: string) => stem.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

/**
 * The stem of a patronymic is the father's given name, which the national forms spell with other consonants:
 * Belarusian Mikalai is Russian Nikolai (Mikalaevich = Nikolaevich), Ryhor is Grigoriy, Kanstantsin is Konstantin.
 * Each family above maps the consonant skeleton of its members' stems (final vowels off) to its first member's;
 * a skeleton two families would claim is left alone.
 */
const STEM_CANON = (() => {
  // final vowels off by a scan, not /[aeiouy]+$/ (which backtracks polynomially: test/regex-audit)
  const stemOf = (name: string) => {
    let end = name.length;
    while (end > 0 && 'aeiouy'.includes(name[end - 1]!)) end--;
    return stemSkeleton(foldStem(name.slice(0, end)));
  };
  const map = new Map<string, string>();
  const clash = new Set<string>();
  for (const fam of EAST_SLAVIC_FAMILIES) {
    const canon = stemOf(fam[0]!);
    for (const v of fam) {
      const k = stemOf(v);
      if (k === canon) continue;
      if (map.has(k) && map.get(k) !== canon) clash.add(k);
      map.set(k, canon);
    }
  }
  for (const k of clash) map.delete(k);
  return map;
})();

/**
 * Surname endings of East Slavic names (Wikipedia "Belarusian name", "Ukrainian surnames", "Russian surnames"):
 * -enka/-enko, -ka/-ko, Belarusian -au/-ou/-eu (-аў, -оў, -еў for Russian -ov/-ev), -ov/-ev/-in(a), -ski/-sky/-skaya,
 * -uk/-iak/-yak, -ich/-ych, -ik.
 */
const SURNAME_ENDING = /(enk[oa]|k[oa]|[aoe][uvw]|[oe]va|in|ina|sk[iy]|skaya|uk|[iy]ak|[iy]ch|ik)$/;

/**
 * Key of an East Slavic name word across its Russian, Belarusian and Ukrainian forms and their romanisations
 * (BGN/PCGN Belarusian 1979, the Belarusian national system 2007, the Instruction on transliteration of Belarusian
 * geographical names 2000): Belarusian ў after a vowel is Russian v (Barsukou / Barsukov, Auramenka / Avramenko),
 * akanye writes unstressed o as a (Shapavalau / Shapovalov; a/o folded everywhere), yakanye ia for e (Sviatlana /
 * Svetlana), dzekanye dz for d (Dzmitry / Dmitry), y/j/i one letter, doubled letters once. Undefined for a word that
 * has no East Slavic surname ending and for words of fewer than six letters (Boris is not Turkish Barış).
 */
export function eastSlavicKey(word: string): string | undefined {
  if (word.length < 6 || !SURNAME_ENDING.test(word)) return undefined;
  return word
    .replace(/dz/g, 'd')
    .replace(/([aeo])[uw](?=[^aeiou]|$)/g, '$1v')
    .replace(/w/g, 'v')
    .replace(/([^aeiou])[iy]a/g, '$1e')
    .replace(/[yj]/g, 'i')
    .replace(/o/g, 'a')
    .replace(/(.)\1+/g, '$1');
}
