import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRedis, WATCHLISTS } from '@screening/testkit';
import { ROOT, type Stack, startProcesses } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

/** Runs `pnpm screen-csv` (the same entry) and collects its exit code and output. */
function screenCsv(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/screen-csv.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('pnpm screen-csv against the real API and worker processes', () => {
  let stack: Stack;
  const dir = mkdtempSync(join(tmpdir(), 'screen-csv-'));
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({ env: { SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`, API_KEYS: 'k-batch:batch', BATCH_CHUNK_SIZE: '2' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('when a semicolon file with a BOM, Cyrillic names, formulas and bad rows is screened, then every row comes back once, in order, escaped', async () => {
    const input = join(dir, 'parties.csv');
    const rows = [
      'name;country;note',
      'Владимир Петров;RU;кириллица',
      'Dmitry Yuryevich Khoroshev;RU;listed',
      ';RU;empty name',
      '=cmd|\' /C calc\'!A0;US;+1',
      'too;many;cells;here',
      '@SUM(A1);DE;-2',
    ];
    writeFileSync(input, `\uFEFF${rows.join('\r\n')}\r\n`);
    const env = { SCREENING_URL: stack.url, SCREENING_API_KEY: 'k-batch' };

    const csv = await screenCsv([input, '--out', join(dir, 'out.csv')], env);
    expect(csv.stderr).toMatch(/clear \d+, review \d+, block 1, row errors 2/);
    expect(csv.code).toBe(0);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(out[0]).toBe('row;name;country;note;status;reason;decision;risk_level;match_name;match_entity_id;match_list;match_score;flags;shipment');
    expect(out.slice(1).map((l) => l.split(';')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(out[1]).toMatch(/^1;Владимир Петров;RU;кириллица;ok;;review;high;;;;;B2;/); // no list hit; a party in Russia is a B2 nexus to review
    expect(out[2]).toMatch(/^2;Dmitry Yuryevich Khoroshev;RU;listed;ok;;block;critical;KHOROSHEV/);
    expect(out[4]).toMatch(/^4;'=cmd\|' \/C calc'!A0;US;'\+1;ok;/);
    expect(out[6]).toMatch(/^6;'@SUM\(A1\);DE;'-2;ok;/);
    for (const line of out) for (const cell of line.split(';')) expect(cell).not.toMatch(/^[=+\-@]/);

    const nd = await screenCsv([input, '--format', 'ndjson', '--out', join(dir, 'out.ndjson')], env);
    expect(nd.code).toBe(0);
    const lines = readFileSync(join(dir, 'out.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { row: number; status: string; reason?: string });
    expect(lines.map((l) => [l.row, l.status])).toEqual([[1, 'ok'], [2, 'ok'], [3, 'error'], [4, 'ok'], [5, 'error'], [6, 'ok']]);
    expect(lines[2]!.reason).toMatch(/^name: empty/);
    expect(lines[4]!.reason).toMatch(/^ragged row/);
  });

  it('when the upload is refused or the key is wrong, then it exits 1 with the reason', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'customer_id\nX\n');
    const refused = await screenCsv([bad], { SCREENING_URL: stack.url, SCREENING_API_KEY: 'k-batch' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/upload failed: HTTP 422 .*no "name" column/);
    const unauthorised = await screenCsv([bad], { SCREENING_URL: stack.url, SCREENING_API_KEY: 'wrong' });
    expect(unauthorised.code).toBe(1);
    expect(unauthorised.stderr).toMatch(/HTTP 401/);
    const missing = await screenCsv([join(dir, 'nope.csv')], { SCREENING_URL: stack.url });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
  });
});
