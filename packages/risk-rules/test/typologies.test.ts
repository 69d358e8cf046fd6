import { ids, run } from './support';

/** Documented diversion typologies (docs/domain.md §1, S3–S7, S32–S36), screened end to end through the pure rules. */
describe('diversion typologies', () => {
  it('when Iranian drone parts are bought by a new UAE trader and paid from Hong Kong, then review at high risk with hub, goods and payer flags', () => {
    const a = run({
      transactionDate: '2023-09-01',
      parties: [
        { role: 'seller', name: 'Precision Motors Inc', country: 'US' },
        { role: 'buyer', name: 'Sky Bridge General Trading LLC', country: 'AE', incorporationDate: '2022-11-01', email: 'skybridge.trading@gmail.com' },
        { role: 'payer', name: 'Golden Gate Hong Kong Ltd', country: 'HK' },
      ],
      goods: [{ hsCode: '840710', description: 'engines' }, { hsCode: '850131', description: 'servo motors' }, { hsCode: '854231', description: 'microcontrollers' }],
      route: [{ country: 'US' }, { country: 'AE', freeTradeZone: true, port: 'Jebel Ali' }],
      declaredDestination: 'AE',
      payment: { payer: 'Golden Gate Hong Kong Ltd', payerCountry: 'HK', method: 'TT' },
    });
    expect(ids(a)).toEqual(expect.arrayContaining(['B4', 'B7', 'C1', 'D1', 'D2', 'E1', 'F1', 'F3']));
    expect(a).toMatchObject({ decision: 'review', riskLevel: 'high' });
  });

  it('when chips go to a post-2022 Armenian trader from an EU exporter without a No-Russia clause, then C1, B4, C3, D1 and E1 fire', () => {
    const a = run({
      transactionDate: '2024-05-01',
      parties: [
        { role: 'exporter', name: 'Halbleiter Vertrieb GmbH', country: 'DE' },
        { role: 'buyer', name: 'Ararat Electronics Trade LLC', country: 'AM', incorporationDate: '2022-05-10' },
      ],
      goods: [{ hsCode: '854232', description: 'memory chips' }],
      route: [{ country: 'DE' }, { country: 'AM' }],
      declaredDestination: 'AM',
      contract: { noRussiaClause: false },
    });
    expect(ids(a)).toEqual(expect.arrayContaining(['B4', 'C1', 'C3', 'D1', 'E1']));
    expect(a.decision).toBe('review');
  });

  it('when goods declared for Kazakhstan continue to a Russian end user, then B2 blocks and B6/B8/E3 explain the route', () => {
    const a = run({
      transactionDate: '2024-05-01',
      parties: [
        { role: 'seller', name: 'US Components Corp', country: 'US' },
        { role: 'consignee', name: 'Astana Logistics TOO', country: 'KZ' },
        { role: 'end_user', name: 'OOO Radiotekhnika', country: 'RU' },
      ],
      goods: [{ hsCode: '854239' }],
      route: [{ country: 'US' }, { country: 'KZ' }, { country: 'RU' }],
      declaredDestination: 'KZ',
    });
    expect(ids(a)).toEqual(expect.arrayContaining(['B2', 'B6', 'B8', 'E1', 'E3']));
    expect(a.decision).toBe('block');
  });

  it('when a Turkish buyer of chips is paid for from Russia, then B2 blocks (RU funds with priority goods)', () => {
    const a = run({
      transactionDate: '2024-05-01',
      parties: [{ role: 'seller', name: 'US Components Corp', country: 'US' }, { role: 'buyer', name: 'Anadolu Dis Ticaret Ltd Sti', country: 'TR' }],
      goods: [{ hsCode: '854231' }],
      declaredDestination: 'TR',
      payment: { payer: 'OOO Promsnab', payerCountry: 'RU' },
    });
    expect(ids(a)).toEqual(expect.arrayContaining(['B2', 'F1', 'F2', 'F3']));
    expect(a.decision).toBe('block');
  });

  it('when a DPRK front company uses a listed entity\'s address in a third country, then A3 and B4 fire', () => {
    const a = run(
      { parties: [{ role: 'consignee', name: 'Sunrise Sourcing Ltd', country: 'HK', address: 'Room 5, 9 Fake Street, Kowloon, Hong Kong' }], goods: [{ hsCode: '851762' }] },
      [{ index: 0, matches: [], addressHits: [{ listed: { list: 'un_sc', entityId: 'un_sc:KPe.001', name: 'Listed Front', programs: ['DPRK'] }, address: 'Room 5, 9 Fake Street, Kowloon, Hong Kong', addressEntry: false }] }],
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['A3', 'B4']));
    expect(a.riskLevel).toBe('critical');
  });
});
