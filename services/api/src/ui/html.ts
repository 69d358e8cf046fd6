/**
 * HTML built with a tagged template that escapes every interpolated value: only fragments made by `html` itself
 * (or `raw` for constant markup) pass through unescaped, so a screened name, a list record or a reason can never
 * become markup.
 */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values. */
export const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);

export type Html = Safe;
type Value = Safe | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Safe) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Safe {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Safe(out);
}

/** Constant markup written in this code base (never data). */
export const raw = (s: string): Safe => new Safe(s);

/** A URL path under /ui from segments, each percent-encoded, with an optional query. */
export function href(segments: readonly (string | number)[], query: Record<string, string | number | undefined> = {}): string {
  const path = `/ui/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}
