import { AppError } from '@screening/runtime';
import {
  EntityInputSchema,
  type Match,
  type MatchResponse,
  YenteMatchParamsSchema,
  YenteMatchRequestSchema,
  type YenteMatchResponse,
  YenteMatchResponseSchema,
  z,
} from '@screening/schemas';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { commonErrors, registerOpenApi } from '../openapi';
import { runJob } from '../use-cases/run-job';

/** Datasets that mean "every loaded list" (yente's collections). */
const ALL = new Set(['default', 'sanctions', 'all']);
const FTM_SCHEMA: Record<Match['type'], string> = { person: 'Person', organization: 'Organization', vessel: 'Vessel', aircraft: 'Airplane', unknown: 'LegalEntity' };

function toResult(m: Match): YenteMatchResponse['responses'][string]['results'][number] {
  const features = Object.fromEntries(Object.entries(m.explanation.features).filter((e): e is [string, number] => typeof e[1] === 'number'));
  const properties: Record<string, string[]> = { name: [m.name] };
  if (m.matchedName !== m.name) properties.alias = [m.matchedName];
  if (m.programs.length) properties.program = m.programs;
  return { id: m.entityId, caption: m.name, schema: FTM_SCHEMA[m.type], properties, datasets: [m.list], score: m.score, match: m.match, ...(m.band ? { band: m.band } : {}), ...(m.matchedOn ? { matchedOn: m.matchedOn } : {}), features, explanation: m.explanation };
}

registerOpenApi((reg) => {
  reg.registerPath({
    method: 'post', path: '/match/{dataset}', summary: 'yente-compatible matching of a batch of FtM entities',
    security: [{ bearer: [] }, { apiKey: [] }],
    request: {
      params: z.object({ dataset: z.string().openapi({ description: 'a loaded list id, or "default" for all lists' }) }),
      query: YenteMatchParamsSchema,
      body: { content: { 'application/json': { schema: YenteMatchRequestSchema } } },
    },
    responses: {
      200: { description: 'results per query key', content: { 'application/json': { schema: YenteMatchResponseSchema } } },
      ...commonErrors,
    },
  });
});

/**
 * POST /match/{dataset}: the request and response shapes of OpenSanctions yente, so that FtM clients can point
 * here. Each query becomes one `match` job (scored in parallel by the workers) with this service's matcher.
 */
export function yenteRouter(deps: ApiDeps): Router {
  const r = Router();
  r.post('/match/:dataset', requireScope(deps.config, 'screen'), async (req, res) => {
    const body = parse(YenteMatchRequestSchema, req.body);
    const params = parse(YenteMatchParamsSchema, req.query, '?');
    const dataset = String(req.params.dataset);
    const lists = ALL.has(dataset) ? undefined : [dataset];
    const threshold = params.threshold ?? deps.config.MATCH_THRESHOLD;
    const keys = Object.keys(body.queries);
    const outcomes = await Promise.all(
      keys.map((key) => {
        const entity = parse(EntityInputSchema, body.queries[key], `/queries/${key}`);
        const request = { entity, threshold, limit: params.limit, ...(lists ? { lists } : {}) };
        return runJob<MatchResponse>(deps.screenQueue, deps.replies, { kind: 'match', tenant: req.tenant, actor: req.analyst, request }, { timeoutMs: deps.config.SCREEN_SYNC_TIMEOUT_MS, maxWaiting: deps.config.SCREEN_QUEUE_MAX_WAITING });
      }),
    );
    if (outcomes.some((o) => !o.done)) throw new AppError('unavailable', 'no worker answered in time; retry shortly', { headers: { 'Retry-After': '2' } });
    let algorithm = '';
    const responses: YenteMatchResponse['responses'] = {};
    keys.forEach((key, i) => {
      const out = outcomes[i]!;
      if (!out.done) return;
      algorithm = out.result.algorithm;
      const results = out.result.matches.map(toResult);
      responses[key] = { status: 200, results, total: { value: results.filter((x) => x.match).length, relation: 'eq' }, query: body.queries[key]! };
    });
    res.json({ responses, limit: params.limit, algorithm } satisfies YenteMatchResponse);
  });
  return r;
}
