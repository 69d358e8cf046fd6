import { clean, flagsOf, ids, run, skipped } from './support';

const rec = (date: string, over: { destination?: string; hsCodes?: string[]; consignee?: string; endUser?: string } = {}) => ({ date, destination: 'FR', hsCodes: ['841370'], value: 40000, ...over });
const buyer = (history: ReturnType<typeof rec>[], over: Record<string, unknown> = {}) => ({ role: 'buyer' as const, name: 'Eaux de Lyon SA', country: 'FR', history, ...over });
const seller = { role: 'seller' as const, name: 'Pumpenwerk Nord GmbH', country: 'DE' };

describe('D6 behaviour change from trade history', () => {
  it('when no party carries a history, then D6 and G2 are not evaluated', () => {
    const a = run(clean());
    expect(skipped(a, 'D6')).toBeDefined();
    expect(skipped(a, 'G2')).toBeDefined();
  });
  it('when the buyer was dormant for over a year, then D6 fires', () => {
    expect(flagsOf(run(clean({ parties: [seller, buyer([rec('2024-05-01'), rec('2025-01-10')])] })), 'D6')[0]!.evidence.change).toBe('dormant');
  });
  it('when the order is far above the usual ones, then D6 fires', () => {
    const a = run(clean({ parties: [seller, buyer([rec('2026-06-01'), rec('2026-07-01'), rec('2026-08-01')])], goods: [{ hsCode: '841370', value: 400000 }] }));
    expect(flagsOf(a, 'D6').map((f) => f.evidence.change)).toContain('growth');
  });
  it('when goods it used to ship to Russia now go to Kyrgyzstan, then D6 is high', () => {
    const a = run(
      clean({
        parties: [seller, { role: 'buyer', name: 'Bishkek Tekhnika OsOO', country: 'KG', history: [rec('2021-10-01', { destination: 'RU', hsCodes: ['8542.31'] }), rec('2026-09-01', { destination: 'KG', hsCodes: ['854231'] })] }],
        goods: [{ hsCode: '854231' }],
        declaredDestination: 'KG',
        route: [{ country: 'DE' }, { country: 'KG' }],
      }),
    );
    expect(flagsOf(a, 'D6').find((f) => f.evidence.change === 'russia-to-neighbour')!.severity).toBe('high');
  });
  it('when a steady customer orders as usual, then D6 stays silent', () => {
    expect(ids(run(clean({ parties: [seller, buyer([rec('2026-06-01'), rec('2026-07-01'), rec('2026-08-15')])] })))).not.toContain('D6');
  });
});

describe('G2 split shipments from trade history', () => {
  it('when the same goods for the same end user went in three shipments to different consignees within 30 days, then G2 fires', () => {
    const a = run(
      clean({
        parties: [seller, buyer([rec('2026-09-10', { consignee: 'Depot Sud', endUser: 'Regie des Eaux' }), rec('2026-09-20', { consignee: 'Depot Nord', endUser: 'Regie des Eaux' })]), { role: 'consignee', name: 'Depot Est', country: 'FR' }],
        endUse: { endUser: 'Régie des Eaux' },
      }),
    );
    expect(flagsOf(a, 'G2')[0]).toMatchObject({ severity: 'medium', evidence: expect.objectContaining({ shipments: 3, consignees: 3 }) });
  });
  it('when the earlier shipments were months ago or of other goods, then G2 stays silent', () => {
    const a = run(clean({ parties: [seller, buyer([rec('2026-03-10'), rec('2026-09-20', { hsCodes: ['090111'] })])] }));
    expect(ids(a)).not.toContain('G2');
  });
});
