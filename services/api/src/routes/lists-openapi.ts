import {
  AlertListSchema, AlertQuerySchema, CustomListDeleteQuerySchema, CustomListUploadedSchema, CustomListUploadQuerySchema, ListChangesQuerySchema, ListChangesSchema, RefreshAcceptedSchema, SyncSourceSchema, z,
} from '@screening/schemas';
import { commonErrors, registerOpenApi } from '../openapi';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const security: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];

registerOpenApi((reg) => {
  reg.registerPath({
    method: 'post', path: '/v1/lists/refresh', summary: 'Operator: sync (LISTS_SYNC or `sync`) and reload every list; workers swap atomically when ready', security,
    request: { body: { content: { 'application/json': { schema: z.object({ sync: z.array(SyncSourceSchema).optional() }) } } } },
    responses: { 202: json(RefreshAcceptedSchema, 'refresh job queued'), ...commonErrors },
  });
  reg.registerPath({
    method: 'put', path: '/v1/lists/custom/{name}', summary: "Admin (403 for `scope=deployment` without the operator scope): upload an organisation's own list (FtM JSON lines/array or CSV with a name column); screened as `custom:{tenant}.{name}` for the key's tenant only, or (operator, `scope=deployment`) as `custom:{name}` for every tenant", security,
    request: { params: z.object({ name: z.string() }), query: CustomListUploadQuerySchema, body: { content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } } } },
    responses: { 200: json(CustomListUploadedSchema, 'a worker read it (load report); now served'), 422: { description: 'nothing could be read; the served version stays' }, ...commonErrors },
  });
  reg.registerPath({
    method: 'delete', path: '/v1/lists/custom/{name}', summary: "Admin: delete the key's tenant's own list `custom:{tenant}.{name}` (operator with `scope=deployment`: the deployment-wide `custom:{name}`); workers stop serving it on the next generation", security,
    request: { params: z.object({ name: z.string() }), query: CustomListDeleteQuerySchema },
    responses: { 204: { description: 'deleted' }, 404: { description: 'the tenant has no list of that name' }, ...commonErrors },
  });
  reg.registerPath({
    method: 'get', path: '/v1/lists/{source}/changes', summary: 'Entities added, removed and changed (with the fields) between two versions; latest change when from/to are omitted', security,
    request: { params: z.object({ source: z.string() }), query: ListChangesQuerySchema },
    responses: { 200: json(ListChangesSchema, 'the change'), 404: { description: 'no such change stored' }, ...commonErrors },
  });
  reg.registerPath({
    method: 'get', path: '/v1/alerts', summary: 'Alerts of re-screening monitored parties (new or changed hits), for the key\'s tenant', security,
    request: { query: AlertQuerySchema },
    responses: { 200: json(AlertListSchema, 'alerts, oldest first; pass `next` as `cursor`'), ...commonErrors },
  });
});
