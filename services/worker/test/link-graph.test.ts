import { join } from 'node:path';
import { buildIndex } from '@screening/matching';
import { type CanonicalEntity, type ListEntity, ListEntitySchema, type Party, PartySchema, ScreeningRequestSchema } from '@screening/schemas';
import { WATCHLISTS } from '@screening/testkit';
import { loadList } from '@screening/watchlists';
import { type Catalog, entryFor, tenantView } from '../src/catalog';
import { runScreening } from '../src/screening';
import { addressKey, isListed, linkGraph } from '../src/link-graph';
import { partyEvidence } from '../src/party-evidence';

const entity = (e: Partial<ListEntity> & { id: string; name: string }): CanonicalEntity =>
  ListEntitySchema.parse({ source: 'us_ofac_sdn', sourceId: e.id, type: 'organization', ...e });

function catalogOf(entities: CanonicalEntity[]): Catalog {
  const index = buildIndex(entities, { source: 'test', version: 'v1' });
  return { entries: new Map([['test', { version: { id: 'test', version: 'v1', entities: entities.length, names: entities.length, loadedAt: '2026-01-01' }, index }]]) };
}

const party = (p: Record<string, unknown>): Party => PartySchema.parse({ role: 'buyer', ...p });
const noOwners = () => [];

describe('link graph and party evidence', () => {
  const holding = entity({ id: 'ftm:holding', source: 'ftm', name: 'Volga Holding', links: [{ relation: 'Ownership', targetId: 'ftm:plant', direction: 'outgoing', share: 80 }] });
  const oligarch = entity({ id: 'ftm:oligarch', source: 'ftm', name: 'Ivan Fictional', type: 'person', programs: ['RUSSIA-EO14024'], links: [{ relation: 'Ownership', targetId: 'ftm:holding', direction: 'outgoing', share: 75 }] });
  const plant = entity({ id: 'ftm:plant', source: 'ftm', name: 'Volga Plant', addresses: [{ full: '1 Zavodskaya St, Samara 443000, Russia' }] });
  const sdn = entity({
    id: 'us_ofac_sdn:1',
    name: 'SEVER TRADING LLC',
    links: [{ relation: 'LinkedTo', targetName: 'NORD SUPPLY OOO', direction: 'outgoing' }, { relation: 'Ownership', targetName: 'Polar Parts LLC', direction: 'outgoing', share: 51 }],
    addresses: [{ full: 'Office 12, 7 Lenina Street, Moscow 101000' }],
    identifiers: [{ type: 'inn', value: '7701234567' }],
  });
  const g = linkGraph(catalogOf([holding, oligarch, plant, sdn]));

  it('when an FtM entity has no programme, then it is not listed; an official list entry always is', () => {
    expect([isListed(plant), isListed(oligarch), isListed(sdn)]).toEqual([false, true, true]);
  });

  it('when a party matches an unlisted plant owned 80 % by a holding owned 75 % by a listed person, then the owner evidence carries 60 % and the path', () => {
    const match = { list: 'ftm', listVersion: 'v1', entityId: 'ftm:plant', name: 'Volga Plant', matchedName: 'Volga Plant', type: 'organization' as const, programs: [], score: 0.99, match: true, explanation: { features: {}, text: '' } };
    const ev = partyEvidence(party({ name: 'Volga Plant JSC' }), 0, [match], g, noOwners);
    expect(ev.unlisted).toEqual(['ftm:plant']);
    expect(ev.owners).toEqual([expect.objectContaining({ share: 60, path: ['Volga Plant JSC', 'Volga Holding', 'Ivan Fictional'], via: 'graph' })]);
  });

  it('when a party is named like an OFAC entry\'s subsidiary (by name only), then the listed owner is found with its share', () => {
    const ev = partyEvidence(party({ name: 'Polar Parts' }), 0, [], g, noOwners);
    expect(ev.owners).toEqual([expect.objectContaining({ share: 51, listed: expect.objectContaining({ entityId: 'us_ofac_sdn:1' }) })]);
  });

  it('when a party is named in an OFAC "Linked To:" remark, then the link to the listed entry is evidence', () => {
    const ev = partyEvidence(party({ name: 'Nord Supply' }), 0, [], g, noOwners);
    expect(ev.links).toEqual([expect.objectContaining({ relation: 'LinkedTo', listed: expect.objectContaining({ name: 'SEVER TRADING LLC' }) })]);
  });

  it('when a party shares the listed street address and INN, then address and identifier hits are reported; an unrelated party has none', () => {
    const ev = partyEvidence(party({ name: 'Other Co', address: 'Office 12, 7 Lenina Street, Moscow 101000', identifiers: [{ type: 'tax', value: '7701-234567' }] }), 0, [], g, noOwners);
    expect(ev.addressHits).toEqual([expect.objectContaining({ addressEntry: false, listed: expect.objectContaining({ entityId: 'us_ofac_sdn:1' }) })]);
    expect(ev.identifierHits).toEqual([expect.objectContaining({ type: 'tax', value: '7701-234567' })]);
    const clean = partyEvidence(party({ name: 'Fresh Co', address: '5 Rue Neuve, 75001 Paris, France' }), 0, [], g, noOwners);
    expect([clean.owners, clean.links, clean.addressHits, clean.identifierHits]).toEqual([[], [], [], []]);
  });

  it('when the shared address is written with abbreviations, another word order and a trailing country, and the IMO number with its prefix, then both are still hits', () => {
    const vessel = entity({ id: 'us_ofac_sdn:2', name: 'OCEAN STAR', type: 'vessel', identifiers: [{ type: 'imo', value: '9187629' }] });
    const g2 = linkGraph(catalogOf([sdn, vessel]));
    const ev = partyEvidence(party({ name: 'Third Co', address: '7 Lenina St., Office 12, 101000 Moscow, Russian Federation', identifiers: [{ type: 'imo', value: 'IMO 9187629' }] }), 0, [], g2, noOwners);
    expect(ev.addressHits).toEqual([expect.objectContaining({ listed: expect.objectContaining({ entityId: 'us_ofac_sdn:1' }) })]);
    expect(ev.identifierHits).toEqual([expect.objectContaining({ listed: expect.objectContaining({ entityId: 'us_ofac_sdn:2' }) })]);
    const structured = partyEvidence(party({ name: 'Fourth Co', address: { street: '7 Lenina Street, Office 12', city: 'Moscow', postalCode: '101000', country: 'RU' } }), 0, [], g2, noOwners);
    expect(structured.addressHits).toHaveLength(1);
    expect(addressKey('Moscow 101000, Russian Federation')).toBeUndefined();
  });

  it('when a party shares the address of an entry of the organisation\'s own list (custom, no programme), then it is an address hit', () => {
    const own = entity({ id: 'custom:denied:7', source: 'custom', name: 'Blue Lagoon Trading', categories: ['blocking'], addresses: [{ full: 'Unit 4, 18 Harbour Road, Limassol 3035, Cyprus' }] });
    const unrated = entity({ id: 'custom:notes:1', source: 'custom', name: 'Noted Supplier', categories: ['other'] });
    expect([isListed(own), isListed(unrated)]).toEqual([true, false]);
    const ev = partyEvidence(party({ name: 'Aegean Parts Ltd', address: '18 Harbour Rd, Unit 4, 3035 Limassol' }), 0, [], linkGraph(catalogOf([own])), noOwners);
    expect(ev.addressHits).toEqual([expect.objectContaining({ listed: expect.objectContaining({ entityId: 'custom:denied:7' }) })]);
  });

  it('when a declared owner matches a listed person, then the declared share counts', () => {
    const owner = { list: 'ftm', listVersion: 'v1', entityId: 'ftm:oligarch', name: 'Ivan Fictional', matchedName: 'Ivan Fictional', type: 'person' as const, programs: ['X'], score: 0.98, match: true, explanation: { features: {}, text: '' } };
    const ev = partyEvidence(party({ name: 'New Co', owners: [{ name: 'Ivan Fiktivny', share: 40 }] }), 0, [], g, () => [owner]);
    expect(ev.owners).toEqual([expect.objectContaining({ owner: 'Ivan Fiktivny', share: 40, via: 'declared' })]);
  });

  it('when the same catalog snapshot is used twice, then the graph is built once', () => {
    const c = catalogOf([sdn]);
    expect(linkGraph(c)).toBe(linkGraph(c));
  });
});

describe("a tenant's view of the catalog (issue 12)", () => {
  const listEntry = (id: string, entities: CanonicalEntity[]) => [id, { version: { id, version: 'v1', entities: entities.length, names: entities.length, loadedAt: '2026-01-01' }, index: buildIndex(entities, { source: id, version: 'v1' }) }] as const;
  const address = '14 Harbour Road, Limassol 3036, Cyprus';
  const sdn = entity({ id: 'us_ofac_sdn:9', name: 'Kappa Marine Ltd', addresses: [{ full: '2 Quay Street, Valletta 1010, Malta' }] });
  // acme's own list: a holding (declared) at an address, owning an unlisted company (by name)
  const acmeHolding = entity({ id: 'custom:acme.watch:H', source: 'custom', name: 'Ouzel Holding', categories: ['blocking'], addresses: [{ full: address }], links: [{ relation: 'Ownership', targetName: 'Plover Shipping Ltd', direction: 'outgoing', share: 60 }] });
  const catalog: Catalog = { entries: new Map([listEntry('us_ofac_sdn', [sdn]), listEntry('custom:acme.watch', [acmeHolding]), listEntry('custom:shared', [])]) };

  it("when tenant B screens, then its view and graph hold neither A's list nor its addresses, links or owners; A's view holds them over the shared graph", () => {
    const b = tenantView(catalog, 'globex');
    const a = tenantView(catalog, 'acme');
    expect([...b.entries.keys()]).toEqual(['us_ofac_sdn', 'custom:shared']);
    expect([...a.entries.keys()]).toEqual(['us_ofac_sdn', 'custom:shared', 'custom:acme.watch']);
    expect(tenantView(catalog, 'other')).toBe(b); // tenants without own lists share one view (and one graph)
    const p = party({ name: 'Plover Shipping Limited', address });
    const evB = partyEvidence(p, 0, [], linkGraph(b), noOwners);
    expect([evB.owners, evB.addressHits]).toEqual([[], []]);
    const evA = partyEvidence(p, 0, [], linkGraph(a), noOwners);
    expect((evA.addressHits ?? []).map((h) => h.listed.entityId)).toEqual(['custom:acme.watch:H']);
    expect((evA.owners ?? []).map((o) => o.listed.entityId)).toEqual(['custom:acme.watch:H']);
    expect(linkGraph(a).byId.has('us_ofac_sdn:9')).toBe(true);
  });
});

describe('ownership on real OpenSanctions data (yente fixture "zala")', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    const list = await loadList('ftm', join(WATCHLISTS, 'opensanctions', 'yente-fixtures', 'zala', 'entities.ftm.json'));
    catalog = { entries: new Map([['ftm', entryFor(list)]]) };
  });
  const screenBuyer = (name: string) =>
    runScreening('t', ScreeningRequestSchema.parse({ transactionDate: '2026-01-01', parties: [{ role: 'buyer', name }] }), { catalog, defaultThreshold: 0.8, now: () => new Date('2026-11-29T00:00:00Z') });

  it('when a buyer is a company the data shows 100 % owned by a sanctioned person, then A4 blocks', () => {
    const r = screenBuyer('AEROSCAN');
    expect(r.flags.map((f) => f.ruleId)).toEqual(['A4']);
    expect(r.decision).toBe('block');
  });
  it('when the sanctioned owner\'s share is not published, then A6 asks for review instead of guessing 50 %', () => {
    const r = screenBuyer('Bespilotnye Sistemy LLC');
    expect(r.flags.map((f) => [f.ruleId, f.severity])).toEqual([['A6', 'high']]);
    expect(r.decision).toBe('review');
  });
});

describe('address keys', () => {
  it('when an address is written with abbreviations or another word order, then it has the same key', () => {
    expect(addressKey('Rm 1203, 88 Fictional Rd, Wan Chai')).toBe(addressKey('Room 1203, 88 Fictional Road, Wan Chai'));
    expect(addressKey('Moscow, Russia')).toBeUndefined();
  });
});
