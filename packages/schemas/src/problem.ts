import { z } from './zod';

/** RFC 9457 problem details, with a stable `code` and the request id. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ pointer: z.string(), field: z.string(), message: z.string() }))
      .optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof ProblemSchema>;
