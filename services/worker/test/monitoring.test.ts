import { join } from 'node:path';
import { buildIndex, screen } from '@screening/matching';
import { AlertStore, MonitorStore, workerConnection } from '@screening/queue';
import type { Alert, CanonicalEntity } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testPrefix, WATCHLISTS } from '@screening/testkit';
import { entityDigest, loadList } from '@screening/watchlists';
import type { RedisClient } from '@screening/queue';
import type { CatalogEntry } from '../src/catalog';
import { deltaIndex } from '../src/lists/delta-index';
import { rescreenMonitored } from '../src/lists/rescreen';

const entry = (entities: CanonicalEntity[], version: string): CatalogEntry => ({
  version: { id: 'un_sc', version, entities: entities.length, names: 0, loadedAt: '2026-01-01T00:00:00Z' },
  index: buildIndex(entities, { source: 'un_sc', version }),
});
const party = (tenant: string, index: number, name: string) => ({ tenant, origin: { kind: 'batch' as const, id: 'b-1', index }, entity: { name, type: 'person' as const, aliases: [], countries: [], identifiers: [] } });

describe('monitored parties and alerts (real Redis)', () => {
  let redis: RedisClient;
  let prefix: string;
  let un: CanonicalEntity[];
  beforeAll(async () => {
    await assertRedis();
    un = (await loadList('un_sc', join(WATCHLISTS, 'un/2026-02/UN_consolidated.xml'))).entities;
  });
  beforeEach(() => {
    prefix = testPrefix('monitor');
    redis = workerConnection(REDIS_URL);
  });
  afterEach(async () => {
    redis.disconnect();
    await cleanupPrefix(prefix);
  });

  it('when a party newly hits a changed entity, then one alert is raised; re-running or a second tenant never duplicates it', async () => {
    const monitor = new MonitorStore(redis, prefix);
    const alerts = new AlertStore(redis, prefix);
    const badege = un.find((e) => e.id === 'un_sc:CDi.001')!;
    await monitor.addMany([{ party: party('acme', 1, 'Eric Badege') }, { party: party('acme', 2, 'Maria Fernanda Lopez Garcia') }, { party: party('other', 1, 'Eric Badege') }]);
    expect(await monitor.count()).toBe(3);
    const raised: Alert[] = [];
    const deps = { monitor, alerts, threshold: 0.8, now: () => new Date('2026-03-01T00:00:00Z'), onAlert: async (a: Alert) => void raised.push(a) };
    const scope = { entries: [entry([badege], 'v2')], entity: (id: string) => (id === badege.id ? badege : undefined), touched: new Set([badege.id]), trigger: { kind: 'list-change' as const, source: 'un_sc', from: 'v1', to: 'v2' } };
    expect(await rescreenMonitored(deps, scope)).toMatchObject({ parties: 3, alerts: 2 });
    expect(await rescreenMonitored(deps, scope)).toMatchObject({ parties: 3, alerts: 0 });
    expect(raised.map((a) => [a.tenant, a.kind, a.match.entityId])).toEqual(expect.arrayContaining([['acme', 'new-hit', 'un_sc:CDi.001'], ['other', 'new-hit', 'un_sc:CDi.001']]));
    expect((await alerts.list('acme', { limit: 10 })).alerts).toHaveLength(1);
    expect((await alerts.list('nobody', { limit: 10 })).alerts).toHaveLength(0);
    const kept = await monitor.get(MonitorStore.partyId('acme', { kind: 'batch', id: 'b-1', index: 1 }));
    expect(kept?.hits).toEqual({ [badege.id]: entityDigest(badege) });
  });

  it('when the entity a party hits changes its content, then one changed-hit alert follows; when it is removed, the hit is dropped silently; a re-listing alerts again', async () => {
    const monitor = new MonitorStore(redis, prefix);
    const alerts = new AlertStore(redis, prefix);
    const badege = un.find((e) => e.id === 'un_sc:CDi.001')!;
    await monitor.add(party('acme', 1, 'Eric Badege'), { [badege.id]: entityDigest(badege) });
    const changed = { ...badege, programs: [...badege.programs, 'NEW-PROGRAM'] };
    const deps = { monitor, alerts, threshold: 0.8, now: () => new Date(), onAlert: async () => undefined };
    const trigger = { kind: 'list-change' as const, source: 'un_sc', from: 'v1', to: 'v2' };
    expect(await rescreenMonitored(deps, { entries: [entry([badege], 'v1')], entity: () => badege, touched: new Set([badege.id]), trigger })).toMatchObject({ alerts: 0 });
    expect(await rescreenMonitored(deps, { entries: [entry([changed], 'v2')], entity: () => changed, touched: new Set([badege.id]), trigger })).toMatchObject({ alerts: 1 });
    expect((await alerts.list('acme', { limit: 10 })).alerts[0]).toMatchObject({ kind: 'changed-hit' });
    await rescreenMonitored(deps, { entries: [entry([], 'v3')], entity: () => undefined, touched: new Set([badege.id]), trigger }, new Set([badege.id]));
    const id = MonitorStore.partyId('acme', { kind: 'batch', id: 'b-1', index: 1 });
    expect((await monitor.get(id))?.hits).toEqual({});
    expect(await alerts.count('acme')).toBe(1);
    // listed again with the same content after the removal: that is a new listing, and alerts again
    expect(await rescreenMonitored(deps, { entries: [entry([changed], 'v4')], entity: () => changed, touched: new Set([badege.id]), trigger })).toMatchObject({ alerts: 1 });
    expect((await alerts.list('acme', { limit: 10 })).alerts.map((a) => a.kind)).toEqual(['changed-hit', 'new-hit']);
  });

  it('when alerts are listed in pages, then the cursor walks them in order without repeats', async () => {
    const alerts = new AlertStore(redis, prefix);
    const match = { list: 'un_sc', listVersion: 'v', entityId: 'un_sc:X', name: 'X', matchedName: 'X', type: 'person' as const, programs: [], score: 1, match: true, explanation: { features: {}, text: '' } };
    for (let i = 0; i < 5; i++) {
      await alerts.raise({ tenant: 't', kind: 'new-hit', partyId: `p${i}`, partyName: `P${i}`, origin: { kind: 'screening', id: 's', index: i }, match, trigger: { kind: 'full-rescreen' }, createdAt: new Date().toISOString() }, `p${i}|X|d`);
    }
    const first = await alerts.list('t', { limit: 2 });
    const second = await alerts.list('t', { limit: 2, cursor: first.next! });
    const third = await alerts.list('t', { limit: 2, cursor: second.next! });
    expect([...first.alerts, ...second.alerts, ...third.alerts].map((a) => a.partyId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(third.next).toBeUndefined();
  });

  it('when a change is screened on its own small index, then scores equal those of the full list (same word statistics)', () => {
    const full = buildIndex(un, { source: 'un_sc', version: 'v2' });
    const changed = un.filter((e) => ['un_sc:CDi.001', 'un_sc:IQe.200', 'un_sc:LYi.024'].includes(e.id));
    const small = deltaIndex(changed, full, { source: 'un_sc', version: 'v2' });
    for (const name of ['Eric Badege', 'Logarcheo', 'The Doctor Mussab']) {
      const q = { name, type: 'unknown' as const, aliases: [], countries: [], identifiers: [] };
      const touched = new Set(changed.map((e) => e.id));
      const expected = screen(q, full, { threshold: 0.5, limit: 50 }).filter((c) => touched.has(c.entity.id)).map((c) => [c.entity.id, c.score]);
      expect(screen(q, small, { threshold: 0.5, limit: 50 }).map((c) => [c.entity.id, c.score])).toEqual(expected);
    }
  });
});
