import { AnalystDecisionSchema, DecisionCreateSchema, DecisionListSchema, DecisionQuerySchema, ProblemSchema, RevokeSchema, z } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { commonErrors, registerOpenApi } from '../openapi';
import { analystApi } from '../use-cases/analyst-deps';
import { approveDecision, createDecision, getDecision, listDecisions, revokeDecision } from '../use-cases/decisions';

/** Analysts' decisions: record, list, approve (four-eyes) and revoke. */
export function decisionsRouter(deps: ApiDeps): Router {
  const a = analystApi(deps);
  const r = Router();
  const auth = requireScope(deps.config, 'screen');
  const who = (req: { tenant: string; analyst: string }) => ({ tenant: req.tenant, analyst: req.analyst });
  r.post('/v1/decisions', auth, async (req, res) => {
    const d = await createDecision(a, who(req), parse(DecisionCreateSchema, req.body));
    res.status(201).location(`/v1/decisions/${d.id}`).json(d);
  });
  r.get('/v1/decisions', auth, async (req, res) => {
    res.json({ decisions: await listDecisions(a, req.tenant, parse(DecisionQuerySchema, req.query, '/query')) });
  });
  r.get('/v1/decisions/:id', auth, async (req, res) => {
    res.json(await getDecision(a, req.tenant, String(req.params.id)));
  });
  r.post('/v1/decisions/:id/approve', auth, async (req, res) => {
    res.json(await approveDecision(a, who(req), String(req.params.id)));
  });
  r.delete('/v1/decisions/:id', auth, async (req, res) => {
    const body = parse(RevokeSchema, req.body ?? {});
    res.json(await revokeDecision(a, who(req), String(req.params.id), body.reason));
  });
  return r;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

registerOpenApi((reg) => {
  const security: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];
  const id = z.object({ id: z.string() });
  reg.registerPath({
    method: 'post', path: '/v1/decisions', security,
    summary: "Record an analyst's verdict on one hit (a screening's party or a batch row)",
    description: 'A `false_positive` suppresses the same (party fingerprint, entity) hit in later screenings, batches and monitoring while the party data, the listed record and the expiry hold. Releasing a `block` needs a second analyst where DECISION_FOUR_EYES says so (status `pending_approval`). The analyst is the API key\'s (or `X-Analyst` for keys declared with analyst `*`).',
    request: { body: { content: { 'application/json': { schema: DecisionCreateSchema } } } },
    responses: { 201: json(AnalystDecisionSchema, 'recorded'), ...commonErrors, 404: problem('unknown screening, batch or row'), 422: problem('the entity is not a hit of that party') },
  });
  reg.registerPath({ method: 'get', path: '/v1/decisions', security, summary: "The tenant's decisions, newest first", request: { query: DecisionQuerySchema }, responses: { 200: json(DecisionListSchema, 'decisions'), ...commonErrors } });
  reg.registerPath({ method: 'get', path: '/v1/decisions/{id}', security, summary: 'One decision', request: { params: id }, responses: { 200: json(AnalystDecisionSchema, 'the decision'), 404: problem('unknown decision') } });
  reg.registerPath({
    method: 'post', path: '/v1/decisions/{id}/approve', security, summary: 'Approve a pending decision (four-eyes: never its author)', request: { params: id },
    responses: { 200: json(AnalystDecisionSchema, 'now active'), 403: problem('the author cannot approve'), 404: problem('unknown decision'), 409: problem('not pending approval') },
  });
  reg.registerPath({
    method: 'delete', path: '/v1/decisions/{id}', security, summary: 'Revoke a decision (kept as revoked, recorded in the audit trail)', request: { params: id, body: { content: { 'application/json': { schema: RevokeSchema } } } },
    responses: { 200: json(AnalystDecisionSchema, 'revoked'), 404: problem('unknown decision'), 409: problem('already revoked') },
  });
});
