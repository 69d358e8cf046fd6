import { clean, flagsOf, ids, match, type RequestInput, run, skipped } from './support';

const arms = [{ hsCode: '930690', description: 'mortar rounds' }];
const chips = [{ hsCode: '854231', description: 'microcontrollers' }];

describe('E1 forwarder or trader as ultimate consignee', () => {
  it('when the ultimate consignee is a logistics firm and the goods are CHPL, then E1 is high', () => {
    const a = run(clean({ goods: chips, parties: [...clean().parties, { role: 'ultimate_consignee', name: 'Silk Road Logistics LLP', country: 'KZ' }] }));
    expect(flagsOf(a, 'E1')[0]).toMatchObject({ severity: 'high', parties: [2] });
  });
  it('when the consignee is also the forwarder, then E1 names both parties', () => {
    const a = run(clean({ goods: chips, parties: [...clean().parties, { role: 'consignee', name: 'Vega Handel GmbH', country: 'DE' }, { role: 'freight_forwarder', name: 'VEGA HANDEL', country: 'DE' }] }));
    expect(flagsOf(a, 'E1')[0]!.parties).toEqual([2, 3]);
  });
  it('when the ultimate consignee is a manufacturer, then E1 stays silent', () => {
    expect(ids(run(clean({ goods: chips, parties: [...clean().parties, { role: 'ultimate_consignee', name: 'Almaty Pump Works JSC', country: 'KZ' }] })))).not.toContain('E1');
  });
  it("when the consignee's legal name is a manufacturer's 'industry and trade' form, then E1 stays silent", () => {
    for (const name of ['Bursa Makina Sanayi ve Ticaret A.S.', 'Ege Pompa San. ve Tic. Ltd. Sti.', 'Ningbo Hengda Industry and Trade Co., Ltd.', 'Mogiana Bombas Industria e Comercio Ltda', 'Mazowsze Produkcyjno-Handlowe Sp. z o.o.']) {
      expect(ids(run(clean({ goods: chips, parties: [...clean().parties!, { role: 'ultimate_consignee', name, country: 'KZ' }] })))).not.toContain('E1');
    }
  });
  it('when the consignee is a Turkish foreign-trade company, then E1 still fires', () => {
    expect(ids(run(clean({ goods: chips, parties: [...clean().parties!, { role: 'ultimate_consignee', name: 'Anadolu Dis Ticaret A.S.', country: 'TR' }] })))).toContain('E1');
  });
  it('when a coffee trader is the consignee of coffee, then E1 is only low', () => {
    const a = run(clean({ goods: [{ hsCode: '090111' }], parties: [...clean().parties, { role: 'consignee', name: 'Hamburg Coffee Trading GmbH', country: 'DE' }] }));
    expect(flagsOf(a, 'E1')[0]!.severity).toBe('low');
  });
});

describe('E2 end user missing or generic', () => {
  it('when arms have no end user, then E2 is high', () => {
    expect(flagsOf(run(clean({ goods: arms })), 'E2')[0]!.severity).toBe('high');
  });
  it('when the end user is "the government", then E2 is high for arms', () => {
    expect(flagsOf(run(clean({ goods: arms, endUse: { endUser: 'The Government' } })), 'E2')[0]!.message).toMatch(/The Government/);
  });
  it('when arms have a named end user, then E2 stays silent', () => {
    expect(ids(run(clean({ goods: arms, endUse: { endUser: '3rd Infantry Brigade, French Army' } })))).not.toContain('E2');
  });
  it('when CHPL items go within the EU without an end-user statement, then E2 stays silent', () => {
    expect(ids(run(clean({ goods: chips })))).not.toContain('E2');
  });
});

describe('E3 end user / consignee / destination mismatch', () => {
  it('when the end user is in Russia, the consignee in Kazakhstan and the destination Kazakhstan, then E3 is high', () => {
    const a = run({ parties: [{ role: 'ultimate_consignee', name: 'KZ Co', country: 'KZ' }, { role: 'end_user', name: 'RU Plant', country: 'RU' }], declaredDestination: 'KZ' });
    expect(flagsOf(a, 'E3')[0]).toMatchObject({ severity: 'high', parties: [0, 1] });
  });
  it('when an intermediate consignee sits in a third-country hub, then E3 is high', () => {
    const a = run({ parties: [{ role: 'seller', name: 'S', country: 'DE' }, { role: 'intermediate_consignee', name: 'Transit FZE', country: 'AE' }, { role: 'ultimate_consignee', name: 'U', country: 'IN' }], declaredDestination: 'IN' });
    expect(flagsOf(a, 'E3')[0]).toMatchObject({ severity: 'high', parties: [1] });
  });
  it('when end user, consignee and destination agree, then E3 stays silent', () => {
    expect(ids(run({ parties: [{ role: 'ultimate_consignee', name: 'U', country: 'FR' }, { role: 'end_user', name: 'E', country: 'FR' }], declaredDestination: 'FR' }))).not.toContain('E3');
  });
});

describe('E4 state as front end user', () => {
  const deal = (over: Partial<RequestInput> = {}): RequestInput => ({
    transactionDate: '2024-05-01',
    parties: [{ role: 'seller', name: 'S', country: 'TR' }, { role: 'end_user', name: 'Ministère de la Défense du Niger', country: 'NE', isStateBody: true }],
    goods: arms,
    declaredDestination: 'NE',
    ...over,
  });
  it('when a Niger ministry buys arms in 2024 (Africa Corps present), then E4 is high', () => {
    expect(flagsOf(run(deal()), 'E4')[0]).toMatchObject({ severity: 'high', parties: [1] });
  });
  it('when the same deal is dated 2023 (before Africa Corps) and paid by the ministry, then E4 stays silent', () => {
    expect(ids(run(deal({ transactionDate: '2023-06-01' })))).not.toContain('E4');
  });
  it('when a French ministry buys arms, then E4 stays silent', () => {
    expect(ids(run(deal({ parties: [{ role: 'seller', name: 'S', country: 'DE' }, { role: 'end_user', name: 'Ministère des Armées', country: 'FR', isStateBody: true }], declaredDestination: 'FR' })))).not.toContain('E4');
  });
  it('when a Libyan ministry (arms-embargo state) buys via a foreign payer, then E4 is high', () => {
    const a = run(deal({ parties: [{ role: 'seller', name: 'S', country: 'TR' }, { role: 'end_user', name: 'Ministry of Interior', country: 'LY' }], declaredDestination: 'LY', payment: { payer: 'X FZE', payerCountry: 'AE' } }));
    expect(flagsOf(a, 'E4')[0]!.evidence.signs).toEqual(expect.arrayContaining(['payer is in AE']));
  });
  it('when a party of the deal is on a sanctions list, then E4 is critical', () => {
    expect(flagsOf(run(deal(), [{ index: 0, matches: [match()] }]), 'E4')[0]!.severity).toBe('critical');
  });
});

describe('E5 end-use certificate defects', () => {
  const cert = { issuer: 'MoD', issuingCountry: 'FR', reference: 'EUC-1', issueDate: '2026-01-01', expiryDate: '2027-01-01', reexportClause: true, signatory: 'Director' };
  it('when the certificate has no expiry date and no re-export clause, then E5 is high and lists both', () => {
    const a = run(clean({ goods: arms, endUse: { endUser: 'French Army', certificate: { ...cert, expiryDate: null, reexportClause: false } } }));
    expect(flagsOf(a, 'E5')[0]!.evidence.defects).toEqual(['no expiry date', 'no re-export clause']);
  });
  it('when the certificate is complete, then E5 stays silent', () => {
    expect(ids(run(clean({ goods: arms, endUse: { endUser: 'French Army', certificate: cert } })))).not.toContain('E5');
  });
  it('when arms have no certificate, then E5 is not evaluated with that reason', () => {
    expect(skipped(run(clean({ goods: arms })), 'E5')?.reason).toBe('no end-use certificate given for controlled goods');
  });
});

describe('E6 broker in an arms deal', () => {
  it('when a third-country broker arranges arms, then E6 is high', () => {
    expect(flagsOf(run(clean({ goods: arms, parties: [...clean().parties, { role: 'broker', name: 'Agent Ltd', country: 'CY' }] })), 'E6')[0]!.severity).toBe('high');
  });
  it('when a local broker arranges arms, then E6 is medium', () => {
    expect(flagsOf(run(clean({ goods: arms, parties: [...clean().parties, { role: 'broker', name: 'Agent SARL', country: 'FR' }] })), 'E6')[0]!.severity).toBe('medium');
  });
  it('when a broker arranges pumps, then E6 stays silent', () => {
    expect(ids(run(clean({ parties: [...clean().parties, { role: 'broker', name: 'Agent Ltd', country: 'CY' }] })))).not.toContain('E6');
  });
});

describe('E7 letter of credit consigned to the bank', () => {
  it('when an LC consigns to the issuing bank and no end user is named, then E7 is medium', () => {
    expect(flagsOf(run(clean({ payment: { method: 'L/C', lcConsignedToBank: true } })), 'E7')[0]!.severity).toBe('medium');
  });
  it('when the same LC names the end user, then E7 stays silent', () => {
    expect(ids(run(clean({ payment: { method: 'L/C', lcConsignedToBank: true }, endUse: { endUser: 'Eaux de Lyon SA' } })))).not.toContain('E7');
  });
});

describe('E8 evasive end-use behaviour', () => {
  it('when the customer declined installation and training, then E8 is medium', () => {
    expect(flagsOf(run(clean({ conduct: { declinedInstallation: true, declinedTraining: true } })), 'E8')[0]!.message).toMatch(/declined installation, declined training/);
  });
  it('when nothing unusual was observed, then E8 stays silent', () => {
    expect(ids(run(clean({ conduct: { declinedInstallation: false } })))).not.toContain('E8');
  });
});

describe('E4 without a named end user', () => {
  it('when a state buyer in Mali buys arms and no end user is named, then the buyer is taken as the end user and E4 fires', () => {
    const a = run({ transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'S', country: 'TR' }, { role: 'buyer', name: 'Armée de Terre', country: 'ML', isStateBody: true }], goods: arms });
    expect(flagsOf(a, 'E4')[0]!.parties).toContain(1);
  });
  it('when a private buyer in Mali buys arms and no end user is named, then E4 is not evaluated', () => {
    const a = run({ transactionDate: '2024-05-01', parties: [{ role: 'seller', name: 'S', country: 'TR' }, { role: 'buyer', name: 'Sahel Hunting Supplies', country: 'ML' }], goods: arms });
    expect(skipped(a, 'E4')).toBeDefined();
  });
});
