import { customListKey, customListVersion, ListControl, listVisibleTo } from '@screening/queue';
import { AppError } from '@screening/runtime';
import {
  CustomListDeleteQuerySchema, CustomListNameSchema, CustomListUploadedSchema, CustomListUploadQuerySchema, ListChangesQuerySchema, ListDiffTaskResultSchema, ListQueueNames, type RefreshJob, SyncSourceSchema, z,
} from '@screening/schemas';
import { Queue } from 'bullmq';
import express, { Router } from 'express';
import type { ApiDeps } from '../deps';
import { isOperator, requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { runListTask } from '../use-cases/run-list-task';
import { alertsRouter } from './alerts';
import './lists-openapi';

const RefreshBodySchema = z.object({ sync: z.array(SyncSourceSchema).max(20).optional() }).strict();
const SourceParamSchema = z.string().regex(/^[a-z][\w:.-]{1,150}$/, 'a list id such as us_ofac_sdn, custom:acme.watch or custom:shared');

const age = (iso: string | undefined, now: number) => (iso && !Number.isNaN(Date.parse(iso)) ? Math.max(0, Math.round((now - Date.parse(iso)) / 1000)) : undefined);

/**
 * GET /v1/lists (versions, counts, publisher dates, age), POST /v1/lists/refresh (admin), PUT /v1/lists/custom/{name}
 * (admin) and GET /v1/lists/{source}/changes. Workers do the loading; the API only coordinates through Redis.
 */
export function listsRouter(deps: ApiDeps): Router {
  const r = Router();
  const screen = requireScope(deps.config, 'screen');
  const admin = requireScope(deps.config, 'admin');
  const control = new ListControl(deps.redis, deps.config.REDIS_PREFIX);
  let refreshQueue: Queue<RefreshJob> | undefined;
  const queue = () => {
    if (!refreshQueue) {
      refreshQueue = new Queue<RefreshJob>(ListQueueNames.refresh, { connection: deps.redis, prefix: deps.config.REDIS_PREFIX });
      refreshQueue.on('error', (err) => deps.logger.warn({ queue: ListQueueNames.refresh, err: err.message }, 'queue error'));
    }
    return refreshQueue;
  };

  // a tenant sees official lists, deployment-wide custom lists and its own; the operator sees the whole deployment
  const maySee = (req: express.Request, listId: string) => isOperator(deps.config, req) || listVisibleTo(listId, req.tenant);

  r.get('/v1/lists', screen, async (req, res) => {
    const [current, errors] = await Promise.all([deps.registry.current(), control.errors()]);
    const lists = current.lists.filter((l) => maySee(req, l.id));
    const reports = await Promise.all(lists.map((l) => control.version(l.id, l.version).then((v) => v?.report)));
    const now = Date.now();
    res.json(
      lists.map((l, i) => ({
        ...l,
        ageSeconds: age(l.loadedAt, now),
        publishedAgeSeconds: age(l.publishedAt, now),
        ...(reports[i] ? { load: reports[i] } : {}),
        ...(errors[l.id] ? { lastError: errors[l.id] } : {}),
      })),
    );
  });

  // a refresh syncs and reloads the lists every tenant screens against: the deployment's operator only
  r.post('/v1/lists/refresh', requireScope(deps.config, 'operator'), async (req, res) => {
    const body = parse(RefreshBodySchema, req.body ?? {});
    const job = await queue().add('refresh', { kind: 'refresh', reason: `POST /v1/lists/refresh by ${req.tenant}`, ...(body.sync ? { sync: body.sync } : {}) });
    res.status(202).json({ jobId: job.id, status: 'queued' });
  });

  r.put(
    '/v1/lists/custom/:name',
    admin,
    express.text({ type: () => true, limit: deps.config.CUSTOM_LIST_MAX_BYTES }),
    async (req, res) => {
      const listName = parse(CustomListNameSchema, req.params.name, '/name');
      const q = parse(CustomListUploadQuerySchema, req.query, '?');
      const deployment = q.scope === 'deployment';
      if (deployment && !isOperator(deps.config, req)) throw new AppError('forbidden', 'a deployment-wide list (scope=deployment) needs the "operator" scope');
      // a tenant's own list is stored (and screened) as `<tenant>.<name>`: other tenants neither see nor match it
      const name = customListKey(listName, deployment ? undefined : req.tenant);
      if (!deployment) {
        // every worker holds and indexes each list: a tenant keeps a bounded number (replacing one of its lists is always allowed)
        const own = (await control.customNames()).filter((n) => n.startsWith(`${req.tenant}.`));
        const cap = deps.config.CUSTOM_LISTS_PER_TENANT;
        if (!own.includes(name) && own.length >= cap) throw new AppError('quota-exceeded', `this tenant keeps ${cap} custom lists already (CUSTOM_LISTS_PER_TENANT): replace one of them, or ask the operator`);
      }
      const content = typeof req.body === 'string' ? req.body : req.body && typeof req.body === 'object' ? JSON.stringify(req.body) : '';
      if (!content.trim()) throw new AppError('validation', 'send the list as the body: FtM JSON lines (application/x-ndjson), a JSON array, or CSV (text/csv) with a name column', { errors: [{ pointer: '/', field: '(body)', message: 'empty' }] });
      // the API never reads the list: a worker does, and only a list it accepted is made current
      const version = customListVersion(content, q.category);
      const timeoutMs = deps.config.LISTS_TASK_TIMEOUT_MS;
      await control.stageCustom(name, version, content, (2 * timeoutMs) / 1000 + 60);
      try {
        const task = { kind: 'check-custom' as const, name, version, ...(q.category ? { category: q.category } : {}) };
        const report = CustomListUploadedSchema.parse(await runListTask(deps.listTasks.queue, deps.listTasks.events, task, { timeoutMs }));
        await control.putCustom(name, content, version, new Date(), q.category);
        await control.bump(`custom list ${name} uploaded by ${req.tenant}`);
        res.status(200).json({ ...report, scope: deployment ? 'deployment' : 'tenant' });
      } finally {
        await control.dropStagedCustom(name, version).catch(() => undefined);
      }
    },
  );

  r.delete('/v1/lists/custom/:name', admin, async (req, res) => {
    const listName = parse(CustomListNameSchema, req.params.name, '/name');
    const q = parse(CustomListDeleteQuerySchema, req.query, '?');
    const deployment = q.scope === 'deployment';
    if (deployment && !isOperator(deps.config, req)) throw new AppError('forbidden', 'a deployment-wide list (scope=deployment) needs the "operator" scope');
    // a tenant deletes its own list only: another tenant's list of the same name is a different key
    const name = customListKey(listName, deployment ? undefined : req.tenant);
    if (!(await control.deleteCustom(name))) throw new AppError('not-found', `no custom list ${listName}${deployment ? ' (deployment-wide)' : ''}`);
    await control.bump(`custom list ${name} deleted by ${req.tenant}`);
    res.status(204).end();
  });

  r.get('/v1/lists/:source/changes', screen, async (req, res) => {
    const source = parse(SourceParamSchema, req.params.source, '/source');
    // another tenant's list answers as a list never served (404), without its versions
    if (!maySee(req, source)) throw new AppError('not-found', `no version of ${source} has been served yet`);
    const q = parse(ListChangesQuerySchema, req.query, '/query');
    let changes = await control.changes(source, q.from, q.to);
    const history = changes ? [] : await control.history(source);
    const versions = history.map((h) => h.version);
    // two served versions that are not one step apart: a worker diffs them from disk (when both are still there)
    if (!changes && q.from && q.to && !source.startsWith('custom:') && versions.includes(q.from) && versions.includes(q.to)) {
      const task = { kind: 'diff' as const, source, from: q.from, to: q.to };
      const jobId = `diff-${source}-${q.from}-${q.to}`.replace(/:/g, '_');
      const result = ListDiffTaskResultSchema.parse(await runListTask(deps.listTasks.queue, deps.listTasks.events, task, { timeoutMs: deps.config.LISTS_TASK_TIMEOUT_MS, jobId }));
      if (result.found) changes = await control.changes(source, q.from, q.to);
      else throw new AppError('not-found', `${source} ${q.from} → ${q.to} cannot be compared: ${result.reason ?? 'a version is gone'}`);
    }
    if (!changes) {
      throw new AppError('not-found', versions.length ? `no stored change ${q.from ?? '(latest)'} → ${q.to ?? '(latest)'} for ${source}; versions seen: ${versions.join(', ')}` : `no version of ${source} has been served yet`);
    }
    res.json(changes);
  });

  r.use(alertsRouter(deps));
  return r;
}
