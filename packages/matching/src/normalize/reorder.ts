/**
 * The two parts of "SURNAME, Given Names" (the list convention for persons): only a single comma that splits the
 * name into two non-empty parts is read this way; a trailing comma is ignored. String operations only: the former
 * regex `^([^,]+),\s*([^,]+?)\s*,?\s*$` backtracked polynomially ("a,b" + spaces + ",,": issue 12).
 */
function commaParts(name: string): { surname: string; given: string } | undefined {
  let s = name.trim();
  if (s.endsWith(',')) s = s.slice(0, -1).trimEnd();
  const i = s.indexOf(',');
  if (i <= 0 || s.indexOf(',', i + 1) !== -1) return undefined;
  const given = s.slice(i + 1).trim();
  return given ? { surname: s.slice(0, i), given } : undefined;
}

/** "SURNAME, Given Names" → "Given Names SURNAME"; any other name as it is. */
export function reorderComma(name: string): string {
  const p = commaParts(name);
  return p ? `${p.given} ${p.surname}` : name;
}

/** The surname part of "SURNAME, Given" (undefined when the name has no such comma). */
export function commaSurname(name: string): string | undefined {
  return commaParts(name)?.surname;
}

/** Parenthesised parts of a list name, e.g. "NAFTIRAN TRADING (NTS) LIMITED": the name without them, and their content. */
export function splitParentheses(name: string): { outer: string; inner: string[] } {
  const inner: string[] = [];
  const outer = name.replace(/\(([^()]*)\)/g, (_m, g: string) => {
    if (g.trim()) inner.push(g.trim());
    return ' ';
  });
  return { outer: outer.replace(/\s+/g, ' ').trim(), inner };
}
