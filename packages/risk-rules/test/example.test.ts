import { flagsOf, ids, match, run, skipped } from './support';

export const MALI = {
  reference: 'PO-2023-0415',
  transactionDate: '2023-04-15',
  parties: [
    { role: 'seller' as const, name: 'Karadeniz Savunma Sanayi A.Ş.', type: 'organization' as const, country: 'TR' },
    { role: 'buyer' as const, name: 'Ministère de la Défense, République du Mali', type: 'organization' as const, country: 'ML', isStateBody: true },
    { role: 'broker' as const, name: 'Bamako Trans-Sahel SARL', type: 'organization' as const, country: 'ML', incorporationDate: '2023-01-10' },
    { role: 'payer' as const, name: 'Al Noor Star General Trading FZE', type: 'organization' as const, country: 'AE' },
  ],
  goods: [
    { hsCode: '930690', description: 'munitions', quantity: 50000, usualQuantity: 2000 },
    { hsCode: '880622', description: 'unmanned aircraft', quantity: 40, usualQuantity: 2 },
  ],
  route: [{ country: 'TR', port: 'IST', mode: 'charter_air' as const }, { country: 'ML', port: 'BKO', mode: 'charter_air' as const }],
  declaredDestination: 'ML',
  endUse: { endUser: 'Ministère de la Défense, République du Mali', certificate: { issuer: 'Ministère de la Défense', issuingCountry: 'ML', reference: 'EUC-2023-17', issueDate: '2023-03-01', expiryDate: null, reexportClause: false, signatory: 'Chef de cabinet' } },
  payment: { payer: 'Al Noor Star General Trading FZE', payerCountry: 'AE', method: 'TT' },
};

describe('the Mali / Wagner example (issue 4)', () => {
  it('when the state front deal is screened, then C2, B5, E4, E5, E6, F1, F3, D1 fire, not B1/B3, and the decision is review with risk high', () => {
    const a = run(MALI);
    expect(ids(a)).toEqual(expect.arrayContaining(['C2', 'B5', 'E4', 'E5', 'E6', 'F1', 'F3', 'D1']));
    expect(ids(a)).not.toContain('B3');
    expect(ids(a)).not.toContain('B1');
    expect(a.decision).toBe('review');
    expect(a.riskLevel).toBe('high');
    expect(flagsOf(a, 'D1')[0]!.parties).toEqual([2]);
    expect(flagsOf(a, 'E5')[0]!.evidence.defects).toEqual(expect.arrayContaining(['no expiry date', 'no re-export clause']));
    expect(a.explanation).toMatch(/diversion triangle/);
    expect(skipped(a, 'B3')).toBeUndefined();
  });

  it('when a party matches a listed Wagner figure, then A1 fires and the decision becomes block', () => {
    const input = { ...MALI, parties: [...MALI.parties, { role: 'notify_party' as const, name: 'Ivan Maslov', type: 'person' as const, country: 'ML' }] };
    const a = run(input, [{ index: 4, matches: [match({ entityId: 'sample:maslov-ivan', name: 'MASLOV, Ivan Aleksandrovich', list: 'sample' })] }]);
    expect(flagsOf(a, 'A1')[0]).toMatchObject({ severity: 'critical', parties: [4] });
    expect(flagsOf(a, 'E4')[0]!.severity).toBe('critical');
    expect(a.decision).toBe('block');
    expect(a.riskLevel).toBe('critical');
  });
});
