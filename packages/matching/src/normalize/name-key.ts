/**
 * Name-aware transliteration folding of one ASCII token, so that the usual romanisation variants of one
 * name share a key: kh/h, zh/dzh/j, ph/f, w/v, q/k, c/k, x/ks, ou/oo/u, ee/i, y/i, ye-/e-, iy/ii/ie, ey/ei,
 * doubled letters. Used for similarity and retrieval, never shown to users.
 */
const RULES: Array<[RegExp, string]> = [
  [/sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/c(?!h)/g, 'k'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/y/g, 'i'],
  [/^ie/, 'e'],
  [/([aeiou])i([aeou])/g, '$1$2'],
  [/([^aeiou])ie/g, '$1e'],
  [/([a-z])\1+/g, '$1'],
];

const MEMO = new Map<string, string>();
const MEMO_MAX = 200_000;

export function nameKey(token: string): string {
  if (token.length < 3 || /\d/.test(token)) return token;
  const hit = MEMO.get(token);
  if (hit !== undefined) return hit;
  let k = token;
  for (const [re, to] of RULES) k = k.replace(re, to);
  // a pure function's memo: bounded, so a stream of unseen words cannot grow it without limit
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(token, k);
  return k;
}
