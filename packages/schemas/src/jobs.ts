import { CompareRequestSchema, MatchRequestSchema } from './match';
import { ListQueueNames } from './lists';
import { ScreeningRequestSchema } from './screening';
import { z } from './zod';

/** Queue names (kebab-case, no ':' — BullMQ forbids it; hash-tag friendly for Redis Cluster). */
export const QueueNames = {
  screen: 'screen',
  /** bulk CSV: one job per chunk of rows, children of the batch's finalize job */
  batchChunk: 'batch-chunk',
  batchFinalize: 'batch-finalize',
  batchWebhook: 'batch-webhook',
} as const;
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames] | (typeof ListQueueNames)[keyof typeof ListQueueNames];

/** Every queue, for the dashboard, metrics and health (a queue added to QueueNames appears there by itself). */
export const allQueueNames: readonly QueueName[] = Object.freeze([...Object.values(QueueNames), ...Object.values(ListQueueNames)]);

/** Correlation carried by every job: the API request that produced it (never party data). */
export const JobMetaShape = {
  requestId: z.string().max(100).optional(),
  /** pub/sub channel of the API instance waiting for this job (direct reply path of synchronous calls) */
  replyTo: z.string().max(200).optional(),
  /** who asked (the analyst or API key name), for the audit trail */
  actor: z.string().max(200).optional(),
};

/** Payload of a job on the `screen` queue; the job name is the `kind`. */
export const ScreenJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('match'), tenant: z.string(), request: MatchRequestSchema, ...JobMetaShape }),
  z.object({ kind: z.literal('compare'), tenant: z.string(), request: CompareRequestSchema, ...JobMetaShape }),
  z.object({ kind: z.literal('screening'), tenant: z.string(), id: z.string(), request: ScreeningRequestSchema, ...JobMetaShape }),
]);
export type ScreenJob = z.infer<typeof ScreenJobSchema>;
export type ScreenJobInput = z.input<typeof ScreenJobSchema>;
