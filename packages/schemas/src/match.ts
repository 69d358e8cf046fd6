import { jsonBody } from './absent';
import { EntityTypeSchema, ListCategorySchema, ListVersionSchema } from './domain';
import { EntityInputSchema } from './entity-input';
import { z } from './zod';

export const FeatureValueSchema = z.union([z.number(), z.string()]);

export const ExplanationSchema = z
  .object({
    /** per-feature scores (0..1) or verdicts such as "match", "mismatch", "absent" */
    features: z.record(z.string(), FeatureValueSchema),
    /** one or two sentences an analyst can read */
    text: z.string(),
    /** the reasons, one per feature that moved the score */
    reasons: z.array(z.string()).optional(),
  })
  .openapi('Explanation');
export type Explanation = z.infer<typeof ExplanationSchema>;

/**
 * How far a candidate goes (spec/api.md "Additions"): `strong` can block on its own (an identifier hit, or a near-exact
 * name with corroborating attributes and none contradicting), `potential` is a match an analyst confirms, `review` is a
 * near match below the match threshold (`match: false`, the A7 band).
 */
export const MatchBandSchema = z.enum(['strong', 'potential', 'review']).openapi('MatchBand');
export type MatchBand = z.infer<typeof MatchBandSchema>;
/** What decided the candidate: its name, an identifier or an address. */
export const MatchedOnSchema = z.enum(['name', 'identifier', 'address']).openapi('MatchedOn');
export type MatchedOn = z.infer<typeof MatchedOnSchema>;

export const MatchSchema = z
  .object({
    list: z.string(),
    listVersion: z.string(),
    entityId: z.string(),
    name: z.string(),
    matchedName: z.string(),
    type: EntityTypeSchema,
    programs: z.array(z.string()),
    score: z.number(),
    match: z.boolean(),
    band: MatchBandSchema.optional(),
    matchedOn: MatchedOnSchema.optional(),
    explanation: ExplanationSchema,
    subList: z.string().optional(),
    /** legal meaning of the listed entry: blocking / non-blocking sanctions, export restriction, debarment, other */
    categories: z.array(ListCategorySchema).optional(),
    /** content hash of the listed record in this list version (a decision on this hit holds only while it is unchanged) */
    recordHash: z.string().optional(),
    /** an active false_positive decision covers this hit: it is shown but does not drive the decision */
    suppressed: z.object({ decisionId: z.string() }).optional(),
    /** an active true_match decision confirms this hit (it keeps driving the decision) */
    confirmed: z.object({ decisionId: z.string() }).optional(),
    /** a decision on this hit no longer holds (party data, listed record or expiry changed), and why */
    reopened: z.object({ decisionId: z.string(), reason: z.string() }).optional(),
  })
  .openapi('Match');
export type Match = z.infer<typeof MatchSchema>;

const ThresholdSchema = z.number().min(0).max(1);

export const MatchRequestSchema = jsonBody(
  z
  .object({
    entity: EntityInputSchema,
    threshold: ThresholdSchema.optional(),
    limit: z.number().int().min(1).max(100).default(10),
    lists: z.array(z.string().min(1).max(140)).max(20).optional(),
  })
  .strict()
  )
  .openapi('MatchRequest');
export type MatchRequest = z.infer<typeof MatchRequestSchema>;

export const MatchResponseSchema = z
  .object({
    matches: z.array(MatchSchema),
    lists: z.array(ListVersionSchema),
    algorithm: z.string(),
    threshold: z.number(),
  })
  .openapi('MatchResponse');
export type MatchResponse = z.infer<typeof MatchResponseSchema>;

export const CompareRequestSchema = jsonBody(
  z
  .object({ a: EntityInputSchema, b: EntityInputSchema, threshold: ThresholdSchema.optional() })
  .strict()
  )
  .openapi('CompareRequest');
export type CompareRequest = z.infer<typeof CompareRequestSchema>;

export const CompareResponseSchema = z
  .object({
    score: z.number(),
    match: z.boolean(),
    band: MatchBandSchema.optional(),
    matchedOn: MatchedOnSchema.optional(),
    threshold: z.number(),
    explanation: ExplanationSchema,
    algorithm: z.string(),
  })
  .openapi('CompareResponse');
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
