import { skeletonSim } from '../normalize/skeleton-match';

/**
 * One Arabic-script word against several Latin words: the spans a Latin list splits an Arabic word or compound into.
 *
 * Arabic writes the article on its word (الدين, أبواليزيد) and joins theophoric and kunya compounds that Latin
 * lists write apart or hyphenated: "Saif-al-Din", "Nor Eldin", "Salah Eddine", "Abou el Yazid", "Abd al-Latif".
 * The Latin forms of the article follow ALA-LC Romanization Tables "Arabic" (2012) rule 21 (al- with the sun
 * letters assimilated: ad-, ar-, as-, ash-, at-, az-, an-, ath-, adh-…), the French/Maghrebi el- ed- es- and the
 * South Asian ul-/ud- (Arabic words in Urdu and Persian names: Zia-ul-Haq, Nasir-ud-Din; Platts, A Dictionary of
 * Urdu, Classical Hindi and English, 1884, "al"). The script side comes from prepare.ts (abjadCompounds), where
 * "… الدين" reads "…uddin" and "… الله" "…ullah", the article's l unwritten; a glued word (أبواليزيد "abwlyzyd")
 * keeps its l. So a Latin span is compared as written and without its article.
 */
const ARTICLE = /^(?:[aeiuo]l|[aeu](?:d|dh|r|s|sh|t|th|z|n)|l)$/;

/** A Latin word that is the Arabic article written apart (al, el, ul, ad, es, ash…). */
export function isLatinArticle(t: string): boolean {
  return t.length <= 3 && ARTICLE.test(t);
}

/** The Latin forms of a span of listed words read as one Arabic-script word: joined, and joined without its article. */
export function latinSpanForms(tokens: string[]): string[] {
  const joined = tokens.join('');
  const bare = tokens
    .filter((t, k) => k === 0 || !isLatinArticle(t))
    // an article glued on a later word of the span ("Nor Eldin"; an assimilated one, "Eddine", starts with a vowel, which skeletons ignore)
    .map((t, k) => (k > 0 ? t.replace(/^[aeuo]l(?=[^aeiouy])/, '') : t))
    .join('');
  return bare !== joined && bare.length >= 3 ? [joined, bare] : [joined];
}

/** Similarity of an Arabic-script word (romanised) to a span of adjacent Latin words read as one word. */
export function abjadSpanSim(scriptAscii: string, tokens: string[]): number {
  let best = 0;
  for (const f of latinSpanForms(tokens)) {
    best = Math.max(best, skeletonSim(scriptAscii, f, 'arabic'));
    // the article written on the script word ("lyzyd" against "Yazid")
    if (scriptAscii.length >= 4 && scriptAscii.startsWith('l')) best = Math.max(best, skeletonSim(scriptAscii.slice(1), f, 'arabic'));
  }
  return best;
}
