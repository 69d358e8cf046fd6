import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  CompareRequestSchema,
  CompareResponseSchema,
  ListStatusSchema,
  MatchRequestSchema,
  MatchResponseSchema,
  ProblemSchema,
  ScreeningAcceptedSchema,
  ScreeningRequestSchema,
  ScreeningResultSchema,
  z,
} from '@screening/schemas';

type Registrar = (registry: OpenAPIRegistry) => void;

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
export const commonErrors = {
  400: problem('invalid request; `errors[]` names every bad field'),
  401: problem('missing or unknown API key'),
  403: problem('the API key lacks the scope'),
  503: problem('Redis or the workers are unavailable; retry'),
};

/** `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header) of the POSTs that create a screening or a batch. */
export const idempotencyHeader = z.object({
  'Idempotency-Key': z.string().max(257).optional().openapi({
    description: 'an sf-string (`"…"`) or bare printable ASCII, 1–255 characters, unique per request; a repeat with the same body within IDEMPOTENCY_TTL_SECONDS returns the original response with `Idempotent-Replayed: true` (per tenant)',
    example: '"8e03978e-40d5-43e8-bc93-6894a57f9324"',
  }),
});
export const idempotencyErrors = {
  409: problem('a request with the same Idempotency-Key is still being processed; retry after Retry-After'),
  422: problem('the Idempotency-Key was already used with a different request body (or the content cannot be processed)'),
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const core: Registrar = (reg) => {
  reg.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  reg.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'X-API-Key' });
  const security: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];
  reg.registerPath({ method: 'get', path: '/healthz', summary: 'Liveness', responses: { 200: { description: 'the process runs' } } });
  reg.registerPath({ method: 'get', path: '/readyz', summary: 'Readiness: Redis, a consuming worker and loaded lists', responses: { 200: { description: 'ready' }, 503: { description: 'not ready, with reasons' } } });
  reg.registerPath({
    method: 'post', path: '/v1/match', summary: 'Screen one entity against the lists', security,
    request: { body: { content: { 'application/json': { schema: MatchRequestSchema } } } },
    responses: { 200: json(MatchResponseSchema, 'best matches first'), ...commonErrors, 422: problem('a requested list is not loaded') },
  });
  reg.registerPath({
    method: 'post', path: '/v1/compare', summary: 'Score two entities with the screening scorer', security,
    request: { body: { content: { 'application/json': { schema: CompareRequestSchema } } } },
    responses: { 200: json(CompareResponseSchema, 'score and explanation'), ...commonErrors },
  });
  reg.registerPath({
    method: 'post', path: '/v1/screenings', summary: 'Screen a shipment: every party against the lists, then the risk rules', security,
    request: { headers: idempotencyHeader, body: { content: { 'application/json': { schema: ScreeningRequestSchema } } } },
    responses: { 200: json(ScreeningResultSchema, 'decision, flags, matches'), 202: json(ScreeningAcceptedSchema, 'still running; poll Location'), ...commonErrors, ...idempotencyErrors },
  });
  reg.registerPath({
    method: 'get', path: '/v1/screenings/{id}', summary: 'A stored screening result', security,
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: json(ScreeningResultSchema, 'the result'), 202: json(ScreeningAcceptedSchema, 'still running'), 404: problem('unknown id') },
  });
  reg.registerPath({ method: 'get', path: '/v1/lists', summary: 'Loaded list versions with their age, load report and last failed load', security, responses: { 200: json(z.array(ListStatusSchema), 'lists') } });
};

const registrars: Registrar[] = [core];

/** Routers of later features add their paths here, so that the document is built from the same schemas. */
export function registerOpenApi(r: Registrar): void {
  registrars.push(r);
}

export function buildOpenApi(): object {
  const registry = new OpenAPIRegistry();
  for (const r of registrars) r(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Sanctions screening service',
      version: '0.1.0',
      description: 'Screens shipments and parties against official sanctions and export-control lists, with explainable diversion risk flags. Errors are RFC 9457 problem+json.',
    },
  });
}
