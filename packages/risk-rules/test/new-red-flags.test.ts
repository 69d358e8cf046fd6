import { ScreeningRequestSchema } from '@screening/schemas';
import { clean, flagsOf, ids, run, skipped } from './support';

const chips = [{ hsCode: '854231', description: 'microcontrollers', value: 90000, currency: 'EUR' }];

describe('F5 unusual payment means', () => {
  it.each([
    ['crypto-assets', 'USDT (Tron wallet)'],
    ['gold or precious metals', 'gold bullion'],
    ['barter or goods in kind', 'barter against timber'],
  ])('when the method is %s, then F5 fires', (means, method) => {
    const a = run(clean({ payment: { payer: 'Eaux de Lyon SA', payerCountry: 'FR', method } }));
    expect(flagsOf(a, 'F5')[0]).toMatchObject({ severity: 'medium', evidence: expect.objectContaining({ means }) });
  });
  it('when crypto pays for controlled goods, then F5 is high', () => {
    expect(flagsOf(run(clean({ goods: chips, payment: { method: 'bitcoin' } })), 'F5')[0]!.severity).toBe('high');
  });
  it('when the payment is in roubles, then F5 is high', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Eaux de Lyon SA', method: 'TT', currency: 'RUB' } })), 'F5')[0]).toMatchObject({ severity: 'high', evidence: expect.objectContaining({ country: 'RU' }) });
  });
  it('when an ordinary wire transfer in EUR pays, then F5 stays silent', () => {
    expect(ids(run(clean({ payment: { payer: 'Eaux de Lyon SA', method: 'TT', currency: 'EUR' } })))).not.toContain('F5');
  });
  it('when nothing is said about the payment, then F5 is not evaluated', () => {
    expect(skipped(run(clean({ payment: undefined, goods: [{ hsCode: '841370' }] })), 'F5')).toBeDefined();
  });
});

describe('F6 several unrelated payers', () => {
  it('when two third parties in two countries pay the order, then F6 is high', () => {
    const a = run(clean({ payment: { payers: [{ name: 'Eaux de Lyon SA', country: 'FR' }, { name: 'Oriental Pearl Trading Ltd', country: 'HK' }, { name: 'Kapital Invest LLC', country: 'KG' }] } }));
    expect(flagsOf(a, 'F6')[0]).toMatchObject({ severity: 'high', evidence: expect.objectContaining({ thirdParties: ['Oriental Pearl Trading Ltd', 'Kapital Invest LLC'] }) });
  });
  it('when the buyer pays under two spellings of its name, then F6 stays silent', () => {
    expect(ids(run(clean({ payment: { payer: 'Eaux de Lyon SA', payers: [{ name: 'EAUX DE LYON S.A.' }] } })))).not.toContain('F6');
  });
});

describe('D8 large first order of a new customer', () => {
  const big = [{ hsCode: '841370', description: 'pumps', quantity: 800, value: 480000, currency: 'EUR' }];
  const buyer = (over: Record<string, unknown>) => ({ role: 'buyer' as const, name: 'Eaux de Lyon SA', country: 'FR', ...over });
  const seller = { role: 'seller' as const, name: 'Pumpenwerk Nord GmbH', country: 'DE' };
  it.each([
    ['firstOrder', { firstOrder: true }],
    ['a recent customerSince', { customerSince: '2026-08' }],
    ['an empty trade history', { history: [] }],
  ])('when the buyer is new (%s) and orders 480,000 EUR, then D8 fires without usualQuantity', (_w, over) => {
    expect(flagsOf(run(clean({ parties: [seller, buyer(over)], goods: big })), 'D8')[0]!.severity).toBe('medium');
  });
  it('when a long-standing customer orders the same, then D8 stays silent', () => {
    expect(ids(run(clean({ parties: [seller, buyer({ customerSince: '2015-01-01' })], goods: big })))).not.toContain('D8');
  });
  it('when a new customer orders little, then D8 stays silent', () => {
    expect(ids(run(clean({ parties: [seller, buyer({ firstOrder: true })] })))).not.toContain('D8');
  });
  it('when the order is in another currency, then D8 says it cannot compare without exchange rates', () => {
    expect(skipped(run(clean({ parties: [seller, buyer({ firstOrder: true })], goods: [{ hsCode: '841370', value: 9_000_000, currency: 'INR' }] })), 'D8')!.reason).toMatch(/exchange rates/);
  });
});

describe('E9 forwarder as consignee or ship-to', () => {
  it('when a forwarder is the consignee and the ultimate consignee is someone else, then E9 fires (medium with controlled goods)', () => {
    const a = run(
      clean({
        parties: [
          { role: 'seller', name: 'Elektronik Nord GmbH', country: 'DE' },
          { role: 'consignee', name: 'Silk Way Freight Forwarding LLC', country: 'KZ' },
          { role: 'ultimate_consignee', name: 'Astana Instruments TOO', country: 'KZ' },
        ],
        goods: chips,
        declaredDestination: 'KZ',
        route: [{ country: 'DE' }, { country: 'KZ' }],
        payment: undefined,
      }),
    );
    expect(flagsOf(a, 'E9')[0]).toMatchObject({ severity: 'medium', parties: [1] });
  });
  it('when the consignee is a manufacturer, then E9 stays silent', () => {
    const a = run(clean({ parties: [{ role: 'seller', name: 'Elektronik Nord GmbH', country: 'DE' }, { role: 'consignee', name: 'Astana Instruments TOO', country: 'KZ' }, { role: 'ultimate_consignee', name: 'Astana Instruments TOO', country: 'KZ' }] }));
    expect(ids(a)).not.toContain('E9');
  });
});

describe('B9 charter air or route changed after booking', () => {
  it('when arms fly by charter, then B9 is medium', () => {
    const a = run(clean({ goods: [{ hsCode: '930630' }], route: [{ country: 'DE', mode: 'charter_air' }, { country: 'FR', mode: 'charter_air' }] }));
    expect(flagsOf(a, 'B9')[0]!.severity).toBe('medium');
  });
  it('when a leg of a pump shipment changed after booking, then B9 is low only', () => {
    const a = run(clean({ route: [{ country: 'DE' }, { country: 'FR', changedAfterBooking: true }] }));
    expect(flagsOf(a, 'B9')[0]!.severity).toBe('low');
    expect(a.decision).toBe('clear');
  });
  it('when legs go by sea as booked, then B9 stays silent', () => {
    expect(ids(run(clean({ route: [{ country: 'DE', mode: 'sea' }, { country: 'FR', mode: 'sea', changedAfterBooking: false }] })))).not.toContain('B9');
  });
});

describe('E10 end-use statement refused', () => {
  it('when the customer refuses an end-use statement for chips, then E10 is high', () => {
    expect(flagsOf(run(clean({ goods: chips, endUse: { statementRefused: true } })), 'E10')[0]!.severity).toBe('high');
  });
  it('when it gave one, then E10 stays silent; when nothing is said, it is not evaluated', () => {
    expect(ids(run(clean({ endUse: { statementRefused: false } })))).not.toContain('E10');
    expect(skipped(run(clean()), 'E10')).toBeDefined();
  });
});

describe('C10 US content and foreign-direct-product exposure', () => {
  const from = (exporter: string, dest: string, goods: Record<string, unknown>[], date = '2025-03-01') =>
    clean({
      transactionDate: date,
      parties: [{ role: 'seller', name: 'Global Parts Ltd', country: exporter }, { role: 'buyer', name: 'Local Buyer LLC', country: dest }],
      goods,
      route: [{ country: exporter }, { country: dest }],
      declaredDestination: dest,
      payment: undefined,
    });
  it('when a UAE trader re-exports US-origin chips to Kyrgyzstan, then C10 is medium (EAR follows US-origin goods)', () => {
    expect(flagsOf(run(from('AE', 'KG', [{ hsCode: '854231', originCountry: 'US' }])), 'C10')[0]!.severity).toBe('medium');
  });
  it('when Chinese-made chips go to Russia, then the Russia FDP rule makes C10 high', () => {
    expect(flagsOf(run(from('CN', 'RU', [{ hsCode: '854231', originCountry: 'CN' }])), 'C10')[0]!.evidence).toMatchObject({ fdp: expect.objectContaining({ rule: expect.stringMatching(/734\.9\(f\)/) }) });
  });
  it('when foreign-made goods have 30 % controlled US content, then C10 fires (above 25 % de minimis)', () => {
    expect(ids(run(from('DE', 'IN', [{ hsCode: '903082', originCountry: 'DE', usContentPercent: 30 }])))).toContain('C10');
  });
  it('when US-origin coffee machines go from a German seller to France, then C10 is info only and the shipment clear', () => {
    const a = run(from('DE', 'FR', [{ hsCode: '851671', originCountry: 'US' }]));
    expect(flagsOf(a, 'C10')[0]!.severity).toBe('info');
    expect(a.decision).toBe('clear');
  });
  it('when the exporter is a US person, or the goods are local with little US content, then C10 stays silent', () => {
    expect(ids(run(from('US', 'KG', [{ hsCode: '854231', originCountry: 'US' }])))).not.toContain('C10');
    expect(ids(run(from('DE', 'IN', [{ hsCode: '903082', originCountry: 'DE', usContentPercent: 10 }])))).not.toContain('C10');
  });
});

describe('role synonyms clients send', () => {
  it.each([
    ['forwarder', 'freight_forwarder'],
    ['Shipper', 'exporter'],
    ['importer', 'buyer'],
    ['Notify Party', 'notify_party'],
    ['ship-to', 'consignee'],
    ['issuing bank', 'bank'],
    ['exporter', 'exporter'],
  ])('when a party has role "%s", then it is screened as %s', (role, want) => {
    expect(ScreeningRequestSchema.parse(clean({ parties: [{ role: role as 'seller', name: 'X GmbH' }] })).parties[0]!.role).toBe(want);
  });
  it('when a role is unknown, then the request is still refused', () => {
    expect(ScreeningRequestSchema.safeParse(clean({ parties: [{ role: 'astronaut' as 'seller', name: 'X' }] })).success).toBe(false);
  });
});
