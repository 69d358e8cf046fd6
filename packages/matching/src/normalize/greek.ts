/**
 * Greek digraphs read as ELOT 743:2001 / ISO 843:1997 (the Greek passport romanisation) read them, before
 * any-ascii's letter-by-letter transliteration (which writes ου "oy", Παπανδρέου "Papandreoy"):
 * ου → ou, αυ → av, ευ → ev, ηυ → iv; word-initial μπ → b, ντ → d, γκ → g; γγ → ng; γι before a vowel → y
 * (Γιώργος Yiorgos/Giorgos: kept as "gi", the common passport spelling).
 */
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

export function greekDigraphs(s: string): string {
  if (!GREEK.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ου/g, 'ou')
    .replace(/ΟΥ|Ου/g, 'Ou')
    .replace(/αυ/g, 'av')
    .replace(/Αυ|ΑΥ/g, 'Av')
    .replace(/ευ/g, 'ev')
    .replace(/Ευ|ΕΥ/g, 'Ev')
    .replace(/ηυ/g, 'iv')
    .replace(/(^|[\s"“«(])Μπ/g, '$1B')
    .replace(/(^|[\s"“«(])μπ/g, '$1b')
    .replace(/(^|[\s"“«(])Ντ/g, '$1D')
    .replace(/(^|[\s"“«(])ντ/g, '$1d')
    .replace(/(^|[\s"“«(])Γκ/g, '$1G')
    .replace(/γγ/g, 'ng');
}
