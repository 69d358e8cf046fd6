import { clean, flagsOf, ids, match, run, skipped } from './support';

type Listed = { list: string; entityId: string; name: string; subList?: string; programs: string[]; categories?: ('blocking' | 'non-blocking' | 'export' | 'debarment' | 'other')[] };
const buyerOwnedBy = (owners: { listed: Listed; share?: number }[]) => [
  { index: 1, matches: [], owners: owners.map((o) => ({ owner: o.listed.name, ...(o.share !== undefined ? { share: o.share } : {}), listed: o.listed, path: ['Eaux de Lyon SA', o.listed.name], via: 'declared' as const })) },
];
const sdn = (name: string, id = name) => ({ list: 'us_ofac_sdn', entityId: `us_ofac_sdn:${id}`, name, programs: ['RUSSIA-EO14024'] });
const el = (name: string): Listed => ({ list: 'us_trade_csl', entityId: `us_trade_csl:${name}`, name, subList: 'EL', programs: [], categories: ['export'] });
const un = (name: string): Listed => ({ list: 'un_sc', entityId: `un_sc:${name}`, name, programs: ['DPRK'], categories: ['blocking'] });
const ssi = (name: string): Listed => ({ list: 'us_trade_csl', entityId: `us_trade_csl:${name}`, name, subList: 'SSI', programs: ['UKRAINE-EO13662'], categories: ['non-blocking'] });

describe('A1 list hit (sanctions)', () => {
  it('when a forwarder matches an SDN entry, then A1 is critical on that party and blocks', () => {
    const a = run(clean({ parties: [...clean().parties, { role: 'freight_forwarder', name: 'Sever Logistik OOO' }] }), [{ index: 2, matches: [match()] }]);
    expect(flagsOf(a, 'A1')[0]).toMatchObject({ severity: 'critical', parties: [2] });
    expect(a.decision).toBe('block');
    // a confirmed SDN match is neither an export-list hit nor a near match
    expect(ids(a)).not.toContain('A2');
    expect(ids(a)).not.toContain('A7');
  });
  it('when the only candidate is below the threshold and the goods are controlled, then no A1 but A7 asks an analyst', () => {
    const a = run(clean({ goods: [{ hsCode: '854231', description: 'microcontrollers' }] }), [{ index: 1, matches: [match({ match: false, score: 0.72, band: 'review' })] }]);
    expect(ids(a)).not.toContain('A1');
    expect(flagsOf(a, 'A7')[0]).toMatchObject({ severity: 'medium', parties: [1] });
    expect(a.decision).toBe('review');
  });
  it('when a review-band candidate comes with ordinary goods and nothing else, then A7 is low context and the shipment clear', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ match: false, score: 0.72, band: 'review' })] }]);
    expect(flagsOf(a, 'A7')[0]!.severity).toBe('low');
    expect(a.decision).toBe('clear');
  });
  it('when a review-band candidate has the listed name and only the country differs, then A7 is medium and the shipment a review', () => {
    const explanation = { features: { name: 1, country: 'mismatch' }, text: 'countries DE differ from the listed RU' };
    const a = run(clean(), [{ index: 1, matches: [match({ match: false, score: 0.76, band: 'review', explanation })] }]);
    expect(flagsOf(a, 'A7')[0]).toMatchObject({ severity: 'medium', evidence: { sameNameOtherCountry: true } });
    expect(a.decision).toBe('review');
    const similar = run(clean(), [{ index: 1, matches: [match({ match: false, score: 0.72, band: 'review', explanation: { features: { name: 0.9, country: 'mismatch' }, text: '' } })] }]);
    expect(flagsOf(similar, 'A7')[0]!.severity).toBe('low');
  });
  it('when a deployment moves the strong-name edge (MATCH_STRONG_NAME), then "the listed name" for A7 follows it', () => {
    const near = [{ index: 1, matches: [match({ match: false, score: 0.72, band: 'review', explanation: { features: { name: 0.9, country: 'mismatch' }, text: '' } })] }];
    expect(flagsOf(run(clean(), near, undefined, 0.88), 'A7')[0]).toMatchObject({ severity: 'medium', evidence: { sameNameOtherCountry: true } });
    expect(flagsOf(run(clean(), near, undefined, 0.92), 'A7')[0]!.severity).toBe('low');
  });
  it('when a review-band candidate comes with another red flag, then A7 is raised to medium', () => {
    const a = run(clean({ payment: { payer: 'Gulf Star FZE', payerCountry: 'AE' } }), [{ index: 1, matches: [match({ match: false, score: 0.72, band: 'review' })] }]);
    expect(flagsOf(a, 'A7')[0]).toMatchObject({ severity: 'medium', evidence: { escalatedFrom: 'low' } });
    expect(flagsOf(a, 'A7')[0]!.message).toMatch(/together with other red flags \(F1/);
  });
  it('when the match is only potential (band potential), then A1 is high, says "potential match, analyst to confirm" and the shipment is a review', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ score: 0.84, band: 'potential' })] }]);
    expect(flagsOf(a, 'A1')[0]).toMatchObject({ severity: 'high', evidence: { band: 'potential', reason: 'potential match, analyst to confirm' } });
    expect(flagsOf(a, 'A1')[0]!.message).toContain('potential match, analyst to confirm');
    expect(a.decision).toBe('review');
    expect(a.explanation).toContain('potential match, analyst to confirm');
  });
  it('when a strong match hits a non-blocking programme (SSI), then A1 names the restriction and does not block', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'SSI', programs: ['UKRAINE-EO13662'], categories: ['non-blocking'], band: 'strong' })] }]);
    expect(flagsOf(a, 'A1')[0]).toMatchObject({ severity: 'medium', evidence: { category: 'non-blocking', program: 'SSI' } });
    expect(flagsOf(a, 'A1')[0]!.message).toMatch(/no block; Sectoral Sanctions/);
    expect(a.decision).toBe('review');
  });
  it('when a strong match hits NS-CMIC, then A1 is low context and the shipment stays clear', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'CMIC', programs: ['CMIC-EO13959'], categories: ['non-blocking'], band: 'strong' })] }]);
    expect(flagsOf(a, 'A1')[0]!.severity).toBe('low');
    expect(a.decision).toBe('clear');
  });
  it('when the match is an unlisted related entity of a FtM dataset, then A1 stays silent', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'ftm', entityId: 'ftm:x', programs: [] })], unlisted: ['ftm:x'] }]);
    expect(ids(a)).not.toContain('A1');
  });
});

describe('A2 list hit (export restrictions)', () => {
  it('when a party matches the Entity List in the CSL, then A2 is critical', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'EL', programs: [], categories: ['export'] })] }]);
    expect(flagsOf(a, 'A2')[0]!.severity).toBe('critical');
    expect(ids(a)).not.toContain('A1');
  });
  it('when a party matches the Unverified List, then A2 is high and does not block', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'UVL', programs: [], categories: ['export'] })] }]);
    expect(flagsOf(a, 'A2')[0]!.severity).toBe('high');
    expect(a.decision).toBe('review');
  });
  it('when a CSL entry is both SDN and EL, then both A1 and A2 fire', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'SDN; EL', categories: ['blocking', 'export'] })] }]);
    expect(ids(a)).toEqual(expect.arrayContaining(['A1', 'A2']));
  });
  it('when a potential match hits the Entity List, then A2 is high (review), not critical', () => {
    const a = run(clean(), [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'EL', programs: [], categories: ['export'], band: 'potential' })] }]);
    expect(flagsOf(a, 'A2')[0]!.severity).toBe('high');
    expect(a.decision).toBe('review');
  });
  it('when a party matches the ITAR debarred list, then A2 blocks only for arms goods', () => {
    const dtc = [{ index: 1, matches: [match({ list: 'us_trade_csl', subList: 'DTC', programs: [], categories: ['debarment'] })] }];
    expect(flagsOf(run(clean(), dtc), 'A2')[0]!.severity).toBe('medium');
    expect(run(clean({ goods: [{ hsCode: '930190', description: 'mortars' }] }), dtc).decision).toBe('block');
  });
  it('when a party matches the Denied Persons List, then A2 fires', () => {
    expect(ids(run(clean(), [{ index: 0, matches: [match({ list: 'us_bis_dpl', programs: [], categories: ['export'] })] }]))).toContain('A2');
  });
});

describe('A3 listed address', () => {
  const hit = (addressEntry: boolean) => [{ index: 1, matches: [], addressHits: [{ listed: sdn('Front Ltd'), address: '12 rue de la République, 69002 Lyon, France', addressEntry }] }];
  it('when a party shares a listed party\'s address, then A3 is high and the risk critical (review)', () => {
    const a = run(clean(), hit(false));
    expect(flagsOf(a, 'A3')[0]!.severity).toBe('high');
    expect(a).toMatchObject({ riskLevel: 'critical', decision: 'review' });
  });
  it('when the address itself is a listed entry, then A3 is critical and blocks', () => {
    expect(run(clean(), hit(true)).decision).toBe('block');
  });
  it('when addresses are given but none is listed, then A3 is evaluated and silent', () => {
    const a = run(clean(), [{ index: 1, matches: [], addressHits: [] }]);
    expect(ids(a)).not.toContain('A3');
    expect(skipped(a, 'A3')).toBeUndefined();
  });
  it('when no address is given, then A3 is not evaluated', () => {
    expect(skipped(run({ parties: [{ role: 'buyer', name: 'x' }] }), 'A3')?.reason).toMatch(/address/);
  });
});

describe('A4 OFAC 50 % rule (aggregate)', () => {
  it('when two SDNs own 30 % and 25 %, then A4 blocks at 55 %', () => {
    const a = run(clean(), buyerOwnedBy([{ listed: sdn('A'), share: 30 }, { listed: sdn('B'), share: 25 }]));
    expect(flagsOf(a, 'A4')[0]!.evidence.aggregateShare).toBe(55);
    expect(a.decision).toBe('block');
  });
  it('when one SDN owns 33 % of a 33/33/33 company, then no A4 but A6 medium', () => {
    const a = run(clean(), buyerOwnedBy([{ listed: sdn('A'), share: 33 }]));
    expect(ids(a)).not.toContain('A4');
    expect(flagsOf(a, 'A6')[0]!.severity).toBe('medium');
  });
  it('when owners on a non-blocking programme (SSI) or the Entity List hold 100 %, then A4 does not treat the party as blocked', () => {
    expect(ids(run(clean(), buyerOwnedBy([{ listed: ssi('SSI Parent'), share: 60 }, { listed: el('EL Parent'), share: 40 }])))).not.toContain('A4');
  });
  it('when an SDN owns 50 % exactly, then A4 fires (50 % or more)', () => {
    expect(ids(run(clean(), buyerOwnedBy([{ listed: sdn('A'), share: 50 }])))).toContain('A4');
  });
  it('when no ownership data exists, then A4 is not evaluated', () => {
    expect(skipped(run(clean()), 'A4')).toBeDefined();
  });
});

describe('A5 BIS Affiliates Rule (date-effective)', () => {
  const owned = buyerOwnedBy([{ listed: el('Listed Maker'), share: 60 }]);
  it.each([
    ['2025-09-28', 'none'],
    ['2025-09-29', 'critical'],
    ['2025-11-09', 'critical'],
    ['2025-11-10', 'high'],
    ['2026-11-09', 'high'],
    ['2026-11-10', 'critical'],
  ])('when the transaction is dated %s, then A5 is %s', (date, severity) => {
    const a = run(clean({ transactionDate: date }), owned, `${date}T09:00:00Z`);
    expect(flagsOf(a, 'A5')[0]?.severity ?? 'none').toBe(severity);
  });
  it('when the Entity List owner holds 40 %, then no A5 (under 50 %)', () => {
    expect(ids(run(clean(), buyerOwnedBy([{ listed: el('Listed Maker'), share: 40 }])))).not.toContain('A5');
  });
  it('when the Entity List owner\'s share is unknown and the rule is in force, then A5 is high ("Red Flag 29")', () => {
    expect(flagsOf(run(clean({ transactionDate: '2026-11-20' }), buyerOwnedBy([{ listed: el('Listed Maker') }])), 'A5')[0]!.severity).toBe('high');
  });
  it('when a contract of the suspension period is screened after the rule returned, then the later day applies and A5 is critical', () => {
    const a = run(clean({ transactionDate: '2026-01-15' }), owned, '2026-12-02T09:00:00Z');
    expect(flagsOf(a, 'A5')[0]).toMatchObject({ severity: 'critical', evidence: { asOf: '2026-12-02', rule: 'in-force' } });
  });
  it('when an OFAC SDN owns 60 %, then A5 counts it too (15 CFR 744.8) besides A4', () => {
    const a = run(clean(), buyerOwnedBy([{ listed: sdn('SDN Parent'), share: 60 }]));
    expect(ids(a)).toEqual(expect.arrayContaining(['A4', 'A5']));
  });
  it('when a UN-listed (non-OFAC) owner holds 60 %, then A4 blocks but A5 does not count it', () => {
    const a = run(clean(), buyerOwnedBy([{ listed: un('UN Parent'), share: 60 }]));
    expect(ids(a)).toContain('A4');
    expect(ids(a)).not.toContain('A5');
  });
});

describe('A6 significant minority or control', () => {
  it('when a listed owner\'s stake is unknown, then A6 is high', () => {
    expect(flagsOf(run(clean(), buyerOwnedBy([{ listed: un('A') }])), 'A6')[0]!.severity).toBe('high');
  });
  it('when a listed owner holds 5 %, then A6 stays silent', () => {
    expect(ids(run(clean(), buyerOwnedBy([{ listed: sdn('A'), share: 5 }])))).not.toContain('A6');
  });
  it('when the lists link the party to a listed director, then A6 shows the path', () => {
    const a = run(clean(), [{ index: 1, matches: [], links: [{ relation: 'Directorship', listed: sdn('Director X'), path: ['Eaux de Lyon SA', 'Director X'] }] }]);
    expect(JSON.stringify(flagsOf(a, 'A6')[0]!.evidence)).toMatch(/Eaux de Lyon SA → Director X/);
  });
});
