import { jsonBody } from './absent';
import { FtmEntityInputSchema } from './entity-input';
import { ExplanationSchema, MatchBandSchema, MatchedOnSchema } from './match';
import { z } from './zod';

/** Batch limit of POST /match/{dataset}, as in yente. */
export const YENTE_MAX_QUERIES = 100;

/** Body of the yente-compatible `POST /match/{dataset}`: FtM query entities keyed by the client's ids. */
export const YenteMatchRequestSchema = jsonBody(
  z
  .object({
    queries: z
      .record(z.string().min(1).max(200), FtmEntityInputSchema)
      .refine((q) => Object.keys(q).length >= 1, 'at least one query is needed')
      .refine((q) => Object.keys(q).length <= YENTE_MAX_QUERIES, `at most ${YENTE_MAX_QUERIES} queries per request`),
    /** accepted for compatibility; this service has one scoring algorithm */
    weights: z.record(z.string(), z.number()).optional(),
    config: z.record(z.string(), z.unknown()).optional(),
  })
  )
  .openapi('YenteMatchRequest');
export type YenteMatchRequest = z.infer<typeof YenteMatchRequestSchema>;

/** Query parameters of `POST /match/{dataset}`. */
export const YenteMatchParamsSchema = z.object({
  threshold: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(5),
  /** accepted for compatibility (yente's algorithm names); scoring is always this service's matcher */
  algorithm: z.string().max(50).optional(),
  cutoff: z.coerce.number().min(0).max(1).optional(),
});

export const YenteResultSchema = z
  .object({
    id: z.string(),
    caption: z.string(),
    schema: z.string(),
    properties: z.record(z.string(), z.array(z.string())),
    datasets: z.array(z.string()),
    score: z.number(),
    match: z.boolean(),
    /**
     * this service's confidence band (not in yente): `strong` (identifier hit, or near-exact name with a corroborating
     * attribute: can block), `potential` (a match for an analyst to confirm), `review` (a near match below the
     * threshold, `match: false`)
     */
    band: MatchBandSchema.optional(),
    /** what decided the result (not in yente): the name, an identifier hit, or (address-only queries) the address */
    matchedOn: MatchedOnSchema.optional(),
    /** numeric per-feature scores (yente's `features`) */
    features: z.record(z.string(), z.number()),
    /** this service's full explanation (verdicts and reasons) */
    explanation: ExplanationSchema,
  })
  .openapi('YenteResult');

export const YenteMatchResponseSchema = z
  .object({
    responses: z.record(
      z.string(),
      z.object({
        status: z.number().int(),
        results: z.array(YenteResultSchema),
        total: z.object({ value: z.number().int(), relation: z.literal('eq') }),
        query: FtmEntityInputSchema,
      }),
    ),
    limit: z.number().int(),
    algorithm: z.string(),
  })
  .openapi('YenteMatchResponse');
export type YenteMatchResponse = z.infer<typeof YenteMatchResponseSchema>;
