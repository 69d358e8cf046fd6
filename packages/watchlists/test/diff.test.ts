import { join } from 'node:path';
import { WATCHLISTS } from '@screening/testkit';
import { diffLists, entityDigest } from '../src/diff';
import { loadList } from '../src/load';

describe('list diff', () => {
  it('when OFAC SDN 2021-07 is compared with 2023-01, then additions, removals and changed fields are listed by stable id', async () => {
    const [a, b] = await Promise.all([loadList('us_ofac_sdn', join(WATCHLISTS, 'ofac/2021-07')), loadList('us_ofac_sdn', join(WATCHLISTS, 'ofac/2023-01'))]);
    const d = diffLists('us_ofac_sdn', a, b);
    const { added, removed, changed, unchanged } = d.counts;
    expect(added - removed).toBe(11443 - 8976);
    expect(added + changed + unchanged).toBe(11443);
    expect(removed + changed + unchanged).toBe(8976);
    expect(d.counts).toEqual({ added: 2982, removed: 515, changed: 4255, unchanged: 4206 });
    // VTB Bank (on the non-SDN SSI list before) was added to the SDN list in 2022
    expect(d.added).toContainEqual({ id: 'us_ofac_sdn:17013', name: 'VTB BANK PUBLIC JOINT STOCK COMPANY', type: 'organization' });
    expect(d.changed.find((c) => c.id === 'us_ofac_sdn:10386')?.fields).toEqual(expect.arrayContaining(['programs', 'remarks']));
    // the 2023-01 copy has no alt.csv, so most aliases disappear: the diff shows that honestly
    expect(d.changed.filter((c) => c.fields.includes('aliases')).length).toBeGreaterThan(4000);
    expect(d.added.every((e) => !a.entities.some((x) => x.id === e.id))).toBe(true);
    expect(d.removed.every((e) => !b.entities.some((x) => x.id === e.id))).toBe(true);
    expect(d.changedEntities).toHaveLength(added + changed);
    expect(d.from).toBe(a.version);
    expect(d.to).toBe(b.version);
  });

  it('when only the order of aliases differs, then the entity is unchanged and its digest is equal', async () => {
    const base = { id: 'x:1', source: 'custom' as const, sourceId: '1', type: 'person' as const, name: 'A', programs: [], categories: [], countries: [], nationalities: [], datesOfBirth: [], placesOfBirth: [], identifiers: [], addresses: [], links: [] };
    const one = { ...base, aliases: [{ name: 'B', quality: 'strong' as const }, { name: 'C', quality: 'weak' as const }] };
    const two = { ...base, aliases: [{ name: 'C', quality: 'weak' as const }, { name: 'B', quality: 'strong' as const }] };
    expect(entityDigest(one)).toBe(entityDigest(two));
    const d = diffLists('custom', { version: 'v1', entities: [one] }, { version: 'v2', entities: [{ ...two, programs: ['P'] }] });
    expect(d.changed).toEqual([{ id: 'x:1', name: 'A', type: 'person', fields: ['programs'] }]);
  });
});
