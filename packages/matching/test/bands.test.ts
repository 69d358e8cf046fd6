import { type CanonicalEntity, type EntityInput, EntityInputSchema, type ListEntity, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, DEFAULT_BANDS, screen } from '../src';

let n = 0;
const listed = (e: Partial<ListEntity> & { name: string }): CanonicalEntity => {
  n++;
  return ListEntitySchema.parse({ id: `sample:b${n}`, source: 'sample', sourceId: String(n), type: 'person', ...e });
};
const q = (e: Record<string, unknown>): EntityInput => EntityInputSchema.parse(e) as EntityInput;

const entities = [
  listed({ name: 'CARVAJAL BARRIOS, Hugo Armando', datesOfBirth: ['1960-04-01'], countries: ['VE'] }),
  listed({ name: 'ARIS SEA', type: 'vessel', vessel: { imo: '9187629' } }),
  listed({ name: 'NOBLE SHIPPING COMPANY LIMITED', type: 'organization', countries: ['CY'] }),
];
const index = buildIndex(entities, { source: 'sample', version: 'v1' });
const bands = DEFAULT_BANDS;
const opts = { threshold: 0.77, limit: 10, bands };

describe('scoring bands', () => {
  test.each([
    ['an exact name with an agreeing date of birth', { name: 'Hugo Armando Carvajal Barrios', dateOfBirth: '1960-04-01' }, 'strong'],
    ['an exact name with an agreeing country', { name: 'Hugo Armando Carvajal Barrios', country: 'VE' }, 'strong'],
    ['an exact name alone', { name: 'Hugo Armando Carvajal Barrios' }, 'potential'],
    ['an exact name whose country differs', { name: 'Hugo Armando Carvajal Barrios', country: 'CO', dateOfBirth: '1960-04-01' }, 'potential'],
    ['a given name left out, with an agreeing date of birth', { name: 'Hugo Carvajal Barrios', dateOfBirth: '1960-04-01' }, 'potential'],
  ])('when the query is %s, then the band is the expected one', (_what, query, band) => {
    const [top] = screen(q(query), index, opts);
    expect(top?.entity.id).toBe(entities[0]!.id);
    expect(top?.match).toBe(true);
    expect(top?.band).toBe(band);
  });

  test('when only an identifier equals the listed one, then the match is strong whatever the name', () => {
    const [top] = screen(q({ name: 'Unrelated Name', type: 'vessel', identifiers: [{ type: 'imo', value: 'IMO 9187629' }] }), index, opts);
    expect(top).toMatchObject({ match: true, band: 'strong' });
  });

  test('when a name is near but below the threshold, then it comes back with match false in the review band', () => {
    // given name and second surname only (given + first surname is a match: issue 10 double surnames)
    const all = screen(q({ name: 'Hugo Barrios', type: 'person', dateOfBirth: '1961-04-01' }), index, opts);
    const top = all.find((c) => c.entity.id === entities[0]!.id);
    expect(top).toBeDefined();
    expect(top!.score).toBeLessThan(opts.threshold);
    expect(top!.score).toBeGreaterThanOrEqual(bands.review);
    expect(top).toMatchObject({ match: false, band: 'review' });
  });

  test('when no bands are passed, then only matches come back (no review band)', () => {
    const all = screen(q({ name: 'Hugo Carvajal', type: 'person', dateOfBirth: '1961-04-01' }), index, { threshold: 0.77, limit: 10 });
    expect(all.every((c) => c.match)).toBe(true);
  });

  test('when the review edge is raised to the threshold, then the review band is empty', () => {
    const all = screen(q({ name: 'Hugo Carvajal', dateOfBirth: '1961-04-01' }), index, { ...opts, bands: { ...bands, review: 0.77 } });
    expect(all.filter((c) => !c.match)).toEqual([]);
  });

  test('when a strong-name edge is above every name score, then nothing is strong without an identifier', () => {
    const [top] = screen(q({ name: 'Hugo Armando Carvajal Barrios', dateOfBirth: '1960-04-01' }), index, { ...opts, bands: { ...bands, strongName: 1.01 } });
    expect(top?.band).toBe('potential');
  });

  test('when two entities are compared, then the response carries the band too', () => {
    const r = compare(q({ name: 'Noble Shipping Co Ltd', type: 'organization', country: 'CY' }), q({ name: 'NOBLE SHIPPING COMPANY LIMITED', type: 'organization', country: 'CY' }), 0.77);
    expect(r).toMatchObject({ match: true, band: 'strong' });
    const far = compare(q({ name: 'Completely Different' }), q({ name: 'NOBLE SHIPPING COMPANY LIMITED' }), 0.77);
    expect(far.band).toBeUndefined();
  });
});
