import anyAscii from 'any-ascii';

/** Lower-case ASCII tokens of a name: transliterated, diacritics removed, punctuation dropped. */
export function tokens(name: string): string[] {
  return anyAscii(name.normalize('NFKD'))
    .toLowerCase()
    .replace(/['`’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** "SURNAME, Given Names" → "Given Names SURNAME" (list convention for persons). */
export function reorderComma(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}
