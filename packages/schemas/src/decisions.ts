import { DecisionSchema } from './screening';
import { z } from './zod';

/** An analyst's verdict on one (party, listed entity) pair. */
export const VerdictSchema = z.enum(['false_positive', 'true_match']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const DecisionStatusSchema = z.enum(['active', 'pending_approval', 'revoked']);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

/** POST /v1/decisions: a screening's party (`screeningId` + `partyIndex`) or a batch row (`batchId` + `row`). */
export const DecisionCreateSchema = z
  .object({
    screeningId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    partyIndex: z.number().int().min(0).max(99).optional(),
    batchId: z.string().regex(/^bat-[0-9a-f-]{36}$/).optional(),
    row: z.number().int().min(1).optional(),
    entityId: z.string().min(1).max(300),
    verdict: VerdictSchema,
    reason: z.string().trim().min(3, 'give a reason (at least 3 characters)').max(2000),
    expiresAt: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const scr = v.screeningId !== undefined;
    const bat = v.batchId !== undefined;
    if (scr === bat) ctx.addIssue({ code: 'custom', path: ['screeningId'], message: 'give either screeningId (+ partyIndex) or batchId + row' });
    if (bat && v.row === undefined) ctx.addIssue({ code: 'custom', path: ['row'], message: 'a batch decision needs the row number' });
    if (v.expiresAt && Date.parse(v.expiresAt) <= Date.parse('2000-01-01')) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expiresAt is in the distant past' });
  })
  .openapi('DecisionCreate');
export type DecisionCreate = z.infer<typeof DecisionCreateSchema>;

/** Where the decided pair was seen. */
export const DecisionOriginSchema = z.object({
  kind: z.enum(['screening', 'batch']),
  id: z.string(),
  /** party index in the screening, or row number in the batch */
  index: z.number().int().nonnegative(),
});

export const AnalystDecisionSchema = z
  .object({
    id: z.string(),
    tenant: z.string(),
    status: DecisionStatusSchema,
    verdict: VerdictSchema,
    reason: z.string(),
    entityId: z.string(),
    entityName: z.string(),
    list: z.string(),
    listVersion: z.string(),
    /** content hash of the listed record in that list version: a change re-opens the decision */
    recordHash: z.string(),
    /** the party's fingerprint: a change of the screened data re-opens the decision */
    fingerprint: z.string(),
    /** the party's name key (name and type only): finds the decision again when the fingerprint changed, to say why it re-opened */
    nameKey: z.string(),
    partyName: z.string(),
    origin: DecisionOriginSchema,
    /** the decision of the screening (or row) when the verdict was given */
    screeningDecision: DecisionSchema.optional(),
    author: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().optional(),
    /** four-eyes: a second analyst must approve before the verdict takes effect */
    needsApproval: z.boolean(),
    approvedBy: z.string().optional(),
    approvedAt: z.string().optional(),
    revokedBy: z.string().optional(),
    revokedAt: z.string().optional(),
    revokeReason: z.string().optional(),
  })
  .openapi('AnalystDecision');
export type AnalystDecision = z.infer<typeof AnalystDecisionSchema>;

export const DecisionQuerySchema = z.object({
  entityId: z.string().max(300).optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  verdict: VerdictSchema.optional(),
  status: DecisionStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type DecisionQuery = z.infer<typeof DecisionQuerySchema>;

export const DecisionListSchema = z.object({ decisions: z.array(AnalystDecisionSchema) }).openapi('DecisionList');

export const RevokeSchema = z.object({ reason: z.string().trim().max(2000).optional() }).strict();

