import { ListVersionSchema } from './domain';
import { MatchSchema } from './match';
import { DecisionSchema, RiskLevelSchema } from './screening';
import { z } from './zod';

/** Columns the bulk CSV recognises (case-insensitive); every other column is carried through untouched. */
export const BATCH_COLUMNS = [
  'reference',
  'name',
  'type',
  'role',
  'country',
  'address',
  'date_of_birth',
  'identifiers',
  'aliases',
  'hs_codes',
  'destination',
] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** `uploading`: a streamed upload (`stream=true`) is still arriving; its first rows may already be screened. */
export const BatchStatusSchema = z.enum(['uploading', 'queued', 'running', 'completed', 'failed']);
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

const CsvListSchema = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(1).max(140)).max(20));

/** Options of an upload: query parameters or multipart fields next to `file`. */
export const BatchOptionsSchema = z
  .object({
    threshold: z.coerce.number().min(0).max(1).optional(),
    lists: CsvListSchema.optional(),
    webhookUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    clientRef: z.string().max(200).optional(),
    /** keep every row's party for re-screening on each list change (alerts: GET /v1/alerts) */
    monitor: z
      .enum(['true', 'false', '1', '0'])
      .transform((v) => v === 'true' || v === '1')
      .optional(),
    /**
     * query only: answer 202 as soon as the header and the first data row are read, and screen rows while the
     * file is still arriving (results readable at once); a limit crossed later fails the batch with the reason
     */
    stream: z
      .enum(['true', 'false', '1', '0'])
      .transform((v) => v === 'true' || v === '1')
      .optional(),
  })
  .openapi('BatchOptions');
export type BatchOptions = z.infer<typeof BatchOptionsSchema>;

export const BatchCountsSchema = z.object({
  clear: z.number().int(),
  review: z.number().int(),
  block: z.number().int(),
});

export const BatchSchema = z
  .object({
    id: z.string(),
    status: BatchStatusSchema,
    rows: z.number().int(),
    processed: z.number().int(),
    errors: z.number().int().describe('rows that could not be screened (each has its reason in the results)'),
    counts: BatchCountsSchema,
    chunks: z.number().int(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    completedAt: z.string().optional(),
    clientRef: z.string().optional(),
    lists: z.array(ListVersionSchema).optional(),
    algorithm: z.string().optional(),
    failedReason: z.string().optional(),
    columns: z
      .array(
        z.object({
          position: z.number().int().describe('0-based position in the header row'),
          header: z.string(),
          column: z.enum(BATCH_COLUMNS).optional().describe('the recognised column this header was read as'),
          how: z.enum(['exact', 'synonym', 'fuzzy', 'ignored']).describe('exact name, a listed synonym ("Company Name", "Land", "Geburtsdatum"), a typo of one (fuse.js), or not a recognised column (carried through untouched)'),
          note: z.string().optional(),
        }),
      )
      .optional()
      .describe('how each header cell of the upload was understood'),
  })
  .openapi('Batch');
export type Batch = z.infer<typeof BatchSchema>;

export const BatchAcceptedSchema = z
  .object({ id: z.string(), status: BatchStatusSchema, rows: z.number().int() })
  .openapi('BatchAccepted');
export type BatchAccepted = z.infer<typeof BatchAcceptedSchema>;

export const BestMatchSchema = z.object({
  name: z.string(),
  entityId: z.string(),
  list: z.string(),
  score: z.number(),
});

/** What a worker stores for one input row (the input cells are added when the results are read). */
export const RowOutcomeSchema = z.object({
  status: z.enum(['ok', 'error']),
  reason: z.string().optional(),
  decision: DecisionSchema.optional(),
  riskLevel: RiskLevelSchema.optional(),
  bestMatch: BestMatchSchema.optional(),
  flags: z.array(z.string()).default([]),
  /** the shipment this row was screened in (rows sharing a `reference` and a `role`) */
  shipment: z.string().optional(),
  /** the fingerprint of the row's party (decisions are keyed by it) */
  fingerprint: z.string().optional(),
  /** the row party's matches (with `suppressed` / `confirmed` / `reopened` where a decision applies) */
  matches: z.array(MatchSchema).optional(),
});
export type RowOutcome = z.infer<typeof RowOutcomeSchema>;

/** One line of `GET /v1/batches/{id}/results?format=ndjson`. */
export const BatchResultLineSchema = RowOutcomeSchema.extend({
  row: z.number().int().describe('1-based data row number (the header is row 0)'),
  input: z.record(z.string(), z.string()).describe('the input columns, as uploaded'),
}).openapi('BatchResultLine');
export type BatchResultLine = z.infer<typeof BatchResultLineSchema>;

export const BatchResultsQuerySchema = z.object({ format: z.enum(['csv', 'ndjson']).optional() });

/** `batch-chunk` job: screens data rows `from`..`to` (inclusive, 1-based) of a batch. */
export const BatchChunkJobSchema = z.object({
  batchId: z.string(),
  chunkNo: z.number().int().min(0),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});
export type BatchChunkJob = z.infer<typeof BatchChunkJobSchema>;

/** `batch-finalize` job (parent of the chunks) and `batch-webhook` job: only the batch id travels. */
export const BatchRefJobSchema = z.object({ batchId: z.string() });
export type BatchRefJob = z.infer<typeof BatchRefJobSchema>;

/** Body of the completion webhook (signed: `X-Screening-Signature: sha256=<hex HMAC of the raw body>`). */
export const BatchWebhookSchema = z
  .object({
    event: z.literal('batch.completed'),
    batch: BatchSchema,
    sentAt: z.string(),
  })
  .openapi('BatchWebhook');
export type BatchWebhook = z.infer<typeof BatchWebhookSchema>;
