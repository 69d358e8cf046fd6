import { clean, flagsOf, ids, run, skipped } from './support';

const withBuyer = (over: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const c = clean();
  return clean({ parties: [c.parties[0]!, { ...c.parties[1]!, ...over }], ...extra });
};

describe('D1 newly incorporated', () => {
  it('when the buyer was incorporated 3 months before, then D1 is medium', () => {
    expect(flagsOf(run(withBuyer({ incorporationDate: '2026-07-01' })), 'D1')[0]).toMatchObject({ severity: 'medium', parties: [1] });
  });
  it('when it was incorporated 13 months before an ordinary shipment, then D1 stays silent', () => {
    expect(ids(run(withBuyer({ incorporationDate: '2025-08-15' })))).not.toContain('D1');
  });
  it('when it was incorporated after 24 Feb 2022 and the goods are CHPL, then D1 fires although older than a year', () => {
    expect(ids(run(withBuyer({ incorporationDate: '2022-06-01' }, { goods: [{ hsCode: '854231' }] })))).toContain('D1');
  });
  it('when it was incorporated on 23 Feb 2022 with CHPL goods, then D1 stays silent', () => {
    expect(ids(run(withBuyer({ incorporationDate: '2022-02-23' }, { goods: [{ hsCode: '854231' }] })))).not.toContain('D1');
  });
  it('when no incorporation date is given, then D1 is not evaluated', () => {
    expect(skipped(run({ parties: [{ role: 'buyer', name: 'x' }] }), 'D1')).toBeDefined();
  });
});

describe('D2 digital footprint', () => {
  it('when a company writes from mail.ru and has no website, then D2 is medium', () => {
    expect(flagsOf(run(withBuyer({ email: 'zakaz@mail.ru', website: undefined })), 'D2')[0]!.severity).toBe('medium');
  });
  it('when it writes from gmail but has a website, then D2 is low', () => {
    expect(flagsOf(run(withBuyer({ email: 'x@gmail.com' })), 'D2')[0]!.severity).toBe('low');
  });
  it('when it writes from its own domain, then D2 stays silent', () => {
    expect(ids(run(clean()))).not.toContain('D2');
  });
});

describe('D3 address quality', () => {
  it('when a PO box comes with a street address (as in Dubai or Sharjah), then D3 stays silent; a bare PO box is medium', () => {
    const buyer = (address: string) => clean({ parties: [clean().parties![0]!, { role: 'buyer', name: 'Gulf Horizon General Trading LLC', country: 'AE', address }] });
    expect(ids(run(buyer('Al Quoz Industrial Area 3, Warehouse 14, PO Box 123456, Dubai, UAE')))).not.toContain('D3');
    expect(flagsOf(run(buyer('PO Box 123456, Dubai, UAE')), 'D3')[0]!.severity).toBe('medium');
  });
  it.each(['P.O. Box 1234, Dubai, UAE', 'c/o Fiduciary Services Ltd, 5 Main St, Limassol', 'а/я 17, Москва', 'Suite 5, Virtual Office Centre, 1 Harbour Rd, Hong Kong'])(
    'when the address is "%s", then D3 is medium',
    (address) => {
      expect(flagsOf(run(withBuyer({ address })), 'D3')[0]!.severity).toBe('medium');
    },
  );
  it('when the address is an ordinary street address of a company named "Trading Co", then D3 stays silent', () => {
    expect(ids(run(withBuyer({ name: 'Lyon Trading Co', address: '12 rue de la République, 69002 Lyon, France' })))).not.toContain('D3');
  });
});

describe('D4 contact geography', () => {
  it('when a French buyer has a Russian phone number, then D4 is low', () => {
    expect(flagsOf(run(withBuyer({ phone: '+7 495 123-45-67' })), 'D4')[0]).toMatchObject({ severity: 'low', evidence: expect.objectContaining({ phoneCountry: 'RU' }) });
  });
  it('when it orders from an IP in Türkiye, then D4 is medium; from Iran, then critical and B1 also fires', () => {
    expect(flagsOf(run(withBuyer({ ipCountry: 'TR' })), 'D4')[0]!.severity).toBe('medium');
    const a = run(withBuyer({ ipCountry: 'IR' }));
    expect(flagsOf(a, 'D4')[0]!.severity).toBe('critical');
    expect(ids(a)).toContain('B1');
  });
  it('when phone and IP are French, then D4 stays silent', () => {
    expect(ids(run(withBuyer({ phone: '+33 4 72 00 00 00', ipCountry: 'FR' })))).not.toContain('D4');
  });
});

describe('D5 shared identifiers', () => {
  it('when the buyer shares a registration number with a listed entity, then D5 is high', () => {
    const a = run(clean(), [{ index: 1, matches: [], identifierHits: [{ listed: { list: 'us_ofac_sdn', entityId: 'us_ofac_sdn:9', name: 'Front LLC', programs: [] }, type: 'registration', value: '7701234567' }] }]);
    expect(flagsOf(a, 'D5')[0]).toMatchObject({ severity: 'high', parties: [1] });
  });
  it('when a Turkish consignee shares its phone with a Russian notify party, then D5 is high', () => {
    const a = run(clean({ parties: [...clean().parties, { role: 'consignee', name: 'Bosphorus Ticaret', country: 'TR', phone: '+90 212 555 0101' }, { role: 'notify_party', name: 'OOO Vector', country: 'RU', phone: '+90 212 555 0101' }] }));
    expect(flagsOf(a, 'D5')[0]).toMatchObject({ severity: 'high', parties: [2, 3] });
  });
  it('when two French parties share a phone, then D5 stays silent', () => {
    const a = run(clean({ parties: [...clean().parties, { role: 'consignee', name: 'Entrepôt Lyon', country: 'FR', phone: '+33 4 72 00 00 00' }, { role: 'notify_party', name: 'Eaux Service', country: 'FR', phone: '+33 4 72 00 00 00' }] }));
    expect(ids(a)).not.toContain('D5');
  });
});

describe('D6 / D7 history', () => {
  it('when screened, then D6 is reported as not evaluated with the reason', () => {
    expect(skipped(run(clean()), 'D6')?.reason).toMatch(/trade history/);
  });
  it('when the customer is 2 months old, then D7 is medium; 2 years old, then silent', () => {
    expect(flagsOf(run(withBuyer({ customerSince: '2026-08-01' })), 'D7')[0]!.severity).toBe('medium');
    expect(ids(run(withBuyer({ customerSince: '2024-08-01' })))).not.toContain('D7');
  });
});
