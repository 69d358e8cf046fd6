import { clean, flagsOf, ids, run, skipped } from './support';

const euSeller = { role: 'seller' as const, name: 'Elektronik Nord GmbH', country: 'DE' };
const buyerIn = (country: string, over: Record<string, unknown> = {}) => ({ role: 'buyer' as const, name: 'Buyer LLC', country, ...over });

describe('C1 Common High Priority List', () => {
  it('when a tier-1 microcontroller (national 8-digit code) is shipped, then C1 is medium alone', () => {
    const a = run(clean({ goods: [{ hsCode: '8542.31.90' }] }));
    expect(flagsOf(a, 'C1')[0]).toMatchObject({ severity: 'medium', evidence: expect.objectContaining({ tier: '1', hs6: '854231' }) });
  });
  it('when a tier-3 bearing is shipped, then C1 is info alone and the shipment stays clear', () => {
    const a = run(clean({ goods: [{ hsCode: '848210', description: 'ball bearings' }] }));
    expect(flagsOf(a, 'C1')[0]!.severity).toBe('info');
    expect(a.decision).toBe('clear');
  });
  it('when a tier-1 item goes with a third-country payer, then C1 escalates to high', () => {
    const a = run(clean({ goods: [{ hsCode: '854231' }], payment: { payer: 'Gulf Star FZE', payerCountry: 'AE' } }));
    expect(flagsOf(a, 'C1')[0]!.evidence).toMatchObject({ escalatedFrom: 'medium' });
    expect(flagsOf(a, 'C1')[0]!.severity).toBe('high');
  });
  it('when a tier-1 item is dated before the May 2023 alert, then C1 stays silent', () => {
    expect(ids(run(clean({ transactionDate: '2023-05-18', goods: [{ hsCode: '854231' }] })))).not.toContain('C1');
  });
  it('when a pump is shipped, then C1 stays silent', () => {
    expect(ids(run(clean()))).not.toContain('C1');
  });
  it('when the HS code has an ambiguous 7-digit shape, then it is not guessed', () => {
    const a = run(clean({ goods: [{ hsCode: '8542319' }] }));
    expect(ids(a)).not.toContain('C1');
  });
});

describe('C2 arms or military item', () => {
  it.each([
    ['HS 930690', { hsCode: '930690' }],
    ['HS 8710', { hsCode: '871000' }],
    ['ECCN 0A501', { eccn: '0A501.a' }],
    ['ECCN 600-series', { eccn: '9A610' }],
    ['a USML category', { usmlCategory: 'XI' }],
  ])('when the goods are %s, then C2 fires', (_w, g) => {
    expect(ids(run(clean({ goods: [g] })))).toContain('C2');
  });
  it('when the goods are dual-use ECCN 3A001, then C2 stays silent', () => {
    expect(ids(run(clean({ goods: [{ eccn: '3A001' }] })))).not.toContain('C2');
  });
  it('when the goods are air guns (9304), then C2 is low', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '930400' }] })), 'C2')[0]!.severity).toBe('low');
  });
});

describe('C3 No-Russia clause (Art. 12g)', () => {
  const base = { parties: [euSeller, buyerIn('KZ')], goods: [{ hsCode: '854231' }], declaredDestination: 'KZ', transactionDate: '2025-03-01' };
  it('when an EU exporter sells CHPL goods to Kazakhstan without the clause, then C3 is high', () => {
    expect(flagsOf(run({ ...base, contract: { noRussiaClause: false } }), 'C3')[0]!.severity).toBe('high');
  });
  it('when the contract has the clause, then C3 stays silent', () => {
    expect(ids(run({ ...base, contract: { noRussiaClause: true } }))).not.toContain('C3');
  });
  it('when the destination is Japan (Annex VIII partner), then C3 stays silent', () => {
    expect(ids(run({ ...base, parties: [euSeller, buyerIn('JP')], declaredDestination: 'JP', contract: { noRussiaClause: false } }))).not.toContain('C3');
  });
  it('when the sale predates 20 Mar 2024, then C3 stays silent', () => {
    expect(ids(run({ ...base, transactionDate: '2024-03-19', contract: { noRussiaClause: false } }))).not.toContain('C3');
  });
  it('when an old contract (before 19 Dec 2023) is within the grace period, then silent; after 20 Dec 2024, then C3', () => {
    expect(ids(run({ ...base, transactionDate: '2024-06-01', contract: { noRussiaClause: false, signedDate: '2023-06-01' } }))).not.toContain('C3');
    expect(ids(run({ ...base, transactionDate: '2024-12-21', contract: { noRussiaClause: false, signedDate: '2023-06-01' } }))).toContain('C3');
  });
  it('when the contract terms are not given, then C3 is not evaluated', () => {
    expect(skipped(run(base), 'C3')?.reason).toMatch(/noRussiaClause/);
  });
});

describe('C4 CHP risk assessment (Art. 12gb)', () => {
  const base = { parties: [euSeller, buyerIn('RS')], goods: [{ hsCode: '853224' }], declaredDestination: 'RS', transactionDate: '2025-03-01', contract: { noRussiaClause: true } };
  it('when no risk assessment is referenced, then C4 is medium', () => {
    expect(flagsOf(run(base), 'C4')[0]!.severity).toBe('medium');
  });
  it('when a risk assessment is referenced, then C4 stays silent', () => {
    expect(ids(run({ ...base, contract: { noRussiaClause: true, riskAssessmentReference: 'RA-2025-04' } }))).not.toContain('C4');
  });
  it('when the sale predates 26 Dec 2024, then C4 stays silent', () => {
    expect(ids(run({ ...base, transactionDate: '2024-12-25' }))).not.toContain('C4');
  });
});

describe('C5 item / business mismatch', () => {
  it('when a bakery buys microcontrollers, then C5 is medium', () => {
    expect(flagsOf(run(clean({ parties: [euSeller, buyerIn('FR', { industry: 'bakery' })], goods: [{ hsCode: '854231' }] })), 'C5')[0]!.severity).toBe('medium');
  });
  it('when an electronics manufacturer buys them, then C5 stays silent', () => {
    expect(ids(run(clean({ parties: [euSeller, buyerIn('FR', { industry: 'electronics manufacturing' })], goods: [{ hsCode: '854231' }] })))).not.toContain('C5');
  });
  it('when no industry is given, then C5 is not evaluated', () => {
    expect(skipped(run({ parties: [buyerIn('FR')] }), 'C5')).toBeDefined();
  });
});

describe('C6 item / destination technology mismatch', () => {
  it('when wafer-fab equipment goes to Kyrgyzstan, then C6 is medium', () => {
    expect(flagsOf(run({ parties: [buyerIn('KG')], goods: [{ hsCode: '848620' }], declaredDestination: 'KG' }), 'C6')[0]!.severity).toBe('medium');
  });
  it('when it goes to Taiwan, then C6 stays silent', () => {
    expect(ids(run({ parties: [buyerIn('TW')], goods: [{ hsCode: '848620' }], declaredDestination: 'TW' }))).not.toContain('C6');
  });
});

describe('C7 price or quantity anomaly', () => {
  it('when the quantity is 10× the usual, then C7 is medium (high for arms)', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '841370', quantity: 200, usualQuantity: 20 }] })), 'C7')[0]!.severity).toBe('medium');
    expect(flagsOf(run(clean({ goods: [{ hsCode: '930690', quantity: 200, usualQuantity: 20 }] })), 'C7')[0]!.severity).toBe('high');
  });
  it('when the quantity is 2× the usual and the price near reference, then C7 stays silent', () => {
    expect(ids(run(clean({ goods: [{ hsCode: '841370', quantity: 40, usualQuantity: 20, value: 100000, referenceUnitValue: 2400 }] })))).not.toContain('C7');
  });
  it('when the unit price is a third of the reference, then C7 flags under-pricing', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '841370', quantity: 20, value: 16000, referenceUnitValue: 2400 }] })), 'C7')[0]!.message).toMatch(/under-pricing/);
  });
  it('when no usual quantity or reference price is given, then C7 is not evaluated', () => {
    expect(skipped(run(clean()), 'C7')).toBeDefined();
  });
});

describe('C8 vague or inconsistent description', () => {
  it('when table grapes or textile-upper shoes are described, then C8 does not read them as furniture or textiles', () => {
    expect(ids(run(clean({ goods: [{ hsCode: '080610', description: 'fresh table grapes' }, { hsCode: '640411', description: 'sports shoes with textile uppers' }] })))).not.toContain('C8');
    expect(ids(run(clean({ goods: [{ hsCode: '080610', description: 'oak dining tables' }] })))).toContain('C8');
  });
  it('when the description is "spare parts", then C8 is medium', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '847330', description: 'Spare parts' }] })), 'C8')[0]!.severity).toBe('medium');
  });
  it('when "coffee beans" are declared under HS 8542, then C8 flags the inconsistency', () => {
    expect(flagsOf(run(clean({ goods: [{ hsCode: '854231', description: 'roasted coffee beans' }] })), 'C8')[0]!.message).toMatch(/HS 854231/);
  });
  it('when "centrifugal pumps" are declared under 8413, then C8 stays silent', () => {
    expect(ids(run(clean()))).not.toContain('C8');
  });
});
