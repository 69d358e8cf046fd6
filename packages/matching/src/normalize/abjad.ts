import { nameKey } from './name-key';

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** True when a name is written in Arabic script (Arabic, Persian, Urdu): its romanisation has no short vowels. */
export function isAbjad(name: string): boolean {
  return ARABIC_SCRIPT.test(name);
}

/**
 * Consonant skeleton of a romanised word: name-key folding, then vowels and the letters that also write long
 * vowels (y) removed, doubled letters collapsed. "muhammad", "mohamed" and Arabic-script "mhmd" all give "mhmd".
 */
export function skeleton(word: string): string {
  // v (from w) goes too: و is a vowel letter as often as a consonant, and Belarusian ў (u) is Russian v
  return nameKey(word).replace(/[aeiouyvw]/g, '').replace(/([a-z])\1+/g, '$1');
}

/** Skeletons of an Arabic-script word: as written, without an attached article ("lrhmn" from الرحمن), without a final taa marbuta. */
export function abjadSkeletons(word: string): string[] {
  // و writes w as well as the long vowels u/o: in Arabic script it is a vowel letter more often than not
  const base = skeleton(word.replace(/w/g, ''));
  const out = [base];
  // the letters as written, without the romanisation folding ("thr" is t-h-r, Tahir, not the digraph th)
  const raw = word.replace(/[aeiouyw]/g, '').replace(/([a-z])\1+/g, '$1');
  if (raw !== base) out.push(raw);
  // ظ and ذ romanise as dh but are written z (Persian, Gulf) or d in Latin: "dhryf" is Zarif
  if (base.includes('dh')) out.push(base.replace(/dh/g, 'z'), base.replace(/dh/g, 'd'), base.replace(/dh/g, 't'));
  // (read before doubled letters collapse, as written: ظواهري "dhwhry" is z-w-h-r-y, Zawahiri "zhr", not "dhr" → "zr")
  if (word.includes('dh')) {
    for (const r of ['z', 'd', 't']) {
      const sk = word.replace(/dh/g, r).replace(/[aeiouyw]/g, '').replace(/([a-z])\1+/g, '$1');
      if (!out.includes(sk)) out.push(sk);
    }
  }
  // a compound joined by prepare.ts (سيف الدين "syfuddin", نصر الله "nsrullah"): its first name alone as well, as
  // Latin lists write the compound apart ("Saif al-Din", "Nasr Allah")
  const stem = /^(.{2,}?)(?:uddin|ullah)$/.exec(word)?.[1];
  if (stem) out.push(skeleton(stem.replace(/w/g, '')));
  for (const s of [...out]) {
    if (s.length > 2 && s.startsWith('l')) out.push(s.slice(1));
    // a final taa marbuta (ة) or Persian final he romanises as h: "'smh" for Usama; ة in construct state (before a
    // genitive: عصبة الأنصار) is read t, as ALA-LC romanises it there ("ʻUṣbat al-Anṣār", ASBAT AL-ANSAR)
    if (s.length > 2 && s.endsWith('h')) out.push(s.slice(0, -1), `${s.slice(0, -1)}t`);
    if (s.length > 3 && s.startsWith('l') && s.endsWith('h')) out.push(s.slice(1, -1));
  }
  return out;
}

/**
 * Skeletons a Latin listed word is indexed under for Arabic-script queries: its skeleton, and with c before a/o/u
 * read as ç (s), the French spelling of ص/س in Maghrebi names whose cedilla ASCII lost (Fayçal "FAYCAL").
 */
export function latinSkeletons(word: string): string[] {
  const base = skeleton(word);
  if (!/(?:^|[^s])c[aou]/.test(word)) return [base];
  const cedilla = skeleton(word.replace(/(^|[^s])c(?=[aou])/g, '$1s'));
  return cedilla !== base ? [base, cedilla] : [base];
}
