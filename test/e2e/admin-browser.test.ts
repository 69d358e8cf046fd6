import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { assertRedis, waitFor, WATCHLISTS } from '@screening/testkit';
import { chromium } from 'playwright-core';
import { call, ROOT, type Stack, startProcesses } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output');
const KEY = 'k-admin-e2e';
const auth = { authorization: `Bearer ${KEY}` };
const haveChromium = existsSync(CHROMIUM);
// outside CI a machine without Chromium skips loudly; under CI (.ci/run sets CI) the test runs and fails without it
if (!haveChromium && !process.env.CI) console.warn(`SKIPPED the /admin browser test: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does it)`);
const maybe = haveChromium || process.env.CI ? describe : describe.skip;

function csv(rows: number): string {
  const lines = ['name,customer_id'];
  for (let i = 1; i <= rows; i++) lines.push(`${i % 10 === 0 ? 'Mahan Air' : `Customer ${i} Trading Company`},C-${i}`);
  return `${lines.join('\n')}\n`;
}

const board = (stack: Stack, path: string) => fetch(`${stack.url}/admin/queues/api/queues/${path}`, { method: 'PUT', headers: auth });

maybe('the /admin pages in headless Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({
      workers: 1,
      env: { SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/2023-01`, API_KEYS: `${KEY}:operator`, ADMIN_QUEUE_ACTIONS: 'true', BATCH_CHUNK_SIZE: '50' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('when a batch is running, then the overview shows its progress bar, the lists and the queues, and the queue board renders offline', async () => {
    const up = await fetch(`${stack.url}/v1/batches`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv(3000) });
    expect(up.status).toBe(202);
    const { id } = (await up.json()) as { id: string };
    // hold the batch part-way: pause its chunk queue (an admin action) once some rows are done, let active chunks end
    await waitFor(async () => (await call(stack.url, `/v1/batches/${id}`, undefined, auth)).body.processed > 0, 'the first rows', 60_000, 20);
    expect((await board(stack, 'batch-chunk/pause')).status).toBe(200);
    await waitFor(async () => {
      const o = (await call(stack.url, '/admin/overview.json', undefined, auth)).body;
      return o.queues.find((q: { name: string }) => q.name === 'batch-chunk')?.counts.active === 0;
    }, 'the active chunks to finish', 30_000, 50);
    const held = (await call(stack.url, `/v1/batches/${id}`, undefined, auth)).body as { processed: number; rows: number };
    expect(held.processed).toBeGreaterThan(0);
    expect(held.processed).toBeLessThan(held.rows);

    mkdirSync(OUT, { recursive: true });
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      httpCredentials: { username: 'ops', password: KEY }, // the browser's own login dialog: the key as the Basic password
      viewport: { width: 1280, height: 900 },
    });
    // bull-board's page links a Google web font: our CSP must stop it in the browser, before any network use
    const external: string[] = [];
    context.on('response', (r) => {
      if (!r.url().startsWith(stack.url)) external.push(`${r.url()} answered ${r.status()}`);
    });
    context.on('requestfailed', (r) => {
      if (!r.url().startsWith(stack.url) && !/BLOCKED_BY_CSP|csp/i.test(r.failure()?.errorText ?? '')) external.push(`${r.url()} failed: ${r.failure()?.errorText}`);
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const res = await page.goto(`${stack.url}/admin`);
      expect(res?.status()).toBe(200);
      const bar = page.locator(`tr[data-batch="${id}"] [role=progressbar]`);
      const percent = Number(await bar.getAttribute('aria-valuenow'));
      expect(percent).toBe(Math.min(100, Math.round((held.processed / held.rows) * 100)));
      expect(percent).toBeGreaterThan(0);
      expect(percent).toBeLessThan(100);
      await expect(page.locator('tr[data-list="us_ofac_sdn"]').innerText()).resolves.toContain('11443');
      for (const q of ['screen', 'batch-chunk', 'batch-finalize']) expect(await page.locator(`tr[data-queue="${q}"]`).count()).toBe(1);
      await expect(page.locator('tr[data-queue="batch-chunk"]').innerText()).resolves.toContain('paused');
      await page.screenshot({ path: join(OUT, 'admin-overview.png'), fullPage: true });

      await page.click('text=queue board');
      await page.waitForSelector('text=batch-chunk', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      await page.getByText('Loading', { exact: false }).first().waitFor({ state: 'hidden', timeout: 15_000 });
      await page.screenshot({ path: join(OUT, 'admin-queues.png'), fullPage: true });
      expect(external).toEqual([]); // nothing fetched from a CDN: fully usable offline
    } finally {
      await context.close();
    }

    expect((await board(stack, 'batch-chunk/resume')).status).toBe(200);
    await waitFor(async () => (await call(stack.url, `/v1/batches/${id}`, undefined, auth)).body.status === 'completed', 'the batch to complete', 120_000, 200);
    const after = (await call(stack.url, '/admin/overview.json', undefined, auth)).body;
    expect(after.batches.find((b: { id: string }) => b.id === id)).toBeUndefined();
    console.log(`screenshots: ${join(OUT, 'admin-overview.png')}, ${join(OUT, 'admin-queues.png')}`);
  });
});
