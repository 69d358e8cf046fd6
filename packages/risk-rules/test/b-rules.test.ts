import { clean, flagsOf, ids, run, skipped } from './support';

const party = (over: Record<string, unknown>) => ({ role: 'consignee' as const, name: 'Consignee Co', ...over });
const arms = [{ hsCode: '930190', description: 'howitzers' }];
const chips = [{ hsCode: '8542.31.00', description: 'microcontrollers' }];

describe('B1 comprehensive embargo', () => {
  it.each([
    ['IR by country', { country: 'IR' }, 'IR'],
    ['Crimea behind "UA" (Simferopol)', { country: 'UA', address: 'vul. Pushkina 10, Simferopol, Ukraine' }, 'UA-43'],
    ["Sevastopol' with apostrophe", { address: "ul. Bolshaya Morskaya 1, Sevastopol', Ukraine" }, 'UA-40'],
    ['Севастополь in Cyrillic', { address: 'ул. Ленина 5, Севастополь' }, 'UA-40'],
    ['Симферополь in Cyrillic', { country: 'UA', address: 'Симферополь, ул. Гоголя 3' }, 'UA-43'],
    ['Pyongyang', { address: 'Pyongyang' }, 'KP'],
    ['an ISO region code', { country: 'UA', address: { city: 'x', region: 'UA-43' } }, 'UA-43'],
  ])('when a party is in %s, then B1 is critical and blocks', (_what, p, code) => {
    const a = run({ parties: [party(p)] });
    expect(flagsOf(a, 'B1').find((f) => f.evidence.jurisdiction === code)).toMatchObject({ severity: 'critical', parties: [0] });
    expect(a.decision).toBe('block');
  });
  it('when a party is in Kyiv, Ukraine, then B1 stays silent', () => {
    expect(ids(run({ parties: [party({ country: 'UA', address: 'Khreshchatyk 1, Kyiv, Ukraine' })] }))).not.toContain('B1');
  });
  it('when a party is in Donetsk, then B1 is high (review), not a block', () => {
    const a = run({ parties: [party({ country: 'UA', address: 'Donetsk, Ukraine' })] });
    expect(flagsOf(a, 'B1')[0]).toMatchObject({ severity: 'high', evidence: expect.objectContaining({ jurisdiction: 'UA-14' }) });
    expect(a.decision).toBe('review');
  });
  it.each([
    ['2025-06-30', 'critical'],
    ['2025-07-01', 'info'],
  ])('when Syria appears on %s (screened that day), then B1 is %s', (date, severity) => {
    expect(flagsOf(run({ transactionDate: date, parties: [party({ country: 'SY' })] }, [], `${date}T09:00:00Z`), 'B1').map((f) => f.severity)).toContain(severity);
  });
  it('when a contract dated before the Syria lifting is screened after it, then the later day applies and B1 does not block', () => {
    expect(run({ transactionDate: '2025-06-30', parties: [party({ country: 'SY' })] }, [], '2026-12-02T09:00:00Z').decision).not.toBe('block');
  });
  it('when controlled goods go to Syria after the 2025 lifting, then B1 is high: CCL items still need a licence', () => {
    const a = run({ transactionDate: '2026-10-01', parties: [party({ country: 'SY' })], goods: [{ hsCode: '854231' }] });
    expect(flagsOf(a, 'B1').map((f) => f.severity)).toContain('high');
  });
  it('when an EU-only exporter ships to a Cuban buyer, then B1 is context only and names the EU Blocking Statute; a US exporter is blocked', () => {
    const cuba = (j: ('EU' | 'US')[]) => run({ parties: [party({ role: 'seller', name: 'Hanse Maschinen GmbH', country: 'DE' }), party({ country: 'CU' })], goods: [{ hsCode: '841370' }], exporterJurisdictions: j });
    const eu = cuba(['EU']);
    expect(flagsOf(eu, 'B1')[0]).toMatchObject({ severity: 'info', evidence: { binding: 'no', blockingStatute: 'Council Regulation (EC) No 2271/96' } });
    expect(eu.decision).toBe('clear');
    expect(cuba(['US']).decision).toBe('block');
  });
  it('when no jurisdiction is declared, then it is inferred from the exporter country (a German seller is EU-bound), else every authority applies', () => {
    const de = run({ parties: [party({ role: 'seller', name: 'Hanse Maschinen GmbH', country: 'DE' }), party({ country: 'CU' })] });
    expect(flagsOf(de, 'B1')[0]!.severity).toBe('info');
    expect(String(flagsOf(de, 'B1')[0]!.evidence.exporter)).toMatch(/inferred/);
    expect(run({ parties: [party({ country: 'CU' })] }).decision).toBe('block');
  });
  it('when US-origin goods go from an EU exporter to Cuba, then the EAR binds and B1 blocks', () => {
    const a = run({ parties: [party({ role: 'seller', name: 'Hanse Maschinen GmbH', country: 'DE' }), party({ country: 'CU' })], goods: [{ hsCode: '847130', originCountry: 'US' }], exporterJurisdictions: ['EU'] });
    expect(a.decision).toBe('block');
  });
  it('when a Venezuelan state enterprise buys, then B1 is critical for a US exporter; a private Venezuelan buyer is a review', () => {
    const ve = (name: string) => run({ parties: [party({ role: 'seller', name: 'Gulf Pumps Inc.', country: 'US' }), party({ name, country: 'VE' })] });
    expect(flagsOf(ve('Petroleos de Venezuela S.A. (PDVSA)'), 'B1')[0]!.severity).toBe('critical');
    expect(flagsOf(ve('Distribuidora Caracas C.A.'), 'B1')[0]!.severity).toBe('high');
  });
  it('when a route leg passes through Cuba, then B1 fires on the leg', () => {
    expect(flagsOf(run(clean({ route: [{ country: 'DE' }, { country: 'CU', port: 'Mariel' }, { country: 'FR' }] })), 'B1')[0]!.evidence.jurisdiction).toBe('CU');
  });
  it('when an address says "St. Petersburg, FL, USA", then it is not taken for Russia', () => {
    expect(ids(run({ parties: [party({ address: '100 Central Ave, St. Petersburg, FL, USA' })] }))).not.toContain('B2');
  });
});

describe('B2 Russia / Belarus nexus', () => {
  it('when a party is in Russia with CHPL goods, then B2 is critical', () => {
    expect(flagsOf(run({ parties: [party({ country: 'RU' })], goods: chips }), 'B2')[0]!.severity).toBe('critical');
  });
  it('when a party is in Moscow (address only) with ordinary goods, then B2 is high', () => {
    expect(flagsOf(run({ parties: [party({ address: 'Tverskaya 1, Moscow' })], goods: [{ hsCode: '090111' }] }), 'B2')[0]!.severity).toBe('high');
  });
  it('when the shipment is dated 2020, then B2 is medium (sectoral regime)', () => {
    expect(flagsOf(run({ transactionDate: '2020-05-01', parties: [party({ country: 'BY' })] }), 'B2')).toHaveLength(0);
    expect(flagsOf(run({ transactionDate: '2020-05-01', parties: [party({ country: 'RU' })] }), 'B2')[0]!.severity).toBe('medium');
  });
  it('when nothing is in RU/BY, then B2 stays silent', () => {
    expect(ids(run(clean()))).not.toContain('B2');
  });
});

describe('B3 arms embargo destination', () => {
  it('when arms go to Libya, then B3 is critical (UN full)', () => {
    expect(flagsOf(run({ parties: [party({ country: 'LY' })], goods: arms }), 'B3')[0]!.severity).toBe('critical');
  });
  it('when arms go to Mali, then B3 stays silent (no UN arms embargo)', () => {
    expect(ids(run({ parties: [party({ country: 'ML' })], goods: arms, declaredDestination: 'ML' }))).not.toContain('B3');
  });
  it('when arms go to Lebanon, then B3 is high (non-state actors only)', () => {
    expect(flagsOf(run({ parties: [party({ country: 'LB' })], goods: arms }), 'B3')[0]!.severity).toBe('high');
  });
  it('when coffee goes to Libya, then B3 stays silent', () => {
    expect(ids(run({ parties: [party({ country: 'LY' })], goods: [{ hsCode: '090111' }] }))).not.toContain('B3');
  });
  it('when an EU exporter ships arms to Myanmar, then B3 is critical; a Turkish-only exporter, then silent', () => {
    expect(flagsOf(run({ parties: [party({ country: 'MM' })], goods: arms, exporterJurisdictions: ['EU'] }), 'B3')[0]!.severity).toBe('critical');
    expect(ids(run({ parties: [party({ country: 'MM' })], goods: arms, exporterJurisdictions: ['TR'] }))).not.toContain('B3');
  });
  it.each([
    ['2020-10-17', true],
    ['2021-06-01', false],
    ['2025-10-01', true],
  ])('when arms go to Iran under UN rules only on %s, then B3 fires: %s', (date, fires) => {
    const a = run({ transactionDate: date, parties: [party({ country: 'IR' })], goods: arms, exporterJurisdictions: ['TR'] }, [], `${date}T09:00:00Z`);
    expect(ids(a).includes('B3')).toBe(fires);
  });
  it('when arms go to an address in Nyala or El Fasher, then the Darfur embargo (all belligerents) applies; Khartoum alone is not Darfur', () => {
    for (const address of ['Nyala, South Darfur, Sudan', 'Souq, El Fasher, Sudan', 'Geneina, Sudan']) {
      const a = run({ parties: [party({ country: 'SD', address })], goods: arms, exporterJurisdictions: ['TR'] });
      expect(flagsOf(a, 'B3')[0]!.evidence.embargoes).toEqual(expect.arrayContaining([expect.objectContaining({ authority: 'UN', region: 'Darfur', scope: 'full' })]));
    }
    expect(ids(run({ parties: [party({ country: 'SD', address: 'Khartoum, Sudan' })], goods: arms, exporterJurisdictions: ['TR'] }))).not.toContain('B3');
  });
  it('when a renewable UN mandate is past its last confirmed renewal, then B3 stays in force and says "verify: renewal not confirmed"', () => {
    const a = run({ parties: [party({ country: 'SS' })], goods: arms, exporterJurisdictions: ['TR'] }, [], '2026-12-02T09:00:00Z');
    expect(flagsOf(a, 'B3')[0]!.severity).toBe('critical');
    expect(flagsOf(a, 'B3')[0]!.message).toMatch(/verify: renewal not confirmed in table version tables@/);
  });
  it('when arms go to Hong Kong from a US exporter, then the China policy of denial applies (B3 critical)', () => {
    expect(flagsOf(run({ parties: [party({ country: 'HK' })], goods: arms, exporterJurisdictions: ['US'] }), 'B3')[0]!.severity).toBe('critical');
  });
  it('when arms go to Iraq from a US exporter, then 22 CFR 126.1 allows government forces case by case: B3 high, not critical', () => {
    expect(flagsOf(run({ parties: [party({ country: 'IQ' })], goods: arms, exporterJurisdictions: ['US'] }), 'B3')[0]!.severity).toBe('high');
  });
  it('when there are no goods, then B3 is not evaluated', () => {
    expect(skipped(run({ parties: [party({ country: 'LY' })] }), 'B3')).toBeDefined();
  });
});

describe('B4 diversion hub', () => {
  it('when CHPL goods transit the UAE, then B4 is high', () => {
    expect(flagsOf(run(clean({ goods: chips, route: [{ country: 'DE' }, { country: 'AE' }, { country: 'KZ' }] })), 'B4').map((f) => f.severity)).toEqual(['high', 'high']);
  });
  it('when pumps transit the UAE, then B4 is info only', () => {
    const a = run(clean({ route: [{ country: 'DE' }, { country: 'AE' }, { country: 'FR' }] }));
    expect(flagsOf(a, 'B4')[0]!.severity).toBe('info');
  });
  it('when the only hub is the origin of the route, then B4 stays silent', () => {
    expect(ids(run(clean({ parties: [{ role: 'seller', name: 'S', country: 'TR' }, { role: 'buyer', name: 'B', country: 'FR' }], goods: chips, route: [{ country: 'TR' }, { country: 'FR' }] })))).not.toContain('B4');
  });
  it('when a hub appeared before the FinCEN/BIS alert date, then B4 stays silent', () => {
    expect(ids(run(clean({ transactionDate: '2021-01-01', goods: chips, route: [{ country: 'DE' }, { country: 'AE' }, { country: 'FR' }] })))).not.toContain('B4');
  });
});

describe('B5 PMC presence', () => {
  it('when arms go to Burkina Faso in 2025, then B5 is high; in 2023 (before Africa Corps), silent', () => {
    expect(flagsOf(run({ transactionDate: '2025-01-01', parties: [party({ country: 'BF' })], goods: arms, declaredDestination: 'BF' }), 'B5')[0]!.severity).toBe('high');
    expect(ids(run({ transactionDate: '2023-01-01', parties: [party({ country: 'BF' })], goods: arms, declaredDestination: 'BF' }))).not.toContain('B5');
  });
  it('when coffee goes to Mali, then B5 stays silent', () => {
    expect(ids(run({ parties: [party({ country: 'ML' })], goods: [{ hsCode: '090111' }], declaredDestination: 'ML' }))).not.toContain('B5');
  });
});

describe('B6 incoherent route', () => {
  it('when the route continues beyond the declared destination, then B6 is high', () => {
    expect(flagsOf(run(clean({ route: [{ country: 'DE' }, { country: 'FR' }, { country: 'RU' }] })), 'B6')[0]!.severity).toBe('high');
  });
  it('when the route detours through a hub, then B6 is medium', () => {
    expect(flagsOf(run(clean({ route: [{ country: 'DE' }, { country: 'AM' }, { country: 'FR' }] })), 'B6')[0]!.severity).toBe('medium');
  });
  it('when Asian goods reach Europe via Singapore, Tanjung Pelepas or Jebel Ali, then B6 stays silent (usual transshipment)', () => {
    for (const via of ['SG', 'MY', 'AE']) expect(ids(run(clean({ route: [{ country: 'CN' }, { country: via }, { country: 'EG' }, { country: 'FR' }] })))).not.toContain('B6');
    expect(ids(run(clean({ route: [{ country: 'IN' }, { country: 'AE', port: 'Jebel Ali' }, { country: 'FR' }] })))).not.toContain('B6');
  });
  it('when European goods for France go round through Jebel Ali or Kyrgyzstan, then B6 is medium and says why', () => {
    const a = run(clean({ route: [{ country: 'DE' }, { country: 'AE' }, { country: 'FR' }] }));
    expect(flagsOf(a, 'B6')[0]!.severity).toBe('medium');
    expect(JSON.stringify(flagsOf(a, 'B6')[0]!.evidence.detours)).toContain('neither');
    expect(flagsOf(run(clean({ route: [{ country: 'DE' }, { country: 'KG' }, { country: 'FR' }] })), 'B6')[0]!.severity).toBe('medium');
  });
  it('when the route transits a non-hub port, then B6 stays silent', () => {
    expect(ids(run(clean({ route: [{ country: 'DE' }, { country: 'BE' }, { country: 'FR' }] })))).not.toContain('B6');
  });
  it('when the route has one leg, then B6 is not evaluated', () => {
    expect(skipped(run(clean({ route: [{ country: 'FR' }] })), 'B6')).toBeDefined();
  });
});

describe('B7 free trade zone', () => {
  it('when CHPL goods pass a free trade zone, then B7 is medium', () => {
    expect(flagsOf(run(clean({ goods: chips, route: [{ country: 'DE' }, { country: 'AE', port: 'Jebel Ali', freeTradeZone: true }, { country: 'FR' }] })), 'B7')[0]!.severity).toBe('medium');
  });
  it('when pumps pass a free trade zone, then B7 stays silent', () => {
    expect(ids(run(clean({ route: [{ country: 'DE' }, { country: 'AE', freeTradeZone: true }, { country: 'FR' }] })))).not.toContain('B7');
  });
});

describe('B8 invoice / declared destination mismatch', () => {
  it('when goods for Germany are discharged in Rotterdam (same customs territory), then B8 stays silent', () => {
    expect(ids(run(clean({ declaredDestination: 'DE', parties: [clean().parties![0]!, { role: 'buyer', name: 'Hanse Handel GmbH', country: 'DE' }], route: [{ country: 'CN' }, { country: 'SG' }, { country: 'NL', port: 'Rotterdam' }] })))).not.toContain('B8');
  });
  it('when the invoice says Germany but the goods end in Armenia, then B8 is high', () => {
    const a = run(clean({ invoiceShipTo: 'DE', declaredDestination: undefined, route: [{ country: 'US' }, { country: 'AM' }] }));
    expect(flagsOf(a, 'B8')[0]).toMatchObject({ severity: 'high', evidence: expect.objectContaining({ stated: 'DE' }) });
  });
  it('when invoice, consignee and route agree, then B8 stays silent', () => {
    expect(ids(run(clean({ invoiceShipTo: 'FR' })))).not.toContain('B8');
  });
});

describe('geography of the stated end user', () => {
  it('when the end user is stated as a Russian ministry without a party, then B2 sees Russia', () => {
    const a = run({ parties: [{ role: 'buyer', name: 'Caspian Import LLC', country: 'KZ' }], goods: chips, endUse: { endUser: 'Ministry of Defence of the Russian Federation' } });
    expect(flagsOf(a, 'B2')[0]!.message).toMatch(/end user/);
  });
  it('when the end user is a Kazakh plant, then B2 stays silent', () => {
    expect(ids(run({ parties: [{ role: 'buyer', name: 'Caspian Import LLC', country: 'KZ' }], goods: chips, endUse: { endUser: 'Karaganda Steel Plant' } }))).not.toContain('B2');
  });
});
