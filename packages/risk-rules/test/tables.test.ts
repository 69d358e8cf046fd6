import * as T from '../src/tables';

const dated = {
  EMBARGOES: T.EMBARGOES,
  ARMS_EMBARGOES: T.ARMS_EMBARGOES,
  HUBS: T.HUBS,
  PMC_PRESENCE: T.PMC_PRESENCE,
  CHPL: T.CHPL,
  MILITARY_HS: T.MILITARY_HS,
  EU_PARTNERS: T.EU_PARTNERS,
  EU_OBLIGATIONS: T.EU_OBLIGATIONS,
  AFFILIATES_RULE: T.AFFILIATES_RULE,
  RU_BY_HS_BANS: T.RU_BY_HS_BANS,
  HS2022_DELETED: T.HS2022_DELETED,
};

describe('reference tables', () => {
  it.each(Object.entries(dated))('when %s is read, then every row names its source and has well-formed, ordered validity dates', (_name, rows) => {
    for (const r of rows as readonly T.Dated[]) {
      expect(r.source.length).toBeGreaterThan(1);
      for (const d of [r.validFrom, r.validTo]) if (d) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.validFrom && r.validTo) expect(r.validFrom <= r.validTo).toBe(true);
    }
  });
  it.each(Object.entries(dated))('when %s is read, then no review-by date is in the past and every renewable mandate has one', (_name, rows) => {
    // the real clock on purpose: a table nobody re-checked must turn the suite red, not lapse silently
    const today = new Date().toISOString().slice(0, 10);
    for (const r of rows as readonly T.Dated[]) {
      if (r.renewable) expect(r.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.reviewBy) expect(`${r.source}: review by ${r.reviewBy}`).toBe(`${r.source}: review by ${r.reviewBy >= today ? r.reviewBy : `${r.reviewBy} (PAST — update the row)`}`);
    }
  });
  it('when a renewable row is past its last confirmed renewal, then it stays in force with a verify note naming the table version', () => {
    const row = { source: 'x', validFrom: '2020-01-01', validTo: '2026-05-31', renewable: true, reviewBy: '2027-03-31' };
    expect(T.inForce(row, '2026-12-02')).toBe(true);
    expect(T.verifyNote(row, '2026-12-02', T.TABLES_VERSION)).toBe(`verify: renewal not confirmed in table version ${T.TABLES_VERSION} (last confirmed to 2026-05-31)`);
    expect(T.verifyNote(row, '2026-01-01', T.TABLES_VERSION)).toBeUndefined();
    expect(T.inForce({ ...row, renewable: false }, '2026-12-02')).toBe(false);
  });
  it('when the EU Zimbabwe arms embargo is read, then it runs to 20 Feb 2027', () => {
    expect(T.ARMS_EMBARGOES.find((r) => r.code === 'ZW' && r.authority === 'EU')).toMatchObject({ validTo: '2027-02-20', renewable: true });
  });
  it('when the CHPL is read, then it has the 50 codes of Feb 2024 with nine in tiers 1–2', () => {
    expect(new Set(T.CHPL.map((r) => r.hs6)).size).toBe(50);
    expect(T.CHPL.filter((r) => T.isTopTier(r.tier))).toHaveLength(9);
  });
  it('when rows are selected by day, then both bounds are inclusive', () => {
    const row = { source: 'x', validFrom: '2025-01-01', validTo: '2025-01-31' };
    expect([T.inForce(row, '2024-12-31'), T.inForce(row, '2025-01-01'), T.inForce(row, '2025-01-31'), T.inForce(row, '2025-02-01')]).toEqual([false, true, true, false]);
  });
  it('when Mali is looked up, then it has no arms-embargo row (the UN never had one)', () => {
    expect(T.ARMS_EMBARGOES.filter((r) => r.code === 'ML')).toEqual([]);
  });
  it('when partial dates are used, then they pad to the first day', () => {
    expect([T.toDay('2023'), T.toDay('2023-04'), T.toDay('2023-04-15T10:00:00Z')]).toEqual(['2023-01-01', '2023-04-01', '2023-04-15']);
  });
});
