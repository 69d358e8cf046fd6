import { assertRedis } from '@screening/testkit';
import { join } from 'node:path';
import request from 'supertest';
import { type TestStack, startStack } from './support/stack';

/** The bundled sample list (Wagner, Prigozhin, Maslov …) plus a small made-up FtM file with an ownership edge. */
const SAMPLE_LIST_PATH = join(__dirname, '..', '..', '..', 'packages', 'watchlists', 'data', 'sample-list.json');
const LISTS = `sample:${SAMPLE_LIST_PATH},ftm:${join(__dirname, 'fixtures', 'rules-graph.ftm.jsonl')}`;

const MALI = {
  reference: 'PO-2023-0415',
  transactionDate: '2023-04-15',
  parties: [
    { role: 'seller', name: 'Karadeniz Savunma Sanayi A.Ş.', type: 'organization', country: 'TR' },
    { role: 'buyer', name: 'Ministère de la Défense, République du Mali', type: 'organization', country: 'ML', isStateBody: true },
    { role: 'broker', name: 'Bamako Trans-Sahel SARL', type: 'organization', country: 'ML', incorporationDate: '2023-01-10' },
    { role: 'payer', name: 'Al Noor Star General Trading FZE', type: 'organization', country: 'AE' },
  ],
  goods: [
    { hsCode: '930690', description: 'munitions', quantity: 50000, usualQuantity: 2000 },
    { hsCode: '880622', description: 'unmanned aircraft', quantity: 40, usualQuantity: 2 },
  ],
  route: [{ country: 'TR', port: 'IST', mode: 'charter_air' }, { country: 'ML', port: 'BKO', mode: 'charter_air' }],
  declaredDestination: 'ML',
  endUse: {
    endUser: 'Ministère de la Défense, République du Mali',
    certificate: { issuer: 'Ministère de la Défense', issuingCountry: 'ML', reference: 'EUC-2023-17', expiryDate: null, reexportClause: false, signatory: 'Chef de cabinet' },
  },
  payment: { payer: 'Al Noor Star General Trading FZE', payerCountry: 'AE', method: 'TT' },
};

type Flag = { ruleId: string; severity: string; parties: number[]; evidence: Record<string, unknown>; message: string };
const ruleIds = (body: { flags: Flag[] }) => [...new Set(body.flags.map((f) => f.ruleId))];
const RANK = ['info', 'low', 'medium', 'high', 'critical'];

describe('POST /v1/screenings applies the rule catalogue', () => {
  let stack: TestStack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startStack({ SCREENING_LISTS: LISTS });
  });
  afterAll(async () => {
    await stack?.close();
  });
  const screen = (body: unknown) => request(stack.app).post('/v1/screenings').send(body as object);

  it('when the Mali state-front arms deal is screened, then it asks for review at high risk with the expected flags and not B1/B3', async () => {
    const res = await screen(MALI).expect(200);
    expect(res.body).toMatchObject({ decision: 'review', riskLevel: 'high', reference: 'PO-2023-0415' });
    expect(ruleIds(res.body)).toEqual(expect.arrayContaining(['C2', 'B5', 'E4', 'E5', 'E6', 'F1', 'F3', 'D1']));
    expect(ruleIds(res.body)).not.toEqual(expect.arrayContaining(['B3']));
    expect(ruleIds(res.body)).not.toEqual(expect.arrayContaining(['B1']));
    expect(res.body.tables).toEqual({ version: expect.stringMatching(/^tables@/), asOf: '2023-04-15' });
    expect(res.body.parties.map((p: { role: string }) => p.role)).toEqual(['seller', 'buyer', 'broker', 'payer']);
    expect(res.body.notEvaluated).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'D6' })]));
    for (const f of res.body.flags as Flag[]) expect(f.message).toMatch(/\.$/);
  });

  it('when a party of the same deal is a listed Wagner figure, then A1 fires on that party and the decision is block', async () => {
    const body = { ...MALI, parties: [...MALI.parties, { role: 'notify_party', name: 'Ivan Aleksandrovich Maslov', type: 'person', country: 'ML' }] };
    const res = await screen(body).expect(200);
    const a1 = (res.body.flags as Flag[]).filter((f) => f.ruleId === 'A1');
    expect(a1[0]).toMatchObject({ severity: 'critical', parties: [4] });
    expect(a1[0]!.evidence.entityId).toBe('sample:maslov-ivan');
    expect(res.body).toMatchObject({ decision: 'block', riskLevel: 'critical' });
  });

  it.each([
    ['coffee', { hsCode: '090111', description: 'green coffee beans', quantity: 300, value: 90000 }, 'CO', 'DE'],
    ['textiles', { hsCode: '520812', description: 'cotton fabrics', quantity: 5000, value: 30000 }, 'PT', 'NL'],
    ['pumps', { hsCode: '841370', description: 'centrifugal pumps', quantity: 20, value: 48000 }, 'DE', 'FR'],
  ])('when an ordinary %s shipment is screened, then it is clear with no flag above low', async (_what, goods, from, to) => {
    const res = await screen({
      transactionDate: '2026-10-01',
      parties: [
        { role: 'seller', name: 'Exportadora Andina SAS', type: 'organization', country: from, website: 'https://andina.example', email: 'ventas@andina.example' },
        { role: 'buyer', name: 'Rösterei Müller GmbH', type: 'organization', country: to, incorporationDate: '1987-05-01', industry: 'coffee roasting' },
      ],
      goods: [goods],
      route: [{ country: from }, { country: to }],
      declaredDestination: to,
      payment: { payer: 'Rösterei Müller GmbH', payerCountry: to, method: 'TT' },
    }).expect(200);
    expect(res.body.decision).toBe('clear');
    for (const f of res.body.flags as Flag[]) expect(RANK.indexOf(f.severity)).toBeLessThanOrEqual(1);
  });

  it('when the consignee says "UA" but its address is in Sevastopol (Cyrillic), then B1 blocks on region UA-40', async () => {
    const res = await screen({ parties: [{ role: 'consignee', name: 'Chernomorskaya Tekhnika', country: 'UA', address: 'ул. Ленина 5, Севастополь' }] }).expect(200);
    const b1 = (res.body.flags as Flag[]).find((f) => f.ruleId === 'B1');
    expect(b1).toMatchObject({ severity: 'critical', parties: [0], evidence: expect.objectContaining({ jurisdiction: 'UA-40' }) });
    expect(res.body.decision).toBe('block');
  });

  it('when listed persons own 55 % together through declared owners, then A4 blocks; when only one of three equal owners is listed, then A6 asks for review', async () => {
    const owned = await screen({ parties: [{ role: 'buyer', name: 'Kama Trade LLC', country: 'AM', owners: [{ name: 'Yevgeniy Viktorovich Prigozhin', share: 30, type: 'person' }, { name: 'Dmitriy Valeryevich Utkin', share: 25, type: 'person' }] }] }).expect(200);
    expect((owned.body.flags as Flag[]).find((f) => f.ruleId === 'A4')).toMatchObject({ severity: 'critical', evidence: expect.objectContaining({ aggregateShare: 55 }) });
    expect(owned.body.decision).toBe('block');
    const minority = await screen({ parties: [{ role: 'buyer', name: 'Kama Trade LLC', country: 'AM', owners: [{ name: 'Yevgeniy Viktorovich Prigozhin', share: 33, type: 'person' }, { name: 'Anna Beispiel', share: 33, type: 'person' }, { name: 'Jan Voorbeeld', share: 34, type: 'person' }] }] }).expect(200);
    expect(ruleIds(minority.body)).not.toContain('A4');
    expect(ruleIds(minority.body)).toContain('A6');
    expect(minority.body.decision).toBe('review');
  });

  it('when a party is a company the FtM graph shows 60 % owned by a sanctioned person, then A4 blocks with the path and A1 does not fire', async () => {
    const res = await screen({ parties: [{ role: 'consignee', name: 'Baltika Fiktiv Components', type: 'organization', country: 'EE' }] }).expect(200);
    const a4 = (res.body.flags as Flag[]).find((f) => f.ruleId === 'A4');
    expect(a4).toMatchObject({ severity: 'critical', parties: [0] });
    expect(JSON.stringify(a4!.evidence)).toMatch(/Baltika Fiktiv Components → Oleg Testovich Fiktivov/);
    expect(ruleIds(res.body)).not.toContain('A1');
    expect(res.body.decision).toBe('block');
  });

  it('when the request selects only the sample list, then the FtM ownership graph is not used', async () => {
    const res = await screen({ parties: [{ role: 'consignee', name: 'Baltika Fiktiv Components', type: 'organization', country: 'EE' }], options: { lists: ['sample'] } }).expect(200);
    expect(ruleIds(res.body)).not.toContain('A4');
    expect(res.body.lists.map((l: { id: string }) => l.id)).toEqual(['sample']);
  });

  it('when a party shares the street address of a listed company, then A3 flags the address and the risk is critical but the decision is review', async () => {
    const res = await screen({
      parties: [{ role: 'intermediate_consignee', name: 'Pearl Delta Sourcing Co', country: 'HK', address: 'Room 1203, 88 Fictional Road, Wan Chai, Hong Kong' }],
    }).expect(200);
    const a3 = (res.body.flags as Flag[]).find((f) => f.ruleId === 'A3');
    expect(a3).toMatchObject({ severity: 'high', parties: [0], evidence: expect.objectContaining({ entityId: 'ftm:t-front', addressEntry: false }) });
    expect(ruleIds(res.body)).not.toContain('A1');
    expect(res.body).toMatchObject({ riskLevel: 'critical', decision: 'review' });
  });

  it('when a change event names an unknown field, then a 400 problem points at it', async () => {
    const res = await screen({ parties: [{ role: 'buyer', name: 'x' }], events: [{ field: 'colour' }] }).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/events/0/field' })]));
  });
});
