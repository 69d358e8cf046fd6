import type { Flag } from '@screening/schemas';
import { decide, escalateFlags } from '../src/decide';
import { ADDED_RULE_IDS, RULES } from '../src/rules';
import { clean, run } from './support';

const f = (ruleId: string, severity: Flag['severity'], evidence: Record<string, unknown> = {}): Flag => ({ ruleId, code: ruleId, severity, message: '.', parties: [], evidence });

describe('decision and risk level (§1.9)', () => {
  it('when there are no flags, then clear with risk none', () => {
    expect(decide([], [])).toMatchObject({ decision: 'clear', riskLevel: 'none' });
  });
  it('when only info flags fire, then clear with risk low', () => {
    expect(decide([f('B4', 'info')], [f('B4', 'info')])).toMatchObject({ decision: 'clear', riskLevel: 'low' });
  });
  it('when a high flag fires that is not a list hit or embargo, then review, never block', () => {
    expect(decide([f('B8', 'high')], [f('B8', 'high')])).toMatchObject({ decision: 'review', riskLevel: 'high' });
  });
  it('when a critical flag comes from an escalation (triangle), then review at critical, not block', () => {
    const base = [f('C1', 'high', { tier: '1' }), f('B4', 'high'), f('F1', 'high')];
    expect(decide(base, base)).toMatchObject({ decision: 'review', riskLevel: 'critical' });
  });
  it('when the triangle legs are medium, then the risk rises to high', () => {
    const base = [f('C1', 'medium', { tier: '2' }), f('E3', 'high'), f('D1', 'medium')];
    expect(decide(base, base).riskLevel).toBe('high');
  });
  it('when a triangle leg is missing, then no escalation', () => {
    const base = [f('C1', 'medium', { tier: '1' }), f('D1', 'medium')];
    expect(decide(base, base).riskLevel).toBe('medium');
  });
  it('when C1 is a tier-3 item, then it does not count as the triangle\'s goods leg', () => {
    const base = [f('C1', 'medium', { tier: '3.A' }), f('B4', 'medium'), f('D1', 'medium')];
    expect(decide(base, base).riskLevel).toBe('medium');
  });
  it('when E4 + C2 + F1 fire at medium, then the risk is at least high', () => {
    const base = [f('E4', 'medium'), f('C2', 'medium'), f('F1', 'medium')];
    expect(decide(base, base).riskLevel).toBe('high');
  });
  it('when B1 is critical, then block', () => {
    expect(decide([f('B1', 'critical')], [f('B1', 'critical')]).decision).toBe('block');
  });
  it('when C2 meets B5, then C2 escalates to high with the reason', () => {
    const out = escalateFlags([f('C2', 'medium'), f('B5', 'high')]);
    expect(out[0]).toMatchObject({ severity: 'high', evidence: { escalatedFrom: 'medium', escalation: 'with B5' } });
  });
});

describe('the catalogue', () => {
  it('when listed, then every rule id of §1.2–1.8 except G3 (system behaviour) is present once, in order', () => {
    const want = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'F1', 'F2', 'F3', 'F4', 'G1', 'G2'];
    expect(RULES.map((r) => r.id).filter((id) => want.includes(id))).toEqual(want);
    // rules added beyond the catalogue (issue 11) have ids of their own, never a catalogue id reused
    expect(RULES.map((r) => r.id).filter((id) => !want.includes(id)).sort()).toEqual([...ADDED_RULE_IDS].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('when the same shipment is assessed twice, then the results are identical (deterministic)', () => {
    const input = clean({ goods: [{ hsCode: '854231' }], payment: { payer: 'Gulf Star FZE', payerCountry: 'AE' } });
    expect(run(input)).toEqual(run(input));
  });
  it('when every rule has run, then each one either flagged, stayed silent or gave a reason — never both a flag and a reason', () => {
    const a = run(clean());
    const skippedIds = new Set(a.notEvaluated.map((n) => n.ruleId));
    for (const fl of a.flags) expect(skippedIds.has(fl.ruleId)).toBe(false);
    for (const n of a.notEvaluated) expect(n.reason.length).toBeGreaterThan(5);
  });
  it('when no transactionDate is given, then the screening day selects the table rows', () => {
    const input = clean();
    delete input.transactionDate;
    expect(run(input).asOf).toBe('2026-11-29');
  });
});
