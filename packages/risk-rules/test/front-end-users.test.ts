import { clean, flagsOf, ids, run } from './support';

const deal = (endUser: string | undefined, goods: Record<string, unknown>[], over: Record<string, unknown> = {}) =>
  clean({
    transactionDate: '2025-03-01',
    parties: [
      { role: 'seller', name: 'Anadolu Makina Sanayi A.S.', country: 'TR' },
      { role: 'buyer', name: 'Sahel Import Export SARL', country: 'ML' },
    ],
    goods,
    route: [{ country: 'TR' }, { country: 'ML' }],
    declaredDestination: 'ML',
    payment: { payer: 'Sahel Import Export SARL', payerCountry: 'ML' },
    ...(endUser ? { endUse: { endUser } } : {}),
    ...over,
  });

const generator = [{ hsCode: '850213', description: 'diesel generating sets 500 kVA' }];

describe('E4 front end users: military, police and security bodies', () => {
  it.each([
    ['the Ministry of Defence (FR)', 'Ministère de la Défense et des Anciens Combattants'],
    ['the gendarmerie (FR)', 'Gendarmerie nationale du Mali'],
    ['the national guard (ES)', 'Guardia Nacional'],
    ['state security (PT)', 'Serviço de Segurança do Estado'],
    ['the presidential guard (FR)', 'Garde présidentielle'],
    ['interior ministry troops (RU)', 'Внутренние войска МВД'],
    ['the police (AR)', 'الشرطة الوطنية'],
    ['the republican guard (AR)', 'الحرس الجمهوري'],
  ])('when %s in a PMC country buys generators (ch. 85, not controlled), then E4 is at least a review', (_w, endUser) => {
    const a = run(deal(endUser, generator));
    expect(flagsOf(a, 'E4')[0]).toMatchObject({ severity: expect.stringMatching(/medium|high/), evidence: expect.objectContaining({ securityKind: expect.any(String) }) });
    expect(a.decision).toBe('review');
  });

  it('when a civil ministry in the same country buys generators, then E4 stays silent', () => {
    expect(ids(run(deal('Ministère de la Santé', generator)))).not.toContain('E4');
  });

  it('when the police of a country without PMC presence or arms embargo buys generators, then E4 stays silent', () => {
    const a = run(deal('Police nationale', generator, { parties: [{ role: 'seller', name: 'Anadolu Makina', country: 'TR' }, { role: 'buyer', name: 'Senegal Equipements SA', country: 'SN' }], route: [{ country: 'TR' }, { country: 'SN' }], declaredDestination: 'SN', payment: undefined }));
    expect(ids(a)).not.toContain('E4');
  });

  it('when the police buy coffee (not ch. 84–90), then E4 stays silent', () => {
    expect(ids(run(deal('Police nationale', [{ hsCode: '090111', description: 'coffee' }])))).not.toContain('E4');
  });

  it('when a security end user buys generators and a private payer in the UAE pays, then E4 is high', () => {
    const a = run(deal('Garde nationale', generator, { payment: { payer: 'Desert Star General Trading FZE', payerCountry: 'AE' } }));
    expect(flagsOf(a, 'E4')[0]!.severity).toBe('high');
  });

  it('when the end user is not a party row, then its country comes from its name, else from the certificate', () => {
    const named = run(deal('Ministère de la Défense, République du Mali', generator, { declaredDestination: undefined, parties: [{ role: 'seller', name: 'Anadolu Makina', country: 'TR' }], route: [] }));
    expect(flagsOf(named, 'E4')[0]!.evidence).toMatchObject({ country: 'ML', countryFrom: 'endUse.endUser' });
    const cert = run(
      deal(undefined, generator, {
        declaredDestination: undefined,
        route: [],
        parties: [{ role: 'seller', name: 'Anadolu Makina', country: 'TR' }],
        endUse: { endUser: 'Garde présidentielle', certificate: { issuingCountry: 'BF' } },
      }),
    );
    expect(flagsOf(cert, 'E4')[0]!.evidence).toMatchObject({ country: 'BF', countryFrom: 'end-use certificate' });
  });

  it('when B5 has only a stated end user and its certificate, then B5 uses the certificate country', () => {
    const a = run(clean({ parties: [{ role: 'seller', name: 'Optik GmbH', country: 'DE' }], goods: [{ hsCode: '854231' }], declaredDestination: undefined, route: [], payment: undefined, endUse: { endUser: 'Unité spéciale', certificate: { issuingCountry: 'NE' } } }));
    expect(flagsOf(a, 'B5')[0]!.evidence.country).toBe('NE');
  });

  it.each([
    ['a listed address of the broker (A3)', 'A3'],
    ['a listed owner of the payer (A4)', 'A4'],
    ['a listed controller of the payer (A6)', 'A6'],
  ])('when %s shows up, then E4 is critical like a direct hit', (_w, rule) => {
    const input = deal('Ministère de la Défense', [{ hsCode: '930690', description: 'munitions' }], {
      parties: [
        { role: 'seller', name: 'Anadolu Makina', country: 'TR' },
        { role: 'buyer', name: 'Ministère de la Défense', country: 'ML', isStateBody: true },
        { role: 'broker', name: 'Bamako Trans-Sahel SARL', country: 'ML', address: '12 Rue 305, Quartier du Fleuve, Bamako' },
        { role: 'payer', name: 'Al Noor Star General Trading FZE', country: 'AE', owners: [{ name: 'Listed Owner', share: 60 }] },
      ],
      payment: { payer: 'Al Noor Star General Trading FZE', payerCountry: 'AE' },
    });
    const listed = { list: 'us_ofac_sdn', entityId: 'us_ofac_sdn:9', name: 'WAGNER FRONT', programs: ['RUSSIA-EO14024'] };
    const evidence =
      rule === 'A3'
        ? [{ index: 2, matches: [], addressHits: [{ listed, address: '12 Rue 305, Quartier du Fleuve, Bamako', addressEntry: false }] }]
        : rule === 'A4'
          ? [{ index: 3, matches: [], owners: [{ owner: 'Listed Owner', share: 60, listed, path: ['Al Noor', 'Listed Owner'], via: 'declared' as const }] }]
          : [{ index: 3, matches: [], links: [{ relation: 'director', listed, path: ['Al Noor', 'WAGNER FRONT'] }] }];
    const a = run(input, evidence);
    expect(flagsOf(a, rule)[0]).toBeDefined();
    expect(flagsOf(a, 'E4')[0]).toMatchObject({ severity: 'critical', evidence: expect.objectContaining({ linkedListHit: true }) });
  });
});
