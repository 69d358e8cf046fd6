import { assertRedis, waitFor, WATCHLISTS } from '@screening/testkit';
import { processTree, type Stack, startProcesses } from './support/processes';
import { streamedUpload } from './support/streamed-upload';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

const ROWS = 6000;

/** Listed names with small typos, and made-up names that match nothing. */
function csv(rows: number): string {
  const listed = ['Evgeny Prigozhin', 'Banco Nacional de Cuba', 'Mahan Air', 'Rosoboronexport', 'Islamic Revolutionary Guard Corps'];
  const lines = ['name,type,customer_id'];
  for (let i = 1; i <= rows; i++) {
    const name = i % 10 === 0 ? listed[(i / 10) % listed.length]! : `Customer ${i} Trading Company ${String.fromCharCode(65 + (i % 26))}`;
    lines.push(`${name},${i % 10 === 0 && i % 20 !== 0 ? 'organization' : 'unknown'},C-${i}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.each([
  ['a whole upload', false],
  ['a streamed upload (stream=true), sent in pieces', true],
])('a worker process killed with SIGKILL in the middle of a batch: %s', (_what, streamed) => {
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({
      workers: 2,
      env: {
        SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/2023-01`,
        BATCH_CHUNK_SIZE: '100',
        WORKER_LOCK_DURATION_MS: '2000',
        WORKER_STALLED_INTERVAL_MS: '1000',
        LOG_LEVEL: 'debug',
      },
    });
    // both workers consume before the batch starts (readiness needs only one)
    await waitFor(async () => ((await (await fetch(`${stack.url}/readyz`)).json()) as { workers: number }).workers === 2, 'both workers', 60_000, 200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('when one of two workers dies mid-batch, then the batch still completes and every row appears exactly once', async () => {
    let id: string;
    let sent = Promise.resolve();
    if (streamed) ({ id, sent } = await streamedUpload(stack.url, csv(ROWS)));
    else {
      const up = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv(ROWS) });
      expect(up.status).toBe(202);
      ({ id } = (await up.json()) as { id: string });
    }
    const progress = async () => (await (await fetch(`${stack.url}/v1/batches/${id}`)).json()) as { status: string; processed: number; rows: number; errors: number };

    const victim = stack.workers[0]!;
    // kill it while it holds a chunk of this batch: a chunk it started and has not finished
    const holding = () => {
      const events = victim.output().split('\n').filter((l) => l.includes(`"batchId":"${id}"`));
      const started = new Set(events.filter((l) => l.includes('chunk started')).map((l) => /"jobId":"([^"]+)"/.exec(l)?.[1]));
      for (const l of events.filter((e) => e.includes('chunk screened'))) started.delete(/"jobId":"([^"]+)"/.exec(l)?.[1]);
      return started.size > 0 && events.some((l) => l.includes('chunk screened'));
    };
    await waitFor(holding, 'the victim to hold a chunk of the batch', 60_000, 2);
    const pids = processTree(victim.child.pid!);
    for (const pid of pids.reverse()) process.kill(pid, 'SIGKILL');
    await victim.exited;
    const atKill = await progress();
    expect(atKill.processed).toBeLessThan(ROWS); // it really was mid-batch
    await sent;

    const done = await waitFor(async () => {
      const p = await progress();
      return p.status === 'completed' || p.status === 'failed' ? p : undefined;
    }, 'the batch to complete on the surviving worker', 120_000, 200);
    expect(done).toMatchObject({ status: 'completed', rows: ROWS, processed: ROWS, errors: 0 });

    const text = await (await fetch(`${stack.url}/v1/batches/${id}/results?format=ndjson`)).text();
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { row: number; status: string; input: { customer_id: string } });
    expect(lines).toHaveLength(ROWS);
    lines.forEach((l, i) => {
      expect(l.row).toBe(i + 1);
      expect(l.input.customer_id).toBe(`C-${i + 1}`);
      expect(l.status).toBe('ok');
    });
    // the survivor took over the chunks the killed worker held (BullMQ stalled-job recovery)
    expect(stack.workers[1]!.output()).toMatch(new RegExp(`"jobId":"${id}-\\d+".*stalled`));
  });
});
