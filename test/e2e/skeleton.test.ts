import { assertRedis, WATCHLISTS } from '@screening/testkit';
import { call, type Stack, startProcesses } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

describe('the real API and worker processes with OFAC SDN 2023-01', () => {
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({ env: { SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/2023-01` } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const top = async (name: string, type?: string) => {
    const res = await call(stack.url, '/v1/match', { entity: { name, ...(type ? { type } : {}) }, lists: ['us_ofac_sdn'] });
    expect(res.status).toBe(200);
    return res.body.matches as { entityId: string; name: string; match: boolean; score: number }[];
  };

  it('when the list is loaded, then /v1/lists shows all 11,443 entities with a version', async () => {
    const res = await call(stack.url, '/v1/lists');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ id: 'us_ofac_sdn', entities: 11443, version: expect.stringMatching(/^sha256-/) })]);
  });

  it.each([
    ['Evgeny Prigozhin', 'person'],
    ['Prigozhin Yevgeniy', 'person'],
    ['Yevgeniy Viktorovich PRIGOZHIN', undefined],
  ])('when screening "%s", then PRIGOZHIN, Yevgeniy Viktorovich is the top match', async (name, type) => {
    const [best] = await top(name, type);
    expect(best).toMatchObject({ entityId: 'us_ofac_sdn:21171', name: 'PRIGOZHIN, Yevgeniy Viktorovich', match: true });
  });

  it("when screening \"Private Military Company Wagner\", then PRIVATE MILITARY COMPANY 'WAGNER' matches", async () => {
    const [best] = await top('Private Military Company Wagner', 'organization');
    expect(best).toMatchObject({ entityId: 'us_ofac_sdn:22543', match: true });
  });

  it('when screening an unrelated name, then nothing matches', async () => {
    const matches = await top('Green Valley Coffee Roasters of Vermont', 'organization');
    expect(matches.filter((m) => m.match)).toEqual([]);
  });

  it('when a shipment has a listed consignee, then the decision is block with the list hit as evidence', async () => {
    const res = await call(stack.url, '/v1/screenings', {
      reference: 'PO-E2E-1',
      parties: [
        { role: 'seller', name: 'Anadolu Makina Sanayi', country: 'TR' },
        { role: 'consignee', name: 'PMC Wagner', type: 'organization', country: 'RU' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.decision).toBe('block');
    const hit = res.body.flags.find((f: { ruleId: string; parties: number[] }) => f.ruleId === 'A1' && f.parties.includes(1));
    expect(hit).toMatchObject({ parties: [1], evidence: expect.objectContaining({ entityId: 'us_ofac_sdn:22543' }) });
    const again = await call(stack.url, `/v1/screenings/${res.body.id}`);
    expect(again.body.decision).toBe('block');
  });

  it('when the API gets bad input, then it answers a problem and keeps serving', async () => {
    const bad = await call(stack.url, '/v1/match', { entity: { name: '' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(bad.body.errors[0].field).toBe('entity.name');
    expect((await call(stack.url, '/healthz')).status).toBe(200);
  });
});
