import { MonitorStore } from '@screening/queue';
import { BatchResultLineSchema, BatchSchema, QueueNames } from '@screening/schemas';
import { Queue } from 'bullmq';
import { assertRedis, WATCHLISTS, waitFor } from '@screening/testkit';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { type TestStack, startStack } from './support/stack';

jest.setTimeout(30_000);

const OFAC_SAMPLE = `us_ofac_sdn:${WATCHLISTS}/ofac/sample-2025`;
const auth = { Authorization: 'Bearer k-batch' };

function upload(stack: TestStack, csv: string | Buffer, query = '') {
  return request(stack.app).post(`/v1/batches${query}`).set(auth).set('Content-Type', 'text/csv').send(Buffer.from(csv));
}

async function completed(stack: TestStack, id: string) {
  return waitFor(
    async () => {
      const res = await request(stack.app).get(`/v1/batches/${id}`).set(auth).expect(200);
      const batch = BatchSchema.parse(res.body);
      return batch.status === 'completed' || batch.status === 'failed' ? batch : undefined;
    },
    `batch ${id} to complete`,
    30_000,
  );
}

async function ndjson(stack: TestStack, id: string) {
  const res = await request(stack.app).get(`/v1/batches/${id}/results?format=ndjson`).set(auth).buffer(true).parse((r, cb) => {
    let s = '';
    r.on('data', (d: Buffer) => (s += d.toString('utf8')));
    r.on('end', () => cb(null, s));
  });
  expect(res.status).toBe(200);
  return (res.body as string).trim().split('\n').map((l) => BatchResultLineSchema.parse(JSON.parse(l)));
}

async function csvResults(stack: TestStack, id: string) {
  const res = await request(stack.app).get(`/v1/batches/${id}/results`).set(auth).set('Accept', 'text/csv').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  return res.text;
}

describe('bulk CSV batches through the API and an in-process worker', () => {
  let stack: TestStack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: OFAC_SAMPLE, API_KEYS: 'k-batch:batch,k-other:batch:other', BATCH_CHUNK_SIZE: '3' });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('when good and bad rows are uploaded, then every row has exactly one result line in order, bad rows with their reason', async () => {
    const csv = [
      'name,type,country,date_of_birth,identifiers,notes',
      'Acme Coffee Roasters,organization,US,,,customer 1',
      'Dmitry Yuryevich Khoroshev,person,RU,1993,,customer 2',
      ',person,RU,,,empty name',
      'Too,many,cells,here,x,y,z',
      'Bob Smith,person,Atlantis,,,bad country',
      'Jane Doe,person,GB,1980-13-45,,bad date',
      'Ivan Petrov,person,RU,,passport,bad identifiers',
      'Hans Müller,alien,DE,,,bad type',
      'Maria Garcia,person,ES,,passport:X123;tax:99,customer 9',
    ].join('\n');
    const res = await upload(stack, csv).expect(202);
    expect(res.headers.location).toBe(`/v1/batches/${res.body.id}`);
    expect(res.body).toMatchObject({ status: 'queued', rows: 9 });

    const batch = await completed(stack, res.body.id);
    expect(batch).toMatchObject({ status: 'completed', rows: 9, processed: 9, errors: 6, chunks: 3 });
    expect(batch.counts).toEqual({ clear: 2, review: 0, block: 1 });
    expect(batch.lists?.[0]?.id).toBe('us_ofac_sdn');

    const lines = await ndjson(stack, res.body.id);
    expect(lines.map((l) => l.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(lines.map((l) => l.input.notes ?? l.input['6'])).toEqual(['customer 1', 'customer 2', 'empty name', 'y', 'bad country', 'bad date', 'bad identifiers', 'bad type', 'customer 9']);
    expect(lines[1]).toMatchObject({ status: 'ok', decision: 'block', flags: expect.arrayContaining(['A1']), bestMatch: { list: 'us_ofac_sdn' } });
    expect(lines[1]!.bestMatch!.name).toMatch(/KHOROSHEV/);
    expect(lines[0]).toMatchObject({ status: 'ok', decision: 'clear', riskLevel: 'none' });
    expect(lines[8]).toMatchObject({ status: 'ok', decision: 'clear' });
    const reasons = lines.map((l) => l.reason ?? '');
    expect(reasons[2]).toMatch(/^name: empty/);
    expect(reasons[3]).toMatch(/ragged row: 7 columns where the header has 6/);
    expect(reasons[4]).toMatch(/^country: "Atlantis"/);
    expect(reasons[5]).toMatch(/^date_of_birth:/);
    expect(reasons[6]).toMatch(/^identifiers: "passport" is not type:value/);
    expect(reasons[7]).toMatch(/^type: "alien"/);

    const rows = parse(await csvResults(stack, res.body.id)) as string[][];
    expect(rows[0]).toEqual(['row', 'name', 'type', 'country', 'date_of_birth', 'identifiers', 'notes', 'status', 'reason', 'decision', 'risk_level', 'match_name', 'match_entity_id', 'match_list', 'match_score', 'flags', 'shipment']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(rows[2]!.slice(7, 10)).toEqual(['ok', '', 'block']);
  });

  it('when the file is semicolon-delimited with a BOM and Cyrillic names (multipart), then it is read as such and answered with ;', async () => {
    const csv = Buffer.from('\uFEFFName;Country;Comment\nВладимир Путин;RU;кириллица\n"Хорошев, Дмитрий";Russia;x\nGazprom Neft;RU;y\n', 'utf8');
    const res = await request(stack.app).post('/v1/batches').set(auth).attach('file', csv, { filename: 'parties.csv', contentType: 'text/csv' }).field('clientRef', 'nightly-42').expect(202);
    const batch = await completed(stack, res.body.id);
    expect(batch).toMatchObject({ status: 'completed', rows: 3, processed: 3, errors: 0, clientRef: 'nightly-42' });
    const lines = await ndjson(stack, res.body.id);
    expect(lines.map((l) => l.input.Name)).toEqual(['Владимир Путин', 'Хорошев, Дмитрий', 'Gazprom Neft']);
    expect(lines.map((l) => l.input.Comment)).toEqual(['кириллица', 'x', 'y']);
    const text = await csvResults(stack, res.body.id);
    expect(text.split('\n')[0]).toBe('row;Name;Country;Comment;status;reason;decision;risk_level;match_name;match_entity_id;match_list;match_score;flags;shipment');
    expect(text.split('\n')[1]).toMatch(/^1;Владимир Путин;RU;кириллица;ok;/);
  });

  it('when the headers are written as people write them, then they are read by synonym or typo and the status says how', async () => {
    const csv = 'Company Name,Land,Geburtsdatum,Customer ID\nAcme Coffee Roasters,US,,C-1\nDmitry Yuryevich Khoroshev,Russland,1993,C-2\n';
    const res = await upload(stack, csv.replace('Land', 'Contry').replace('Russland', 'RU')).expect(202);
    const batch = await completed(stack, res.body.id);
    expect(batch).toMatchObject({ status: 'completed', rows: 2, errors: 0 });
    expect(batch.columns?.map((c) => [c.header, c.column ?? null, c.how])).toEqual([
      ['Company Name', 'name', 'synonym'], ['Contry', 'country', 'fuzzy'], ['Geburtsdatum', 'date_of_birth', 'synonym'], ['Customer ID', null, 'ignored'],
    ]);
    const lines = await ndjson(stack, res.body.id);
    expect(lines[1]).toMatchObject({ status: 'ok', bestMatch: expect.objectContaining({ entityId: expect.any(String) }) });
    expect(lines[1]!.decision).not.toBe('clear');
  });

  it('when cells look like spreadsheet formulas, then they come back escaped in the CSV results', async () => {
    const csv = ['name,comment', `"=cmd|' /C calc'!A0",+1`, '@SUM(A1:A9),-2+3', 'Plain Name,=HYPERLINK("http://x")'].join('\n');
    const res = await upload(stack, csv).expect(202);
    await completed(stack, res.body.id);
    const rows = parse(await csvResults(stack, res.body.id)) as string[][];
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([
      [`'=cmd|' /C calc'!A0`, "'+1"],
      ["'@SUM(A1:A9)", "'-2+3"],
      ['Plain Name', `'=HYPERLINK("http://x")`],
    ]);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
    // NDJSON carries the data as it was (JSON is not a spreadsheet)
    expect((await ndjson(stack, res.body.id))[0]!.input.name).toBe(`=cmd|' /C calc'!A0`);
  });

  it('when rows share a reference and have roles, then they are screened as one shipment even across chunks', async () => {
    const csv = [
      'reference,role,name,type,hs_codes,destination,country',
      'PO-1,buyer,Acme Coffee Roasters,organization,090121,US,',
      'PO-2,seller,Nordic Timber AB,organization,,SE,',
      'PO-1,consignee,Dmitry Yuryevich KHOROSHEV,person,,,RU',
      'PO-2,buyer,Lakeside Foods Ltd,organization,,,',
      ',,Independent Person,person,,,',
      'PO-1,end_user,Acme Distribution,organization,,,',
      'PO-1,notify_party,,organization,,,',
    ].join('\n');
    const res = await upload(stack, csv).expect(202);
    const batch = await completed(stack, res.body.id);
    expect(batch).toMatchObject({ rows: 7, processed: 7, errors: 1 });
    const lines = await ndjson(stack, res.body.id);
    expect(lines.map((l) => l.shipment ?? '')).toEqual(['PO-1', 'PO-2', 'PO-1', 'PO-2', '', 'PO-1', 'PO-1']);
    for (const i of [0, 2, 5]) expect(lines[i]).toMatchObject({ status: 'ok', decision: 'block' });
    expect(lines[2]!.flags).toContain('A1');
    expect(lines[0]!.flags).not.toContain('A1'); // the hit is the consignee's; the buyer shares the shipment's decision
    for (const i of [1, 3, 4]) expect(lines[i]).toMatchObject({ status: 'ok', decision: 'clear' });
    expect(lines[6]).toMatchObject({ status: 'error', shipment: 'PO-1' });
    expect(lines[6]!.reason).toMatch(/name/);
  });

  it('when a batch is uploaded with monitor=true, then every screened party is kept for re-screening with its current hits', async () => {
    const csv = ['reference,role,name,type', ',,Dmitry Yuryevich Khoroshev,person', 'PO-9,buyer,Acme Coffee Roasters,organization', 'PO-9,consignee,Lakeside Foods Ltd,organization', ',,,person'].join('\n');
    const res = await upload(stack, csv, '?monitor=true').expect(202);
    await completed(stack, res.body.id);
    const monitor = new MonitorStore(stack.deps.redis, stack.config.REDIS_PREFIX);
    const kept = await Promise.all([1, 2, 3, 4].map((row) => monitor.get(MonitorStore.partyId('default', { kind: 'batch', id: res.body.id, index: row }))));
    expect(kept.map((k) => k?.party.entity.name)).toEqual(['Dmitry Yuryevich Khoroshev', 'Acme Coffee Roasters', 'Lakeside Foods Ltd', undefined]);
    expect(kept[2]!.party.origin).toMatchObject({ reference: 'PO-9', role: 'consignee' });
    expect(Object.keys(kept[0]!.hits).length).toBeGreaterThan(0); // its current hit is known, so it will not alert again
    expect(Object.keys(kept[1]!.hits)).toEqual([]);
  });

  it('when a batch is uploaded without monitor, then none of its parties is kept', async () => {
    const res = await upload(stack, 'name\nAcme Coffee Roasters\n').expect(202);
    await completed(stack, res.body.id);
    const monitor = new MonitorStore(stack.deps.redis, stack.config.REDIS_PREFIX);
    expect(await monitor.get(MonitorStore.partyId('default', { kind: 'batch', id: res.body.id, index: 1 }))).toBeUndefined();
  });

  it('when the results are asked for before the rows are screened, then the stream waits and ends with the last row', async () => {
    const chunks = new Queue(QueueNames.batchChunk, { connection: stack.deps.redis, prefix: stack.config.REDIS_PREFIX });
    await chunks.pause();
    try {
      const res = await upload(stack, 'name,n\nAlpha Ltd,1\nBeta Ltd,2\nGamma Ltd,3\nDelta Ltd,4\n').expect(202);
      const download = request(stack.app).get(`/v1/batches/${res.body.id}/results?format=ndjson`).set(auth).then((r) => r);
      await new Promise((r) => setTimeout(r, 500));
      const meanwhile = await request(stack.app).get(`/v1/batches/${res.body.id}`).set(auth).expect(200);
      expect(meanwhile.body).toMatchObject({ status: 'queued', processed: 0 });
      await chunks.resume();
      const lines = (await download).text.trim().split('\n').map((l) => BatchResultLineSchema.parse(JSON.parse(l)));
      expect(lines.map((l) => [l.row, l.input.n, l.status])).toEqual([[1, '1', 'ok'], [2, '2', 'ok'], [3, '3', 'ok'], [4, '4', 'ok']]);
    } finally {
      await chunks.resume();
      await chunks.close();
    }
  });

  it('when the header has no name column or the file has no rows, then 422 before anything is queued', async () => {
    const bad = await upload(stack, 'customer_id,notes,country\nX,y,US\n').expect(422);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body).toMatchObject({ code: 'unprocessable', errors: [expect.objectContaining({ field: 'name' })] });
    await upload(stack, 'name,country\n').expect(422);
    await request(stack.app).post('/v1/batches').set(auth).set('Content-Type', 'application/json').send({ a: 1 }).expect(415);
  });

  it('when options are invalid, then 400 names the field', async () => {
    const res = await upload(stack, 'name\nX\n', '?threshold=2').expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'threshold' });
    const wh = await upload(stack, 'name\nX\n', '?webhookUrl=http://127.0.0.1:9/x').expect(422);
    expect(wh.body.detail).toMatch(/BATCH_WEBHOOK_SECRET/);
  });

  it('when another tenant asks for a batch, then it is not found', async () => {
    const res = await upload(stack, 'name\nSomeone\n').expect(202);
    await request(stack.app).get(`/v1/batches/${res.body.id}`).set({ Authorization: 'Bearer k-other' }).expect(404);
    await request(stack.app).get(`/v1/batches/${res.body.id}/results`).set({ Authorization: 'Bearer k-other' }).expect(404);
    await request(stack.app).get('/v1/batches/nope').set(auth).expect(404);
  });
});
