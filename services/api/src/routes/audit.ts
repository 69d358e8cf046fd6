import { AuditEventSchema, AuditQuerySchema, PartyHistorySchema, ProblemSchema, z } from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { commonErrors, registerOpenApi } from '../openapi';
import { analystApi } from '../use-cases/analyst-deps';
import { partyHistory, readAudit, stopMonitoring } from '../use-cases/records';

/** GET /v1/audit (NDJSON stream), GET /v1/parties/{fingerprint}/history, DELETE /v1/parties/{fingerprint}/monitoring. */
export function auditRouter(deps: ApiDeps): Router {
  const a = analystApi(deps);
  const r = Router();
  const auth = requireScope(deps.config, 'screen');
  r.get('/v1/audit', auth, async (req, res) => {
    const q = parse(AuditQuerySchema, req.query, '/query');
    const pages = readAudit(a, req.tenant, q, req.apiKey?.scope === 'operator' || deps.config.API_KEYS.length === 0);
    res.type('application/x-ndjson');
    res.setHeader('Cache-Control', 'no-store');
    for await (const page of pages) {
      if (!res.write(page.map((e) => JSON.stringify(e)).join('\n') + '\n')) await new Promise((ok) => res.once('drain', ok));
    }
    res.end();
  });
  r.get('/v1/parties/:fingerprint/history', auth, async (req, res) => {
    res.json(await partyHistory(a, req.tenant, String(req.params.fingerprint)));
  });
  r.delete('/v1/parties/:fingerprint/monitoring', auth, async (req, res) => {
    res.json(await stopMonitoring(a, { tenant: req.tenant, analyst: req.analyst }, String(req.params.fingerprint)));
  });
  return r;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

registerOpenApi((reg) => {
  const security: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];
  const fp = z.object({ fingerprint: z.string().openapi({ example: '3f2a…(32 hex)' }) });
  reg.register('AuditEvent', AuditEventSchema);
  reg.registerPath({
    method: 'get', path: '/v1/audit', security,
    summary: "The tenant's hash-chained audit trail as NDJSON (one AuditEvent per line), oldest first",
    description: '`hash` = SHA-256 hex of `prevHash` followed by the canonical JSON (sorted keys, no spaces) of the event without `hash`; the first event has `prevHash` 64 zeros. `chain=system` (operator scope): list version and configuration changes.',
    request: { query: AuditQuerySchema },
    responses: { 200: { description: 'events', content: { 'application/x-ndjson': { schema: AuditEventSchema } } }, ...commonErrors },
  });
  reg.registerPath({
    method: 'get', path: '/v1/parties/{fingerprint}/history', security, summary: 'Every audited screening and decision of a party (by its fingerprint)', request: { params: fp },
    responses: { 200: { description: 'history', content: { 'application/json': { schema: PartyHistorySchema } } }, 404: problem('nothing recorded for this fingerprint') },
  });
  reg.registerPath({
    method: 'delete', path: '/v1/parties/{fingerprint}/monitoring', security, summary: 'Stop re-screening every monitored party with this fingerprint (audited)', request: { params: fp },
    responses: { 200: { description: 'stopped', content: { 'application/json': { schema: z.object({ stopped: z.number().int() }) } } }, 404: problem('not monitored') },
  });
});
