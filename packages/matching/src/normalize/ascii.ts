import anyAscii from 'any-ascii';

const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const HAN = /([\u3400-\u9fff\uf900-\ufaff])/g;

/** Step 1: Unicode NFKD, combining marks (diacritics) removed. */
export function foldUnicode(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '');
}

/** Step 2: transliteration to ASCII (Cyrillic, Greek, Arabic, Persian, Han…) via any-ascii; Han characters become separate syllables. */
export function transliterate(s: string): string {
  return anyAscii(s.replace(HAN, ' $1 '));
}

/** Steps 1–3: lower-case ASCII with apostrophes removed (Mada'in → madain) and every other punctuation a space. */
export function toAscii(s: string): string {
  return transliterate(foldUnicode(s))
    .toLowerCase()
    .replace(/['`’‘ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
