import { type BatchAccepted, BatchAcceptedSchema, BatchOptionsSchema, BatchResultLineSchema, BatchResultsQuerySchema, BatchSchema, ProblemSchema, z } from '@screening/schemas';
import { AppError } from '@screening/runtime';
import { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { commonErrors, idempotencyErrors, idempotencyHeader, registerOpenApi } from '../openapi';
import { batchDeps } from '../use-cases/batch-deps';
import { createBatch, newBatchId, uploadFingerprint } from '../use-cases/create-batch';
import { createStreamedBatch } from '../use-cases/create-streamed-batch';
import { idempotent } from '../use-cases/idempotent';
import { getBatch } from '../use-cases/get-batch';
import { analystApi } from '../use-cases/analyst-deps';
import { deleteBatch } from '../use-cases/records';
import { streamBatchResults } from '../use-cases/stream-batch-results';

/** POST /v1/batches (bulk CSV), GET /v1/batches/{id} (progress), GET /v1/batches/{id}/results (streamed). */
export function batchesRouter(deps: ApiDeps): Router {
  const d = batchDeps(deps);
  const r = Router();
  const auth = requireScope(deps.config, 'batch');
  r.post('/v1/batches', auth, async (req, res) => {
    if (/^(true|1)$/.test(String(req.query.stream ?? ''))) {
      // the 202 comes before the body has been read: there is no fingerprint to replay an Idempotency-Key against
      if (req.headers['idempotency-key'] !== undefined) {
        throw new AppError('validation', 'Idempotency-Key cannot be combined with stream=true (the answer comes before the upload has been read)', { errors: [{ pointer: '/headers/idempotency-key', field: 'Idempotency-Key', message: 'not with stream=true' }] });
      }
      // the 202 and its JSON line go out at once, but the response ends only with the upload: Node keeps reading (and
      // tracking) a request body only while its response is open
      const respond = (body: BatchAccepted) => {
        res.status(202).location(`/v1/batches/${body.id}`).type('application/json');
        res.write(`${JSON.stringify(body)}\n`);
      };
      await createStreamedBatch(d, req, respond, req.log);
      return void res.end();
    }
    const accepted = (body: BatchAccepted) => ({ status: 202, location: `/v1/batches/${body.id}`, body });
    await idempotent(deps, req, res, {
      route: 'batches',
      newId: newBatchId,
      fingerprint: () => uploadFingerprint(req, deps.config.BATCH_MAX_BYTES),
      run: async (id) => {
        const { body, fingerprint } = await createBatch(d, req, id);
        return { response: accepted(body), fingerprint };
      },
      // a take-over (the API that held the key died): the batch may be queued already, else its partial rows go
      recover: async (id) => {
        const rec = await d.store.get(id);
        return rec && rec.tenant === req.tenant ? accepted({ id, status: 'queued', rows: rec.rows }) : undefined;
      },
      cleanup: (id) => d.store.discard(id),
    });
  });
  r.get('/v1/batches/:id', auth, async (req, res) => {
    res.json(await getBatch(d, req.tenant, String(req.params.id)));
  });
  r.delete('/v1/batches/:id', auth, async (req, res) => {
    await deleteBatch(analystApi(deps), d, { tenant: req.tenant, analyst: req.analyst }, String(req.params.id));
    res.status(204).end();
  });
  r.get('/v1/batches/:id/results', auth, async (req, res) => {
    const { format } = parse(BatchResultsQuerySchema, req.query, '/query');
    const chosen = format ?? (/ndjson/i.test(req.headers.accept ?? '') ? 'ndjson' : 'csv');
    await streamBatchResults(d, req, res, String(req.params.id), chosen);
  });
  return r;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

registerOpenApi((reg) => {
  const security: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];
  const id = z.object({ id: z.string().openapi({ example: 'bat-6f1c…' }) });
  reg.register('BatchResultLine', BatchResultLineSchema);
  reg.registerPath({
    method: 'post',
    path: '/v1/batches',
    summary: 'Bulk CSV screening: upload a CSV (one party per row), screened in chunks by the workers',
    description:
      'Multipart field `file`, or a raw `text/csv` body. UTF-8 (BOM accepted), `,` or `;` delimited, header row with `name` (required) and optionally reference, type, role, country, address, date_of_birth, identifiers (`type:value;type:value`), aliases (`;`), hs_codes (`;`), destination; other columns are carried through. Rows with the same `reference` and a `role` are screened as one shipment. Options as query parameters or multipart fields.',
    security,
    request: {
      query: BatchOptionsSchema,
      headers: idempotencyHeader,
      body: {
        content: {
          'text/csv': { schema: z.string() },
          'multipart/form-data': { schema: BatchOptionsSchema.extend({ file: z.string().openapi({ format: 'binary' }) }) },
        },
      },
    },
    responses: {
      202: { description: 'stored and queued (`status: queued`, `rows`); with `stream=true`, as soon as the header and the first row are read (`status: uploading`, rows still arriving); poll `Location`', content: { 'application/json': { schema: BatchAcceptedSchema } } },
      ...commonErrors,
      413: problem('the upload is larger than BATCH_MAX_BYTES (refused as soon as the limit is crossed)'),
      415: problem('neither multipart/form-data nor text/csv'),
      409: idempotencyErrors[409],
      422: problem('bad header (no `name` column), no data rows, more than BATCH_MAX_ROWS rows, unreadable CSV, an unknown list, or an Idempotency-Key already used with another upload'),
    },
  });
  reg.registerPath({
    method: 'get',
    path: '/v1/batches/{id}',
    summary: 'Status, progress and decision counts of a batch',
    security,
    request: { params: id },
    responses: { 200: { description: 'the batch', content: { 'application/json': { schema: BatchSchema } } }, 404: problem('unknown or expired batch') },
  });
  reg.registerPath({
    method: 'delete',
    path: '/v1/batches/{id}',
    summary: 'Delete a completed batch: its rows, results, monitored rows and review items (recorded in the audit trail)',
    security,
    request: { params: id },
    responses: { 204: { description: 'deleted' }, 404: problem('unknown or expired batch'), 409: problem('still being screened') },
  });
  reg.registerPath({
    method: 'get',
    path: '/v1/batches/{id}/results',
    summary: 'One result line per input row, in input order, streamed (waits for rows still being screened)',
    description: 'CSV (default; the input columns, then status, reason, decision, risk_level, match_name, match_entity_id, match_list, match_score, flags, shipment; formula-like cells are prefixed with an apostrophe) or NDJSON (`BatchResultLine` per line).',
    security,
    request: { params: id, query: BatchResultsQuerySchema },
    responses: {
      200: {
        description: 'the results',
        content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: BatchResultLineSchema } },
      },
      404: problem('unknown or expired batch'),
    },
  });
});
