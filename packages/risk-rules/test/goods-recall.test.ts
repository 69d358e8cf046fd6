import { clean, flagsOf, ids, run } from './support';

const to = (country: string, endUser: string, goods: Record<string, unknown>[], over: Record<string, unknown> = {}) =>
  clean({
    parties: [
      { role: 'seller', name: 'Aero Teile GmbH', country: 'DE' },
      { role: 'buyer', name: 'Sahel Equipements SARL', country },
    ],
    goods,
    route: [{ country: 'DE' }, { country }],
    declaredDestination: country,
    endUse: { endUser },
    payment: undefined,
    ...over,
  });

describe('military classification beyond the HS heading (C2)', () => {
  it.each([
    ['helicopters (8802) for a ministry of defence', '880212', 'helicopters', 'Ministère de la Défense nationale'],
    ['aircraft parts (8807) for the national police', '880730', 'spare parts', 'Police nationale'],
    ['truck parts (8708) for the national guard', '870899', 'spare parts', 'Garde nationale du Niger'],
    ['trucks (8704) for the gendarmerie', '870422', 'trucks', 'Gendarmería Nacional'],
    ['vehicles (8705) for interior ministry troops', '870590', 'special purpose vehicles', 'Внутренние войска МВД'],
  ])('when %s are shipped, then they are arms (C2)', (_w, hsCode, description, endUser) => {
    const a = run(to('ML', endUser, [{ hsCode, description }]));
    expect(flagsOf(a, 'C2')).toHaveLength(1);
  });

  it('when truck parts are described as parts of armoured personnel carriers, then C2 fires without a military end user', () => {
    expect(ids(run(to('FR', 'Transports Dupont', [{ hsCode: '870899', description: 'gearbox for armoured personnel carrier' }])))).toContain('C2');
  });

  it.each([
    ['helicopters for a civil operator', '880212', 'helicopters', 'Heli Services Ltd'],
    ['truck parts for a haulier', '870899', 'brake pads', 'Transports Dupont'],
    ['aircraft parts for an airline', '880730', 'landing gear parts', 'Air France'],
  ])('when %s are shipped, then they are not arms (no C2)', (_w, hsCode, description, endUser) => {
    expect(ids(run(to('FR', endUser, [{ hsCode, description }])))).not.toContain('C2');
  });

  it.each([
    ['body armour', { hsCode: '621120', description: 'ballistic vests (body armour), NIJ IIIA' }],
    ['a thermal rifle scope', { hsCode: '901380', description: 'thermal imaging rifle scope' }],
    ['night-vision goggles for the army', { hsCode: '900510', description: 'night vision binoculars', endUser: 'Armée de terre' }],
  ])('when %s is shipped, then C2 fires by the description', (_w, g) => {
    const { endUser, ...goods } = g as Record<string, string>;
    const a = run(to('FR', endUser ?? 'Securite Privee SA', [goods]));
    expect(flagsOf(a, 'C2')[0]!.evidence.reason).toMatch(/by its description/);
  });

  it('when a civil thermal camera is shipped, then it is a dual-use item (controlled) but not arms', () => {
    const a = run(to('AE', 'Gulf Facilities LLC', [{ hsCode: '852589', description: 'thermal imaging camera for building inspection' }]));
    expect(ids(a)).not.toContain('C2');
    expect(flagsOf(a, 'B4')[0]!.severity).toBe('high');
  });

  it.each([
    ['car radar sensors', { hsCode: '852610', description: '77 GHz automotive radar sensor (ACC)' }],
    ['a consumer camera drone', { hsCode: '880622', description: 'DJI Mavic consumer camera drone' }],
  ])('when %s are shipped to a civil buyer, then they are priority/dual-use items, not arms', (_w, g) => {
    const a = run(to('AE', 'Gulf Retail LLC', [g]));
    expect(ids(a)).not.toContain('C2');
    expect(flagsOf(a, 'B4')[0]!.evidence.goods).toEqual([expect.objectContaining({ dualUse: expect.any(String) })]);
  });

  it('when a consumer drone goes to a military end user, then it is arms again', () => {
    expect(ids(run(to('ML', 'Forces Armées Maliennes', [{ hsCode: '880622', description: 'DJI Mavic camera drone' }])))).toContain('C2');
  });
});

describe('HS-based Russia/Belarus export bans (B2)', () => {
  const toRussia = (goods: Record<string, unknown>[], over: Record<string, unknown> = {}) =>
    clean({
      transactionDate: '2024-03-01',
      parties: [{ role: 'seller', name: 'Maschinenbau Süd GmbH', country: 'DE' }, { role: 'buyer', name: 'OOO Tekhnoprom', country: 'RU' }],
      goods,
      route: [{ country: 'DE' }, { country: 'RU' }],
      declaredDestination: 'RU',
      payment: undefined,
      ...over,
    });

  it('when aircraft parts (ch. 88, EU Annex XI) go to Russia, then B2 is critical with the annex cited', () => {
    const a = run(toRussia([{ hsCode: '880320', description: 'undercarriage' }], { transactionDate: '2022-03-15' }));
    const b2 = flagsOf(a, 'B2')[0]!;
    expect(b2.severity).toBe('critical');
    expect(JSON.stringify(b2.evidence.hsBans)).toMatch(/Annex XI/);
    expect(a.decision).toBe('block');
  });

  it('when a pump (ch. 84) goes to Russia from a US exporter after May 2023, then B2 is critical under Supp. 4 to part 746', () => {
    const a = run(toRussia([{ hsCode: '841370', description: 'pumps' }], { exporterJurisdictions: ['US'], parties: [{ role: 'seller', name: 'Pump Co', country: 'US' }, { role: 'buyer', name: 'OOO Tekhnoprom', country: 'RU' }] }));
    expect(flagsOf(a, 'B2')[0]).toMatchObject({ severity: 'critical', evidence: expect.objectContaining({ hsBans: [expect.objectContaining({ authority: 'US', prefix: '84' })] }) });
  });

  it('when a pump of EU origin goes to Russia from an EU-only exporter, then the US chapter-84 row does not bind and B2 stays high', () => {
    const a = run(toRussia([{ hsCode: '841370', description: 'pumps', originCountry: 'DE' }], { exporterJurisdictions: ['EU'] }));
    expect(flagsOf(a, 'B2')[0]!.severity).toBe('high');
  });

  it('when US-origin pumps go to Russia from an EU exporter, then the US row binds through the goods (EAR follows US-origin items)', () => {
    const a = run(toRussia([{ hsCode: '841370', description: 'pumps', originCountry: 'US' }], { exporterJurisdictions: ['EU'] }));
    expect(flagsOf(a, 'B2')[0]!.severity).toBe('critical');
  });

  it('when the same pump went to Russia before the May 2023 expansion, then B2 is high, not critical', () => {
    expect(flagsOf(run(toRussia([{ hsCode: '841370' }], { transactionDate: '2023-01-10' })), 'B2')[0]!.severity).toBe('high');
  });
});

describe('C9 HS 2022 and classification contradictions', () => {
  it('when 8803 (deleted by HS 2022) is given in 2024, then C9 reports it and the tables read it as 8807 (CHPL 8807.30)', () => {
    const a = run(clean({ goods: [{ hsCode: '8803.30', description: 'aircraft parts' }] }));
    expect(flagsOf(a, 'C9')[0]).toMatchObject({ severity: 'medium', evidence: expect.objectContaining({ readAs: '880730', deleted: '8803' }) });
    expect(flagsOf(a, 'C1')[0]!.evidence.hs6).toBe('880730');
  });
  it('when 8803 is given for a 2021 shipment (HS 2017 in force), then C9 stays silent', () => {
    expect(ids(run(clean({ transactionDate: '2021-06-01', goods: [{ hsCode: '880330' }] })))).not.toContain('C9');
  });
  it('when the chapter does not exist (77), then C9 says so', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '770100' }] })), 'C9')[0]!.message).toMatch(/chapter 77 does not exist/);
  });
  it.each([
    ['a USML category I item declared as coffee', { hsCode: '090111', usmlCategory: 'I' }, /USML category I does not fit/],
    ['an electronics ECCN on a textile code', { hsCode: '620342', eccn: '3A001' }, /category 3\) does not fit HS chapter 62/],
    ['ammunition classified EAR99', { hsCode: '930630', eccn: 'EAR99' }, /arms heading/],
  ])('when %s, then C9 flags the contradiction', (_w, g, msg) => {
    expect(flagsOf(run(clean({ goods: [g] })), 'C9')[0]!.message).toMatch(msg);
  });
  it.each([
    ['a microcontroller with 3A991', { hsCode: '854231', eccn: '3A991' }],
    ['a rifle with USML category I', { hsCode: '930200', usmlCategory: 'Cat. I' }],
    ['pumps', { hsCode: '841370' }],
  ])('when %s is given, then C9 stays silent', (_w, g) => {
    expect(ids(run(clean({ goods: [g] })))).not.toContain('C9');
  });
});
