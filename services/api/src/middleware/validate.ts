import { validationError } from '@screening/runtime';
import type { z } from '@screening/schemas';

/** Parses a request part with its zod schema; a failure is a 400 problem naming every bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, root = ''): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error.issues, root);
  return r.data;
}
