import { clean, flagsOf, ids, run, skipped } from './support';

describe('F1 third-party payer', () => {
  it('when an unrelated UAE company pays for a French buyer, then F1 is high', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Gulf Star FZE', payerCountry: 'AE' } })), 'F1')[0]!.severity).toBe('high');
  });
  it('when an unrelated French company pays, then F1 is medium', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Société Tierce SAS', payerCountry: 'FR' } })), 'F1')[0]!.severity).toBe('medium');
  });
  it('when the buyer pays (legal form spelled differently), then F1 stays silent', () => {
    expect(ids(run(clean({ payment: { payer: 'EAUX DE LYON S.A.', payerCountry: 'FR' } })))).not.toContain('F1');
  });
  it('when the payer is a disclosed financing bank, then F1 stays silent', () => {
    expect(ids(run(clean({ payment: { payer: 'BNP Paribas', payerCountry: 'FR', disclosedFinancing: true } })))).not.toContain('F1');
  });
  it('when no payer is named, then F1 is not evaluated', () => {
    expect(skipped(run(clean({ payment: { method: 'TT' } })), 'F1')).toBeDefined();
  });
});

describe('F2 payment from a high-risk jurisdiction', () => {
  it('when a bank is in Russia, then F2 is high', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Eaux de Lyon SA', payerCountry: 'FR', bankCountries: ['RU'] } })), 'F2')[0]!.severity).toBe('high');
  });
  it('when a Turkish buyer pays ordinary goods from its Turkish bank, then F2 is info only and the shipment is clear', () => {
    const a = run(clean({ parties: [clean().parties![0]!, { role: 'buyer', name: 'Ege Pompa Sanayi ve Ticaret A.S.', country: 'TR', website: 'https://egepompa.example' }], payment: { payer: 'Ege Pompa Sanayi ve Ticaret A.S.', payerCountry: 'TR', bankCountries: ['TR'] }, declaredDestination: 'TR', route: [{ country: 'DE' }, { country: 'TR' }] }));
    expect(flagsOf(a, 'F2').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(a.decision).toBe('clear');
  });
  it('when a hub bank pays for controlled goods, then F2 is medium', () => {
    const a = run(clean({ goods: [{ hsCode: '854231', description: 'microcontrollers' }], payment: { payer: 'Eaux de Lyon SA', payerCountry: 'FR', bankCountries: ['KG'] } }));
    expect(flagsOf(a, 'F2')[0]!.severity).toBe('medium');
  });
  it('when a hub bank comes with another red flag, then F2 is raised to medium and names it', () => {
    const a = run(clean({ payment: { payer: 'Gulf Star FZE', payerCountry: 'AE', bankCountries: ['AE'] } }));
    const f2 = flagsOf(a, 'F2')[0]!;
    expect(f2.severity).toBe('medium');
    expect(String(f2.evidence.escalation)).toContain('F1');
  });
  it('when payer and bank are in France, then F2 stays silent', () => {
    expect(ids(run(clean({ payment: { payer: 'Eaux de Lyon SA', payerCountry: 'FR', bankCountries: ['FR'] } })))).not.toContain('F2');
  });
});

describe('F3 funds / goods mismatch', () => {
  it('when the money comes from Hong Kong for goods to France, then F3 is high', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Eaux de Lyon SA', payerCountry: 'HK' } })), 'F3')[0]!.severity).toBe('high');
  });
  it('when the money comes from Switzerland, then F3 is medium', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Eaux de Lyon SA', payerCountry: 'CH' } })), 'F3')[0]!.severity).toBe('medium');
  });
  it('when the money comes from the buyer\'s country, then F3 stays silent', () => {
    expect(ids(run(clean()))).not.toContain('F3');
  });
});

describe('F4 unusual payment terms', () => {
  it('when EUR 48,000 of pumps are paid in cash, then F4 is medium', () => {
    expect(flagsOf(run(clean({ payment: { payer: 'Eaux de Lyon SA', method: 'cash' } })), 'F4')[0]!.severity).toBe('medium');
  });
  it('when a small order is paid in cash, then F4 stays silent', () => {
    expect(ids(run(clean({ goods: [{ hsCode: '841370', value: 900 }], payment: { payer: 'Eaux de Lyon SA', method: 'cash' } })))).not.toContain('F4');
  });
  it('when the payer changed after the order, then F4 is medium', () => {
    expect(flagsOf(run(clean({ events: [{ field: 'payer', to: 'Gulf Star FZE' }] })), 'F4')[0]!.message).toMatch(/payer → Gulf Star FZE/);
  });
});

describe('G1 last-minute change', () => {
  it('when the destination moved from Russia to Kazakhstan after screening, then G1 is high', () => {
    const a = run(clean({ events: [{ field: 'destination', fromCountry: 'RU', toCountry: 'KZ', afterScreening: true }] }));
    expect(flagsOf(a, 'G1')[0]).toMatchObject({ severity: 'high', evidence: expect.objectContaining({ awayFromRussia: true, intoHub: true }) });
  });
  it('when the consignee changed within France, then G1 is medium', () => {
    expect(flagsOf(run(clean({ events: [{ field: 'consignee', from: 'A', to: 'B', fromCountry: 'FR', toCountry: 'FR' }] })), 'G1')[0]!.severity).toBe('medium');
  });
  it('when no change history is given, then G1 is not evaluated; an empty history is evaluated and silent', () => {
    expect(skipped(run(clean()), 'G1')).toBeDefined();
    const a = run(clean({ events: [] }));
    expect(skipped(a, 'G1')).toBeUndefined();
    expect(ids(a)).not.toContain('G1');
  });
  it('when screened, then G2 is reported as not evaluated (needs history)', () => {
    expect(skipped(run(clean()), 'G2')?.reason).toMatch(/history/);
  });
});
