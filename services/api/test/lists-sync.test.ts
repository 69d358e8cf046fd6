import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRedis, WATCHLISTS, waitFor } from '@screening/testkit';
import { type Fetcher, syncSource } from '@screening/watchlists';
import request from 'supertest';
import { startStack } from './support/stack';

// three OFAC vintages loaded, indexed and swapped by every worker: about 30 s of CPU, which takes minutes on a busy
// 2-core machine (84 s at load 10 under nice, over 180 s at load 10 with --detectOpenHandles); only a hang may fail it
jest.setTimeout(600_000);
// a swap (read, index and swap ~10,000 names in the worker) is waited for as long as it takes on a busy machine: the
// test asserts which version is served and what the diff says, not how fast (waitFor's 10 s default is too short under load)
const SWAP_MS = 300_000;
const ADMIN = { Authorization: 'Bearer adm1n' };

/** A fetcher that serves the OFAC files of one vintage of ../shared/watchlists (no network). */
const vintage = (name: string): Fetcher => async (url) => {
  const file = url.split('/').pop()!.toLowerCase();
  try {
    return readFileSync(join(WATCHLISTS, 'ofac', name, file));
  } catch {
    return Buffer.from('\n'); // a vintage without that file: an empty but valid CSV
  }
};

describe('synced lists: lists:sync → refresh → every worker swaps; diffs between any two served versions', () => {
  let dir: string;
  beforeAll(() => assertRedis());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lists-sync-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when three OFAC vintages are synced one after the other, then workers serve each in turn and 2019-01 → 2023-01 is diffed from disk', async () => {
    const sync = (v: string) => syncSource('us_ofac_sdn', { dir, fetcher: vintage(v), sleep: async () => undefined, minRatio: 0 });
    expect(await sync('2019-01')).toMatchObject({ status: 'new', entities: 7379 });
    const s = await startStack({ API_KEYS: 'adm1n:operator', LISTS_DIR: dir, LISTS_POLL_MS: '200', MONITOR_RESCREEN_EVERY_MS: '0' });
    try {
      const served = async () => ((await request(s.app).get('/v1/lists').set(ADMIN)).body as { id: string; version: string; entities: number }[]).find((l) => l.id === 'us_ofac_sdn');
      const first = (await served())!;
      expect(first.entities).toBe(7379);
      const versions = [first.version];
      for (const [v, n] of [['2021-07', 8976], ['2023-01', 11443]] as const) {
        expect(await sync(v)).toMatchObject({ status: 'new', entities: n });
        expect((await request(s.app).post('/v1/lists/refresh').set(ADMIN).send({})).status).toBe(202);
        const now = await waitFor(async () => {
          const l = await served();
          return l && l.entities === n ? l : undefined;
        }, `OFAC ${v} served`, SWAP_MS);
        versions.push(now.version);
      }
      // the diff is stored right after the swap: wait for it
      const step = await waitFor(async () => {
        const r = await request(s.app).get('/v1/lists/us_ofac_sdn/changes').set(ADMIN);
        return r.body.to === versions[2] ? r : undefined;
      }, 'the latest change stored', SWAP_MS);
      expect(step.body).toMatchObject({ from: versions[1], to: versions[2], counts: { added: 2982, removed: 515 } });
      const span = await request(s.app).get(`/v1/lists/us_ofac_sdn/changes?from=${versions[0]}&to=${versions[2]}`).set(ADMIN);
      expect(span.status).toBe(200);
      expect(span.body.counts.added - span.body.counts.removed).toBe(11443 - 7379);
      expect(span.body.added).toContainEqual({ id: 'us_ofac_sdn:28444', name: 'HIJAZI, Khalil Ahmad', type: 'person' });
    } finally {
      await s.close();
    }
  });
});
