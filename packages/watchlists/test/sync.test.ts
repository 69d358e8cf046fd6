import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WATCHLISTS } from '@screening/testkit';
import { resolveListSources } from '../src/sources';
import { currentVersion, listVersions, syncedSources } from '../src/sync/store';
import { type Fetcher, syncSource } from '../src/sync/sync';

const UN = readFileSync(join(WATCHLISTS, 'un/2026-02/UN_consolidated.xml'));
const noSleep = async () => undefined;

describe('pnpm lists:sync (sync with an injected fetcher: no network)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lists-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when the UN list is fetched, then it is stored as an immutable version with metadata and served when SCREENING_LISTS is unset', async () => {
    const urls: string[] = [];
    const fetcher: Fetcher = async (url) => (urls.push(url), UN);
    const out = await syncSource('un_sc', { dir, fetcher, sleep: noSleep });
    expect(out).toMatchObject({ status: 'new', entities: 1003 });
    expect(urls).toEqual(['https://scsanctions.un.org/resources/xml/en/consolidated.xml']);
    const [meta] = listVersions(dir, 'un_sc');
    expect(meta).toMatchObject({ source: 'un_sc', publishedAt: '2026-02-27T00:00:09.554Z', files: [{ name: 'consolidated.xml', bytes: UN.length }], report: { entities: 1003 } });
    expect(meta!.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { sources, origin } = resolveListSources({ SCREENING_LISTS: [], LISTS_DIR: dir, ALLOW_SAMPLE_LIST: true });
    expect(origin).toBe('synced');
    expect(sources).toEqual(syncedSources(dir));
    expect(sources[0]!.path).toContain(`un_sc/${meta!.version}/data`);
    expect(await syncSource('un_sc', { dir, fetcher, sleep: noSleep })).toMatchObject({ status: 'unchanged', version: meta!.version });
  });

  it('when a later download is truncated, then the sync fails and the previous version keeps being served', async () => {
    await syncSource('un_sc', { dir, fetcher: async () => UN, sleep: noSleep });
    const good = currentVersion(dir, 'un_sc');
    const out = await syncSource('un_sc', { dir, fetcher: async () => UN.subarray(0, UN.length / 2), sleep: noSleep });
    expect(out).toMatchObject({ status: 'failed', serving: good, error: expect.stringMatching(/malformed XML/) });
    expect(currentVersion(dir, 'un_sc')).toBe(good);
    expect(listVersions(dir, 'un_sc')).toHaveLength(1);
  });

  it('when a download is far smaller than the version served, then it is refused by the ratio guard', async () => {
    await syncSource('un_sc', { dir, fetcher: async () => UN, sleep: noSleep });
    const text = UN.toString('utf8');
    const cut = text.indexOf('</INDIVIDUAL>') + '</INDIVIDUAL>'.length;
    const tiny = Buffer.from(`${text.slice(0, cut)}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`);
    const out = await syncSource('un_sc', { dir, fetcher: async () => tiny, sleep: noSleep });
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/1 entities against 1003/) });
  });

  it('when the publisher fails twice and then answers, then retries get the file; when it keeps failing, nothing changes', async () => {
    let calls = 0;
    const flaky: Fetcher = async () => {
      if (++calls < 3) throw new Error('HTTP 500');
      return UN;
    };
    expect(await syncSource('un_sc', { dir, fetcher: flaky, retries: 3, sleep: noSleep })).toMatchObject({ status: 'new' });
    expect(calls).toBe(3);
    const down: Fetcher = async () => {
      throw new Error('getaddrinfo ENOTFOUND');
    };
    expect(await syncSource('us_bis_dpl', { dir, fetcher: down, retries: 1, sleep: noSleep })).toMatchObject({ status: 'failed', error: 'getaddrinfo ENOTFOUND' });
    expect(syncedSources(dir).map((s) => s.source)).toEqual(['un_sc']);
  });
});
