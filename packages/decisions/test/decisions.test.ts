import type { AnalystDecision, Match } from '@screening/schemas';
import { applyDecisions, decisionHolds, exactKey, looseKey, needsApproval, partyFingerprint, partyNameKey } from '../src';

const party = { name: 'Zarvox Dual Use Trading LLC', country: 'AE', address: 'Office 12, Jebel Ali Free Zone, Dubai', identifiers: [{ type: 'registration', value: 'JAFZ-12345' }] };

describe('party fingerprint', () => {
  it('when only case, spacing or identifier punctuation change, then the fingerprint stays', () => {
    const fp = partyFingerprint(party);
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(partyFingerprint({ ...party, name: '  zarvox  DUAL use trading llc ', address: 'office 12,  JEBEL ALI free zone, dubai', identifiers: [{ type: 'Registration', value: 'jafz 12345' }] })).toBe(fp);
  });
  it.each([
    ['a new address', { address: 'Warehouse 3, Sharjah' }],
    ['a date of birth', { dateOfBirth: '1970-01-01' }],
    ['a new identifier', { identifiers: [...party.identifiers, { type: 'lei', value: '5493001KJTIIGC8Y1R12' }] }],
    ['another country', { country: 'TR' }],
    ['an alias', { aliases: ['Zarvox FZE'] }],
  ])('when the party gets %s, then the fingerprint changes', (_what, change) => {
    expect(partyFingerprint({ ...party, ...change })).not.toBe(partyFingerprint(party));
  });
  it('when the name key is taken, then it ignores everything but the normalised name', () => {
    expect(partyNameKey('ZARVOX dual use Trading LLC')).toBe(partyNameKey(party.name));
    expect(partyNameKey('Zarvox Trading')).not.toBe(partyNameKey(party.name));
  });
});

const match: Match = {
  list: 'custom:acme', listVersion: 'v1', entityId: 'custom:acme:C-1', name: 'ZARVOX DUAL USE TRADING', matchedName: 'ZARVOX DUAL USE TRADING', type: 'organization',
  programs: [], score: 0.93, match: true, explanation: { features: {}, text: '' }, recordHash: 'aaaa',
};
const fp = partyFingerprint(party);
const nk = partyNameKey(party.name);
const decision = (over: Partial<AnalystDecision> = {}): AnalystDecision => ({
  id: 'dec-1', tenant: 't', status: 'active', verdict: 'false_positive', reason: 'different company', entityId: match.entityId, entityName: match.name, list: match.list,
  listVersion: 'v1', recordHash: 'aaaa', fingerprint: fp, nameKey: nk, partyName: party.name, origin: { kind: 'screening', id: 's', index: 0 }, author: 'alice',
  createdAt: '2026-01-01T00:00:00Z', needsApproval: false, ...over,
});
const now = new Date('2026-06-01T00:00:00Z');

describe('decisions applied to matches', () => {
  it('when an active false_positive holds, then the match is suppressed', () => {
    const [m] = applyDecisions({ fingerprint: fp, nameKey: nk, matches: [match] }, new Map([[exactKey(fp, match.entityId), decision()]]), now);
    expect(m).toMatchObject({ suppressed: { decisionId: 'dec-1' } });
  });
  it('when a true_match holds, then the match is confirmed and not suppressed', () => {
    const [m] = applyDecisions({ fingerprint: fp, nameKey: nk, matches: [match] }, new Map([[exactKey(fp, match.entityId), decision({ verdict: 'true_match' })]]), now);
    expect(m!.suppressed).toBeUndefined();
    expect(m).toMatchObject({ confirmed: { decisionId: 'dec-1' } });
  });
  it('when the party data changed, then the decision found by name re-opens and says why', () => {
    const other = partyFingerprint({ ...party, address: 'elsewhere' });
    const [m] = applyDecisions({ fingerprint: other, nameKey: nk, matches: [match] }, new Map([[looseKey(nk, match.entityId), decision()]]), now);
    expect(m!.suppressed).toBeUndefined();
    expect(m!.reopened?.reason).toMatch(/screened data changed/);
  });
  it('when the listed record changed or the decision expired, then it no longer holds', () => {
    expect(decisionHolds(decision(), { fingerprint: fp, match: { ...match, recordHash: 'bbbb', listVersion: 'v2' } }, now)).toEqual({ holds: false, reason: expect.stringMatching(/listed record .* changed \(list version v1 → v2\)/) });
    expect(decisionHolds(decision({ expiresAt: '2026-05-31T23:59:59Z' }), { fingerprint: fp, match }, now)).toEqual({ holds: false, reason: expect.stringMatching(/expired/) });
    expect(decisionHolds(decision({ expiresAt: '2026-06-01T00:00:01Z' }), { fingerprint: fp, match }, now)).toEqual({ holds: true });
  });
  it('when a decision is pending approval or revoked, then nothing changes', () => {
    for (const status of ['pending_approval', 'revoked'] as const) {
      expect(applyDecisions({ fingerprint: fp, nameKey: nk, matches: [match] }, new Map([[exactKey(fp, match.entityId), decision({ status })]]), now)).toEqual([match]);
    }
  });
  it('when four-eyes is "block", then only releasing a blocked screening needs approval', () => {
    expect(needsApproval('block', 'false_positive', 'block')).toBe(true);
    expect(needsApproval('block', 'false_positive', 'review')).toBe(false);
    expect(needsApproval('block', 'true_match', 'block')).toBe(false);
    expect(needsApproval('all', 'false_positive', 'clear')).toBe(true);
    expect(needsApproval('off', 'false_positive', 'block')).toBe(false);
  });
});
