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
  'ovich', 'evich', 'avich', 'ovych', 'evych', 'ovyc', 'ovic', 'evic', 'ovici', 'evici',
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
  const sk = stem.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return sk.length >= 2 ? `${sk}${female ? '/f' : '/m'}` : undefined;
}
