import { z } from './zod';

/**
 * `null` means absent, in every JSON body (spec/api.md "Additions"): object properties whose value is `null` are
 * dropped and so are `null` items of arrays, at any depth. Clients that serialise every field of their own model
 * (`"dateOfBirth": null`, `"identifiers": null`) then validate as if they had left the field out.
 */
export function withoutNulls(value: unknown, depth = 0): unknown {
  // no schema is this deep: deeper values are left for the schema to refuse (recursing on would overflow the stack)
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => withoutNulls(v, depth + 1));
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v, depth + 1);
  return out;
}

/** Deepest nesting any request body needs (object and array levels). */
export const MAX_DEPTH = 32;

/** How deep a JSON value nests, counted without recursion (so that any depth can be measured), stopping past `limit`. */
export function jsonDepth(value: unknown, limit = MAX_DEPTH): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    for (const c of Array.isArray(v) ? v : Object.values(v)) if (typeof c === 'object' && c !== null) stack.push([c, d + 1]);
  }
  return max;
}

/** A request body schema in which `null` means absent (wrap every JSON body schema with it, once, at the top). */
export function jsonBody<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.input<S>> {
  // typed by the wrapped schema's input (what a client means), though nulls are accepted where it has optional fields
  return z.preprocess((v: unknown) => withoutNulls(v), schema) as unknown as z.ZodType<z.output<S>, z.input<S>>;
}
