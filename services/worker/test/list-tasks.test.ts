import { customListVersion, ListControl, workerConnection } from '@screening/queue';
import { createLogger } from '@screening/runtime';
import type { ListTaskJob } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testPrefix } from '@screening/testkit';
import { loadCustomList } from '@screening/watchlists';
import type { Job } from 'bullmq';
import type { RedisClient } from '@screening/queue';
import { listTaskProcessor } from '../src/lists/list-tasks';

const job = (data: ListTaskJob) => ({ data }) as Job<ListTaskJob>;
const CSV = 'id,name,type\nC-1,Globex Dual Use Trading FZE,organization\nC-2,,person\n';

describe('list tasks: the list work the API waits for (real Redis)', () => {
  let redis: RedisClient;
  let prefix: string;
  let control: ListControl;
  let run: ReturnType<typeof listTaskProcessor>;
  beforeAll(() => assertRedis());
  beforeEach(() => {
    prefix = testPrefix('list-task');
    redis = workerConnection(REDIS_URL);
    control = new ListControl(redis, prefix);
    run = listTaskProcessor({ logger: createLogger({ level: 'silent', name: 'test' }), control });
  });
  afterEach(async () => {
    redis.disconnect();
    await cleanupPrefix(prefix);
  });

  it('when the API names an upload, then its version is the one the reader stamps', async () => {
    expect(customListVersion(CSV)).toBe((await loadCustomList('acme', CSV)).version);
    expect(customListVersion(`${CSV} `)).not.toBe(customListVersion(CSV));
  });

  it('when a staged custom list is checked, then the load report comes back and nothing is made current', async () => {
    const version = customListVersion(CSV);
    await control.stageCustom('acme', version, CSV, 60);
    expect(await run(job({ kind: 'check-custom', name: 'acme', version }))).toEqual({ id: 'custom:acme', version, entities: 1, rows: 2, rejected: 1, reasons: { 'empty name': 1 } });
    expect(await control.customNames()).toEqual([]);
    expect(await control.desired()).toBeUndefined();
  });

  it('when a staged upload cannot be read, then the job fails with the unprocessable problem and its reason', async () => {
    const content = 'foo,bar\n1,2\n';
    const version = customListVersion(content);
    await control.stageCustom('acme', version, content, 60);
    const failure = await run(job({ kind: 'check-custom', name: 'acme', version })).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    const problem = JSON.parse((failure as Error).message) as { code: string; detail: string };
    expect(problem.code).toBe('unprocessable');
    expect(problem.detail).toMatch(/^the list cannot be read: .*name/);
  });

  it('when the staged upload is gone, then the job fails as unavailable (send again)', async () => {
    const failure = (await run(job({ kind: 'check-custom', name: 'acme', version: customListVersion(CSV) })).catch((e: Error) => e)) as Error;
    expect(JSON.parse(failure.message)).toMatchObject({ code: 'unavailable', detail: expect.stringMatching(/expired/) });
  });

  it('when a diff names a version never served, then it is not found and nothing is stored', async () => {
    expect(await run(job({ kind: 'diff', source: 'us_ofac_sdn', from: 'sha256-a', to: 'sha256-b' }))).toEqual({ found: false, reason: 'a version was never served' });
    expect(await control.changes('us_ofac_sdn', 'sha256-a', 'sha256-b')).toBeUndefined();
  });
});
