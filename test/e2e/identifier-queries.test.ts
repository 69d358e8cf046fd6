import { assertRedis, WATCHLISTS } from '@screening/testkit';
import { call, type Stack, startProcesses } from './support/processes';

jest.setTimeout(300_000); // liveness only: process start-ups and list loads on a loaded machine

/** Identifier-only and original-script queries through the real API and a real worker, on real lists. */
describe('identifier-led and original-script queries on OFAC SDN 2023-01 and UN 2026-02', () => {
  let stack: Stack;
  beforeAll(async () => {
    await assertRedis();
    stack = await startProcesses({ env: { SCREENING_LISTS: `us_ofac_sdn:${WATCHLISTS}/ofac/2023-01,un_sc:${WATCHLISTS}/un/2026-02/UN_consolidated.xml` } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const match = async (entity: unknown) => {
    const res = await call(stack.url, '/v1/match', { entity });
    expect(res.status).toBe(200);
    return res.body.matches as { entityId: string; name: string; match: boolean; band: string; matchedOn: string; explanation: { text: string } }[];
  };

  it.each([
    ['an IMO number from the remarks', { identifiers: [{ type: 'imo', value: 'IMO 7406784' }] }, 'us_ofac_sdn:4243', /IMO number IMO 7406784/],
    ['a BIC8 given as BIC11 with the head-office branch', { identifiers: [{ type: 'bic', value: 'HAVIGB2LXXX' }] }, 'us_ofac_sdn:906', /SWIFT\/BIC HAVIGB2LXXX/],
    ['a crypto address from the remarks (Digital Currency Address - XBT)', { identifiers: [{ type: 'crypto', value: 'XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h' }] }, 'us_ofac_sdn:25308', /crypto wallet address/],
  ])('when only %s is sent, then the listed holder is a strong match on the identifier', async (_what, entity, id, why) => {
    const [top] = await match(entity);
    expect(top).toMatchObject({ match: true, band: 'strong', matchedOn: 'identifier' });
    if (id) expect(top!.entityId).toBe(id);
    expect(top!.explanation.text).toMatch(why);
  });

  it('when a yente query has only an FtM imoNumber, then the vessel comes back', async () => {
    const res = await call(stack.url, '/match/default', { queries: { q1: { schema: 'Vessel', properties: { imoNumber: ['7406784'], notes: [{ x: 1 }] } } } });
    expect(res.status).toBe(200);
    expect(res.body.responses.q1.results[0]).toMatchObject({ id: 'us_ofac_sdn:4243', match: true });
  });

  it('when the name is written in the original script the UN list carries, then the listed person is found', async () => {
    const [top] = await match({ name: 'صدام حسين التكريتي', type: 'person' });
    expect(top).toMatchObject({ entityId: 'un_sc:IQi.001', match: true, matchedOn: 'name' });
  });

  it('when only a street address is sent (another spelling, Cyrillic city), then the person listed there is a potential match on the address', async () => {
    const top = (await match({ address: { street: '2-ya Tverskaya-Yamskaya St. 26, apt. 30', city: 'Москва', postalCode: '125047', country: 'RU' } }))[0];
    expect(top).toMatchObject({ entityId: 'us_ofac_sdn:37846', match: true, band: 'potential', matchedOn: 'address' });
  });

  it('when only a city is sent, then no listed entity is matched on the address', async () => {
    expect((await match({ address: 'Moscow, Russia' })).filter((m) => m.match)).toEqual([]);
  });

  it('when a client sends nulls and a written date, then the query is accepted', async () => {
    const res = await call(stack.url, '/v1/match', { entity: { name: 'Saddam Hussein', dateOfBirth: '28 Apr 1937', country: null, identifiers: null }, lists: null });
    expect(res.status).toBe(200);
  });
});
