import { existsSync } from 'node:fs';
import { ListControl } from '@screening/queue';
import { AppError } from '@screening/runtime';
import { CustomListNameSchema, type ListChanges, ListChangesQuerySchema, ListQueueNames, type RefreshJob, z } from '@screening/schemas';
import { diffLists, loadCustomList, loadList, PUBLISHER_FILES } from '@screening/watchlists';
import { Queue } from 'bullmq';
import express, { Router } from 'express';
import type { ApiDeps } from '../deps';
import { requireScope } from '../middleware/auth';
import { parse } from '../middleware/validate';
import { alertsRouter } from './alerts';
import './lists-openapi';

const RefreshBodySchema = z.object({ sync: z.array(z.enum(Object.keys(PUBLISHER_FILES) as [string, ...string[]])).max(20).optional() }).strict();
const SourceParamSchema = z.string().regex(/^[a-z][\w:-]{1,80}$/, 'a list id such as us_ofac_sdn or custom:acme');

/**
 * Two versions that were served but are not one step apart: when both are still on disk (synced versions are
 * immutable folders), they are read and compared here. A path whose content changed since is not used.
 */
async function diffFromHistory(control: ListControl, source: string, from: string, to: string): Promise<ListChanges | undefined> {
  if (source.startsWith('custom:')) return undefined;
  const history = await control.history(source);
  const a = history.find((h) => h.version === from);
  const b = history.find((h) => h.version === to);
  if (!a || !b || !existsSync(a.path) || !existsSync(b.path)) return undefined;
  const [la, lb] = await Promise.all([loadList(source, a.path), loadList(source, b.path)]);
  if (la.version !== from || lb.version !== to) return undefined;
  const { changedEntities: _, ...diff } = diffLists(source, la, lb);
  return diff;
}

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

  r.get('/v1/lists', screen, async (_req, res) => {
    const [{ lists }, errors] = await Promise.all([deps.registry.current(), control.errors()]);
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

  r.post('/v1/lists/refresh', admin, async (req, res) => {
    const body = parse(RefreshBodySchema, req.body ?? {});
    const job = await queue().add('refresh', { kind: 'refresh', reason: `POST /v1/lists/refresh by ${req.tenant}`, ...(body.sync ? { sync: body.sync } : {}) });
    res.status(202).json({ jobId: job.id, status: 'queued' });
  });

  r.put(
    '/v1/lists/custom/:name',
    admin,
    express.text({ type: () => true, limit: deps.config.CUSTOM_LIST_MAX_BYTES }),
    async (req, res) => {
      const name = parse(CustomListNameSchema, req.params.name, '/name');
      const content = typeof req.body === 'string' ? req.body : req.body && typeof req.body === 'object' ? JSON.stringify(req.body) : '';
      if (!content.trim()) throw new AppError('validation', 'send the list as the body: FtM JSON lines (application/x-ndjson), a JSON array, or CSV (text/csv) with a name column');
      let list;
      try {
        list = await loadCustomList(name, content);
      } catch (err) {
        throw new AppError('unprocessable', `the list cannot be read: ${(err as Error).message}`);
      }
      await control.putCustom(name, content, list.version);
      await control.bump(`custom list ${name} uploaded by ${req.tenant}`);
      const { report } = list;
      res.status(200).json({ id: list.source, version: list.version, entities: report.entities, rows: report.rows, rejected: report.rejected, reasons: report.reasons });
    },
  );

  r.get('/v1/lists/:source/changes', screen, async (req, res) => {
    const source = parse(SourceParamSchema, req.params.source, '/source');
    const q = parse(ListChangesQuerySchema, req.query, '/query');
    const changes = (await control.changes(source, q.from, q.to)) ?? (q.from && q.to ? await diffFromHistory(control, source, q.from, q.to) : undefined);
    if (!changes) {
      const versions = (await control.history(source)).map((h) => h.version);
      throw new AppError('not-found', versions.length ? `no stored change ${q.from ?? '(latest)'} → ${q.to ?? '(latest)'} for ${source}; versions seen: ${versions.join(', ')}` : `no version of ${source} has been served yet`);
    }
    res.json(changes);
  });

  r.use(alertsRouter(deps));
  return r;
}
