import { createHmac } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListControl } from '@screening/queue';
import { assertRedis, WATCHLISTS, waitFor, webhookReceiver } from '@screening/testkit';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

// three OFAC vintages loaded, indexed and swapped by every worker: about 30 s of CPU, which takes minutes on a busy
// 2-core machine (84 s at load 10 under nice, over 180 s at load 10 with --detectOpenHandles); only a hang may fail it
jest.setTimeout(600_000);
// list loads, swaps and the re-screening after a swap are waited for as long as they take on a busy machine (the
// tests assert what is served and raised, not how fast; waitFor's 10 s default is too short under load)
const SLOW_MS = 300_000;
const ADMIN = { Authorization: 'Bearer adm1n' };
const USER = { Authorization: 'Bearer us3r' };
const KEYS = 'adm1n:operator,us3r:screen'; // list refresh is the operator's

const listVersion = async (s: TestStack, id: string) => ((await request(s.app).get('/v1/lists').set(USER)).body as { id: string; version: string }[]).find((l) => l.id === id)?.version;

describe('lists: refresh, atomic swap, diff, monitoring and alerts (real Redis, in-process worker)', () => {
  let dir: string;
  beforeAll(() => assertRedis());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lists-api-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when OFAC moves from 2021-07 to 2023-01 under load, then no request fails or mixes versions, the diff is served and a monitored party newly listed raises exactly one signed alert', async () => {
    const hook = await webhookReceiver((n) => (n === 1 ? 503 : 204)); // the first delivery fails: the retry must deliver it
    const link = join(dir, 'sdn');
    symlinkSync(join(WATCHLISTS, 'ofac/2021-07'), link);
    const s = await startStack({ API_KEYS: KEYS, SCREENING_LISTS: `us_ofac_sdn:${link}`, LISTS_POLL_MS: '200', MONITOR_RESCREEN_EVERY_MS: '0', ALERT_WEBHOOK_URL: hook.url, WEBHOOK_ALLOW_CIDRS: '127.0.0.1/32', ALERT_WEBHOOK_SECRET: 'wh-secret' });
    try {
      const v1 = await listVersion(s, 'us_ofac_sdn');
      const party = { role: 'buyer', name: 'Khalil Ahmad Hijazi', type: 'person', dateOfBirth: '1961-08-22' };
      const first = await request(s.app).post('/v1/screenings').set(USER).send({ parties: [party], monitor: true });
      expect(first.status).toBe(200);
      expect(first.body.parties[0].matches.filter((m: { match: boolean }) => m.match)).toEqual([]);
      await waitFor(async () => (await s.worker!.lists.monitor.count()) === 1, 'party kept for monitoring', SLOW_MS);

      unlinkSync(link);
      symlinkSync(join(WATCHLISTS, 'ofac/2023-01'), link);
      const refresh = await request(s.app).post('/v1/lists/refresh').set(ADMIN).send({});
      expect(refresh.status).toBe(202);
      // keep 5 requests in flight until the new version is served, then 5 rounds more
      const seen = new Set<string>();
      let v2: string | undefined;
      for (let after = 0; after < 5; ) {
        const answers = await Promise.all(Array.from({ length: 5 }, () => request(s.app).post('/v1/match').set(USER).send({ entity: { name: 'Banco Nacional de Cuba' } })));
        for (const a of answers) {
          expect(a.status).toBe(200);
          const versions = new Set([...a.body.lists.map((l: { version: string }) => l.version), ...a.body.matches.map((m: { listVersion: string }) => m.listVersion)]);
          expect(versions.size).toBe(1);
          seen.add([...versions][0] as string);
        }
        const v = await listVersion(s, 'us_ofac_sdn');
        if (v !== v1) (v2 = v), after++;
      }
      expect([...seen].sort()).toEqual([v1, v2].sort());
      const changes = await request(s.app).get(`/v1/lists/us_ofac_sdn/changes?from=${v1}&to=${v2}`).set(USER);
      expect(changes.status).toBe(200);
      expect(changes.body.counts).toEqual({ added: 2982, removed: 515, changed: 4255, unchanged: 4206 });
      expect(changes.body.added).toContainEqual({ id: 'us_ofac_sdn:28444', name: 'HIJAZI, Khalil Ahmad', type: 'person' });
      expect((await request(s.app).get('/v1/lists/us_ofac_sdn/changes?from=nope&to=nada').set(USER)).status).toBe(404);

      const alerts = await waitFor(async () => {
        const r = await request(s.app).get('/v1/alerts').set(USER);
        return r.body.alerts.length ? r.body.alerts : undefined;
      }, 'an alert', SLOW_MS);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ kind: 'new-hit', partyName: 'Khalil Ahmad Hijazi', match: { entityId: 'us_ofac_sdn:28444', listVersion: v2 }, trigger: { kind: 'list-change', from: v1, to: v2 } });
      // a full re-screening afterwards finds the same hit: still one alert
      expect(await s.worker!.lists.rescreenFull()).toMatchObject({ parties: 1, alerts: 0 });
      await waitFor(() => hook.hits.length >= 2, 'webhook delivered after a retry', SLOW_MS);
      const delivered = hook.hits[1]!;
      const expected = `sha256=${createHmac('sha256', 'wh-secret').update(`${delivered.headers['x-signature-timestamp']}.${delivered.body}`).digest('hex')}`;
      expect(delivered.headers['x-signature']).toBe(expected);
      expect(JSON.parse(delivered.body).alert.id).toBe(alerts[0].id);
      expect((await request(s.app).get('/v1/alerts').set(USER)).body.alerts).toHaveLength(1);
    } finally {
      await s.close();
      hook.server.close();
    }
  });

  it('when a list file is replaced by a truncated one, then the refresh keeps serving the previous version', async () => {
    const file = join(dir, 'UN_consolidated.xml');
    copyFileSync(join(WATCHLISTS, 'un/2026-02/UN_consolidated.xml'), file);
    const s = await startStack({ API_KEYS: KEYS, SCREENING_LISTS: `un_sc:${file}`, LISTS_POLL_MS: '200', MONITOR_RESCREEN_EVERY_MS: '0' });
    try {
      const before = await listVersion(s, 'un_sc');
      const bytes = readFileSync(file);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const gen = (await s.worker!.lists.control.desired())?.generation ?? 0;
      expect((await request(s.app).post('/v1/lists/refresh').set(ADMIN).send({})).status).toBe(202);
      await waitFor(async () => s.worker!.lists.reconciler.currentGeneration > gen, 'the worker reconciled', SLOW_MS);
      const errors = await s.worker!.lists.control.errors();
      expect(errors.un_sc?.error).toMatch(/malformed XML/);
      expect(await listVersion(s, 'un_sc')).toBe(before);
      const m = await request(s.app).post('/v1/match').set(USER).send({ entity: { name: 'Eric Badege' } });
      expect(m.body.matches[0]).toMatchObject({ entityId: 'un_sc:CDi.001', listVersion: before });
      expect((await request(s.app).post('/v1/lists/refresh').set(USER).send({})).status).toBe(403);
      const bad = await request(s.app).post('/v1/lists/refresh').set(ADMIN).send({ sync: ['not_a_list'] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('sync.0');
    } finally {
      await s.close();
    }
  });

  it('when an admin uploads a custom CSV list, then it is screened like any list; an unreadable upload is a 422 and the list stays', async () => {
    const s = await startStack({ API_KEYS: KEYS, LISTS_POLL_MS: '200', MONITOR_RESCREEN_EVERY_MS: '0' });
    try {
      const csv = 'id,name,type,country,aliases\nC-1,Globex Dual Use Trading FZE,organization,AE,Globex FZE\nC-2,,person,,\n';
      const up = await request(s.app).put('/v1/lists/custom/acme-watch').set(ADMIN).set('Content-Type', 'text/csv').send(csv);
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ id: 'custom:default.acme-watch', entities: 1, rows: 2, rejected: 1, reasons: { 'empty name': 1 } });
      await waitFor(async () => await listVersion(s, 'custom:default.acme-watch'), 'custom list served', SLOW_MS);
      const listed = (await request(s.app).get('/v1/lists').set(USER)).body.find((l: { id: string }) => l.id === 'custom:default.acme-watch');
      await waitFor(async () => ((await request(s.app).get('/v1/lists').set(USER)).body.find((l: { id: string }) => l.id === 'custom:default.acme-watch')?.load ? true : undefined), 'load report recorded', SLOW_MS);
      expect(listed).toMatchObject({ entities: 1, ageSeconds: expect.any(Number) });
      expect((await request(s.app).get('/v1/lists').set(USER)).body.find((l: { id: string }) => l.id === 'custom:default.acme-watch').load).toEqual({ rows: 2, entities: 1, rejected: 1, reasons: { 'empty name': 1 } });
      const m = await request(s.app).post('/v1/match').set(USER).send({ entity: { name: 'Globex Dual-Use Trading' }, lists: ['custom:default.acme-watch'] });
      expect(m.body.matches[0]).toMatchObject({ list: 'custom:default.acme-watch', entityId: 'custom:default.acme-watch:C-1' });
      const bad = await request(s.app).put('/v1/lists/custom/acme-watch').set(ADMIN).set('Content-Type', 'text/csv').send('foo,bar\n1,2\n');
      expect(bad.status).toBe(422);
      expect(bad.body.detail).toMatch(/name/);
      expect((await request(s.app).put('/v1/lists/custom/Bad Name!').set(ADMIN).set('Content-Type', 'text/csv').send(csv)).status).toBe(400);
      expect(await listVersion(s, 'custom:default.acme-watch')).toBe(up.body.version);
    } finally {
      await s.close();
    }
  });

  it('when no worker reads a custom list upload in time, then the answer is a 503 with Retry-After and the upload is not made current', async () => {
    const s = await startStack({ API_KEYS: KEYS, LISTS_TASK_TIMEOUT_MS: '300' }, { worker: false });
    try {
      const up = await request(s.app).put('/v1/lists/custom/late-list').set(ADMIN).set('Content-Type', 'text/csv').send('id,name\nL-1,Initech Dual Use LLC\n');
      expect(up.status).toBe(503);
      expect(up.headers['retry-after']).toBe('5');
      expect(up.body.code).toBe('unavailable');
      const control = new ListControl(s.deps.redis, s.config.REDIS_PREFIX);
      expect(await control.customNames()).toEqual([]);
      expect(await control.desired()).toBeUndefined();
      // the task nobody took is withdrawn, so that a worker starting later does not run it for nobody
      expect(await s.deps.listTasks.queue.getJobCounts('waiting', 'active')).toEqual({ waiting: 0, active: 0 });
    } finally {
      await s.close();
    }
  });
});
