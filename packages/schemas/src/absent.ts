import { z } from './zod';

/**
 * `null` means absent, in every JSON body (spec/api.md "Additions"): object properties whose value is `null` are
 * dropped and so are `null` items of arrays, at any depth. Clients that serialise every field of their own model
 * (`"dateOfBirth": null`, `"identifiers": null`) then validate as if they had left the field out.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}

/** A request body schema in which `null` means absent (wrap every JSON body schema with it, once, at the top). */
export function jsonBody<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.input<S>> {
  // typed by the wrapped schema's input (what a client means), though nulls are accepted where it has optional fields
  return z.preprocess(withoutNulls, schema) as unknown as z.ZodType<z.output<S>, z.input<S>>;
}
