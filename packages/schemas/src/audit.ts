import { AnalystDecisionSchema } from './decisions';
import { z } from './zod';

export const AuditTypeSchema = z.enum([
  'screening',
  'match',
  'batch',
  'batch-row',
  'decision',
  'approval',
  'revocation',
  'batch-deleted',
  'monitoring-stopped',
  'list-version',
  'config',
]);
export type AuditType = z.infer<typeof AuditTypeSchema>;

/** List, table and algorithm versions a screening ran on. */
export const AuditVersionsSchema = z.object({
  lists: z.array(z.object({ id: z.string(), version: z.string() })).optional(),
  tables: z.string().optional(),
  algorithm: z.string().optional(),
});

/**
 * One event of a tenant's audit chain. `hash` = SHA-256 (hex) of `prevHash` followed by the canonical JSON of
 * the event without `hash` (keys sorted, no spaces); the first event's `prevHash` is 64 zeros.
 */
export const AuditEventSchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.string(),
    type: AuditTypeSchema,
    tenant: z.string(),
    actor: z.string(),
    /** what the event is about: a screening, batch (row), decision, list */
    subject: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** SHA-256 of the canonical JSON of the input (the input itself only where AUDIT_STORE_INPUT allows) */
    inputHash: z.string().optional(),
    input: z.unknown().optional(),
    /** party fingerprints the event concerns (GET /v1/parties/{fingerprint}/history) */
    fingerprints: z.array(z.string()).optional(),
    result: z.record(z.string(), z.unknown()).optional(),
    versions: AuditVersionsSchema.optional(),
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .openapi('AuditEvent');
export type AuditEvent = z.infer<typeof AuditEventSchema>;
/** An event before it is chained (the store assigns seq, prevHash and hash). */
export type AuditEventDraft = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;

export const AuditQuerySchema = z.object({
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  type: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(AuditTypeSchema))
    .optional(),
  /** admin scope only: the chain of list and configuration events shared by every tenant */
  chain: z.enum(['tenant', 'system']).default('tenant'),
});

export const PartyHistorySchema = z
  .object({ fingerprint: z.string(), events: z.array(AuditEventSchema), decisions: z.array(AnalystDecisionSchema) })
  .openapi('PartyHistory');
