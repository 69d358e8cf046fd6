import { ChainVerifier } from '@screening/queue';
import type { AuditEvent } from '@screening/schemas';
import { assertRedis, waitFor } from '@screening/testkit';
import request from 'supertest';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);
const KEYS = 'alice-key:screen:acme:alice,bob-key:screen:acme:bob,root-key:admin:acme:root,eve-key:screen:other:eve';
const ALICE = { Authorization: 'Bearer alice-key' };
const BOB = { Authorization: 'Bearer bob-key' };
const ROOT = { Authorization: 'Bearer root-key' };
const EVE = { Authorization: 'Bearer eve-key' };

const ZARVOX = 'Zarvox Dual-Use Trading LLC';
const listV1 = `id,name,type,country,programs\nC-1,${ZARVOX},organization,AE,ACME-DENY\nC-2,Quillon Maritime Holdings,organization,CY,ACME-DENY\n`;
const listV2 = `id,name,type,country,programs,aliases\nC-1,${ZARVOX},organization,AE,ACME-DENY,Zarvox FZE\nC-2,Quillon Maritime Holdings,organization,CY,ACME-DENY,\n`;

const buyer = (over: Record<string, unknown> = {}) => ({ parties: [{ role: 'buyer', name: 'Zarvox Dual Use Trading LLC', type: 'organization', ...over }] });
const hitOf = (body: { parties: { matches: { entityId: string }[] }[] }, id = 'custom:acme.acme-watch:C-1') => body.parties[0]!.matches.find((m) => m.entityId === id) as Record<string, any>;

describe('analyst decisions, four-eyes and the audit trail (real Redis, in-process worker)', () => {
  let s: TestStack;
  const screen = async (body: object, who = ALICE) => (await request(s.app).post('/v1/screenings').set(who).send(body).expect(200)).body;
  const decide = (body: object, who = ALICE) => request(s.app).post('/v1/decisions').set(who).send(body);
  /** a false positive on a blocked hit: alice clears it, bob approves (four-eyes) */
  const clear = async (body: object, by = ALICE) => {
    const d = await decide({ ...body, verdict: 'false_positive' }, by);
    expect(d.status).toBe(201);
    if (d.body.status !== 'pending_approval') return d.body;
    return (await request(s.app).post(`/v1/decisions/${d.body.id}/approve`).set(by === BOB ? ALICE : BOB).expect(200)).body;
  };
  const served = async () => ((await request(s.app).get('/v1/lists').set(ALICE)).body as { id: string; version: string }[]).find((l) => l.id === 'custom:acme.acme-watch')?.version;
  const upload = async (csv: string) => {
    const before = await served();
    const up = await request(s.app).put('/v1/lists/custom/acme-watch').set(ROOT).set('Content-Type', 'text/csv').send(csv).expect(200);
    await waitFor(async () => (await served()) === up.body.version && (await served()) !== before, 'the custom list version to be served', 30_000);
  };

  beforeAll(async () => {
    await assertRedis();
    // four-eyes on every false_positive here (the 'block' policy is unit-tested): each clearance needs a second analyst
    s = await startStack({ API_KEYS: KEYS, DECISION_FOUR_EYES: 'all', SCREENING_LISTS: `sample:${require('node:path').join(__dirname, '..', '..', '..', 'packages', 'watchlists', 'data', 'sample-list.json')}` });
    await upload(listV1);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('when a hit is cleared as a false positive, then re-screening (case/spacing changed) keeps the match marked suppressed and it no longer drives the decision', async () => {
    const first = await screen(buyer());
    expect(first.decision).not.toBe('clear');
    const fp = first.parties[0].fingerprint;
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    const created = { body: await clear({ screeningId: first.id, partyIndex: 0, entityId: 'custom:acme.acme-watch:C-1', reason: 'different company: our customer is registered in Oman' }) };
    expect(created.body).toMatchObject({ status: 'active', fingerprint: fp, author: 'alice', approvedBy: 'bob', verdict: 'false_positive', needsApproval: true });
    const again = await screen(buyer({ name: '  ZARVOX dual use  trading llc ' }));
    expect(again.parties[0].fingerprint).toBe(fp);
    expect(hitOf(again)).toMatchObject({ suppressed: { decisionId: created.body.id } });
    expect(again.decision).toBe('clear');
    const listed = await request(s.app).get('/v1/decisions').query({ fingerprint: fp }).set(BOB).expect(200);
    expect(listed.body.decisions.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
  });

  it('when the same party comes in a batch, then its row is suppressed too; its hit can be cleared per row', async () => {
    const csv = `name,type,customer_id\nZarvox Dual Use Trading LLC,organization,K-1\nQuillon Maritime Holdings,organization,K-2\n`;
    const up = await request(s.app).post('/v1/batches').set(ROOT).set('Content-Type', 'text/csv').send(csv).expect(202);
    await waitFor(async () => (await request(s.app).get(`/v1/batches/${up.body.id}`).set(ROOT)).body.status === 'completed', 'the batch', 60_000);
    const lines = (await request(s.app).get(`/v1/batches/${up.body.id}/results?format=ndjson`).set(ROOT)).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ row: 1, decision: 'clear' });
    expect(lines[0].matches.find((m: { entityId: string }) => m.entityId === 'custom:acme.acme-watch:C-1').suppressed).toBeDefined();
    expect(lines[1].decision).not.toBe('clear');
    const d = { body: await clear({ batchId: up.body.id, row: 2, entityId: 'custom:acme.acme-watch:C-2', reason: 'a different Quillon, not the Cypriot holding' }, BOB) };
    expect(d.body).toMatchObject({ status: 'active', origin: { kind: 'batch', id: up.body.id, index: 2 }, partyName: 'Quillon Maritime Holdings' });
    const rerun = await request(s.app).post('/v1/batches').set(ROOT).set('Content-Type', 'text/csv').send(csv).expect(202);
    await waitFor(async () => (await request(s.app).get(`/v1/batches/${rerun.body.id}`).set(ROOT)).body.status === 'completed', 'the second batch', 60_000);
    expect((await request(s.app).get(`/v1/batches/${rerun.body.id}`).set(ROOT)).body.counts).toMatchObject({ clear: 2 });
  });

  it("when the party's address changes, then the decision re-opens and says why", async () => {
    const moved = await screen(buyer({ address: 'Warehouse 7, Hamriyah Free Zone, Sharjah' }));
    const hit = hitOf(moved);
    expect(hit.suppressed).toBeUndefined();
    expect(hit.reopened.reason).toMatch(/screened data changed/);
    expect(moved.decision).not.toBe('clear');
  });

  it('when a decision expires, then the hit re-opens', async () => {
    const party = buyer({ identifiers: [{ type: 'registration', value: 'EXP-1' }] });
    const first = await screen(party);
    const expiresAt = new Date(Date.now() + 4000).toISOString();
    const d = { body: await clear({ screeningId: first.id, entityId: 'custom:acme.acme-watch:C-1', reason: 'temporary clearance while documents arrive', expiresAt }) };
    expect(d.body.expiresAt).toBe(expiresAt);
    expect(hitOf(await screen(party)).suppressed).toBeDefined();
    await waitFor(() => Date.now() > Date.parse(expiresAt) + 50, 'the expiry', 10_000, 100);
    expect(hitOf(await screen(party)).reopened.reason).toMatch(/expired/);
  });

  it('when the listed entity gains an alias in a newer list version, then the decision re-opens (listed record changed)', async () => {
    expect(hitOf(await screen(buyer())).suppressed).toBeDefined();
    await upload(listV2);
    const after = await screen(buyer());
    expect(hitOf(after).reopened.reason).toMatch(/listed record custom:acme.acme-watch:C-1 changed/);
    expect(after.decision).not.toBe('clear');
  });

  it('when a hit is confirmed as a true match, then it keeps blocking', async () => {
    const party = { parties: [{ role: 'buyer', name: 'Ivan Aleksandrovich Maslov', type: 'person' }] };
    const first = await screen(party);
    expect(first.decision).not.toBe('clear');
    const d = await decide({ screeningId: first.id, entityId: 'sample:maslov-ivan', verdict: 'true_match', reason: 'same person: passport matches the SDN entry' });
    expect(d.body.status).toBe('active');
    const again = await screen(party);
    expect(again.decision).toBe(first.decision);
    expect(hitOf(again, 'sample:maslov-ivan')).toMatchObject({ confirmed: { decisionId: d.body.id } });
  });

  it('when a block is released, then a second analyst must approve it (never the author), and only then is it suppressed', async () => {
    const party = { parties: [{ role: 'consignee', name: 'Mahan Air', type: 'organization' }] };
    const first = await screen(party);
    expect(first.decision).not.toBe('clear');
    const d = await decide({ screeningId: first.id, entityId: 'sample:mahan-air', verdict: 'false_positive', reason: 'a namesake travel agency, not the airline' });
    expect(d.body).toMatchObject({ status: 'pending_approval', needsApproval: true });
    expect((await screen(party)).decision).toBe(first.decision);
    const self = await request(s.app).post(`/v1/decisions/${d.body.id}/approve`).set(ALICE);
    expect(self.status).toBe(403);
    expect(self.body.detail).toMatch(/four-eyes/);
    const approved = await request(s.app).post(`/v1/decisions/${d.body.id}/approve`).set(BOB).expect(200);
    expect(approved.body).toMatchObject({ status: 'active', approvedBy: 'bob', author: 'alice' });
    expect((await request(s.app).post(`/v1/decisions/${d.body.id}/approve`).set(BOB)).status).toBe(409);
    const released = await screen(party);
    expect(hitOf(released, 'sample:mahan-air').suppressed).toBeDefined();
    expect(released.decision).toBe('clear');
    // revoking is recorded and makes the hit count again
    const revoked = await request(s.app).delete(`/v1/decisions/${d.body.id}`).set(BOB).send({ reason: 'new information' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedBy: 'bob' });
    expect((await screen(party)).decision).toBe(first.decision);
  });

  it("when another tenant looks, then it sees none of this tenant's decisions, screenings or audit events", async () => {
    const mine = (await request(s.app).get('/v1/decisions').set(ALICE).expect(200)).body.decisions;
    expect(mine.length).toBeGreaterThan(3);
    expect((await request(s.app).get('/v1/decisions').set(EVE).expect(200)).body.decisions).toEqual([]);
    expect((await request(s.app).get(`/v1/decisions/${mine[0].id}`).set(EVE)).status).toBe(404);
    expect((await request(s.app).post(`/v1/decisions/${mine[0].id}/approve`).set(EVE)).status).toBe(404);
    expect((await decide({ screeningId: mine[mine.length - 1].origin.id, entityId: mine[mine.length - 1].entityId, verdict: 'true_match', reason: 'not mine' }, EVE)).status).toBe(404);
    expect((await request(s.app).get(`/v1/parties/${mine[0].fingerprint}/history`).set(EVE)).status).toBe(404);
    await screen(buyer(), EVE);
    const theirs = (await request(s.app).get('/v1/audit').set(EVE).expect(200)).text.trim().split('\n').map((l) => JSON.parse(l) as AuditEvent);
    expect(theirs.every((e) => e.tenant === 'other')).toBe(true);
    expect(theirs.map((e) => e.seq)).toEqual([1]);
    expect((await request(s.app).get('/v1/audit?chain=system').set(EVE)).status).toBe(403);
  });

  it("when the tenant's audit trail is read, then it is one intact chain with screenings, batch rows, decisions, approvals and revocations", async () => {
    const res = await request(s.app).get('/v1/audit').set(ALICE).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const events = res.text.trim().split('\n').map((l) => JSON.parse(l) as AuditEvent);
    const v = new ChainVerifier();
    events.forEach((e) => v.add(e));
    expect(v.problems).toEqual([]);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['screening', 'batch-row', 'batch', 'decision', 'approval', 'revocation']));
    const screening = events.find((e) => e.type === 'screening')!;
    expect(screening).toMatchObject({ tenant: 'acme', actor: 'alice', inputHash: expect.stringMatching(/^[0-9a-f]{64}$/), versions: { lists: expect.arrayContaining([expect.objectContaining({ id: 'sample' })]), algorithm: expect.any(String), tables: expect.any(String) } });
    expect(screening.input).toBeUndefined();
    const decisions = (await request(s.app).get('/v1/audit?type=decision,approval').set(ALICE).expect(200)).text.trim().split('\n').map((l) => JSON.parse(l) as AuditEvent);
    expect(new Set(decisions.map((e) => e.type))).toEqual(new Set(['decision', 'approval']));
    const future = (await request(s.app).get(`/v1/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`).set(ALICE).expect(200)).text;
    expect(future).toBe('');
  });

  it("when a party's history is asked for, then it lists its screenings and decisions; monitoring of it can be stopped (audited)", async () => {
    const first = await screen({ ...buyer({ name: 'Zarvox Dual Use Trading LLC', country: 'OM' }), monitor: true });
    const fp = first.parties[0].fingerprint;
    await clear({ screeningId: first.id, entityId: 'custom:acme.acme-watch:C-1', reason: 'Omani company, unrelated' });
    const h = (await request(s.app).get(`/v1/parties/${fp}/history`).set(BOB).expect(200)).body;
    expect(h.events.map((e: AuditEvent) => e.type)).toEqual(['screening', 'decision', 'approval']);
    expect(h.decisions).toHaveLength(1);
    await waitFor(async () => (await request(s.app).delete(`/v1/parties/${fp}/monitoring`).set(ALICE)).status === 200, 'the monitored party to be kept', 10_000, 100);
    expect((await request(s.app).delete(`/v1/parties/${fp}/monitoring`).set(ALICE)).status).toBe(404);
    const after = (await request(s.app).get(`/v1/parties/${fp}/history`).set(BOB).expect(200)).body;
    expect(after.events.map((e: AuditEvent) => e.type)).toEqual(['screening', 'decision', 'approval', 'monitoring-stopped']);
  });

  it('when a completed batch is deleted, then it is gone and the deletion is audited', async () => {
    const up = await request(s.app).post('/v1/batches').set(ROOT).set('Content-Type', 'text/csv').send('name\nAcme Widgets Ltd\n').expect(202);
    await waitFor(async () => (await request(s.app).get(`/v1/batches/${up.body.id}`).set(ROOT)).body.status === 'completed', 'the batch', 60_000);
    await request(s.app).delete(`/v1/batches/${up.body.id}`).set(ROOT).expect(204);
    expect((await request(s.app).get(`/v1/batches/${up.body.id}`).set(ROOT)).status).toBe(404);
    const events = (await request(s.app).get('/v1/audit?type=batch-deleted').set(ROOT).expect(200)).text.trim().split('\n').map((l) => JSON.parse(l) as AuditEvent);
    expect(events.at(-1)).toMatchObject({ actor: 'root', subject: { batchId: up.body.id } });
  });
});
