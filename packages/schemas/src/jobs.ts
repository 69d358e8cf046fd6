import { CompareRequestSchema, MatchRequestSchema } from './match';
import { ScreeningRequestSchema } from './screening';
import { z } from './zod';

/** Queue names (kebab-case, no ':' — BullMQ forbids it; hash-tag friendly for Redis Cluster). */
export const QueueNames = {
  screen: 'screen',
} as const;

/** Payload of a job on the `screen` queue; the job name is the `kind`. */
export const ScreenJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('match'), tenant: z.string(), request: MatchRequestSchema }),
  z.object({ kind: z.literal('compare'), tenant: z.string(), request: CompareRequestSchema }),
  z.object({ kind: z.literal('screening'), tenant: z.string(), id: z.string(), request: ScreeningRequestSchema }),
]);
export type ScreenJob = z.infer<typeof ScreenJobSchema>;
export type ScreenJobInput = z.input<typeof ScreenJobSchema>;
