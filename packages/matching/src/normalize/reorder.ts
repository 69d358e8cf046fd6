/**
 * "SURNAME, Given Names" → "Given Names SURNAME" (the list convention for persons). Only a single comma that
 * splits the name into two non-empty parts is read this way; a trailing comma is ignored.
 */
export function reorderComma(name: string): string {
  const m = /^([^,]+),\s*([^,]+?)\s*,?\s*$/.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}

/** The surname part of "SURNAME, Given" (undefined when the name has no such comma). */
export function commaSurname(name: string): string | undefined {
  const m = /^([^,]+),\s*([^,]+?)\s*,?\s*$/.exec(name.trim());
  return m ? m[1] : undefined;
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
