import { addressTokens, buildIndex, screen } from '../src';
import { EntityInputSchema, ListEntitySchema } from '@screening/schemas';

describe('address normalisation', () => {
  it.each([
    ['19 Luysi Chalovskoy St., Borisov, 222512, Belarus', ['19', 'luysi', 'chalovskoy', 'street', 'borisov', '222512']],
    // place names as their English word; a trailing endonym ("Россия") is the country, dropped like "Russia"
    ['ул. Тверская, д. 7, Москва, Россия', ['ulitsa', 'tverskaya', 'dom', '7', 'moscow']],
    ['ул. Тверская, д. 7, Москва, Russia', ['ulitsa', 'tverskaya', 'dom', '7', 'moscow']],
    ['ul. Tverskaya 7, Moskva', ['ulitsa', 'tverskaya', '7', 'moscow']],
    ['Nevsky prospekt 28, St. Petersburg, Rossiyskaya Federatsiya', ['nevsky', 'prospekt', '28', 'saintpetersburg']],
    ['Newski-Prospekt 28, 191186 Sankt Petersburg, Russland', ['newski', 'prospekt', '28', '191186', 'saintpetersburg']],
    ['No. 12, Azadi St., Teheran, Iran', ['12', 'azadi', 'street', 'tehran']],
    ['Baramkeh, Dimashq, Syrie', ['baramkeh', 'damascus']],
    ['Canton Road 3, Kowloon, Hong Kong', ['canton', 'road', '3', 'kowloon']],
  ])('when the address is "%s", then its words are %j', (a, out) => {
    expect(addressTokens(a)).toEqual(out);
  });
});

describe('address search', () => {
  const listed = (id: string, name: string, address: object) => ListEntitySchema.parse({ id: `t:${id}`, source: 'custom', sourceId: id, type: 'organization', name, addresses: [address] });
  const index = buildIndex(
    [
      listed('1', '140 Repair Plant JSC', { full: '19 Luysi Chalovskoy St., Borisov, 222512', city: 'Borisov', postalCode: '222512', country: 'BY' }),
      listed('2', 'Tverskaya Trading OOO', { full: 'ul. Tverskaya 7, Moskva', city: 'Moskva', country: 'RU' }),
      listed('3', 'Other Moscow Firm', { full: 'Leninsky prospekt 12, Moskva', city: 'Moskva', country: 'RU' }),
    ],
    { source: 'custom', version: 'v1' },
  );
  const q = (e: unknown) => EntityInputSchema.parse(e) as Parameters<typeof screen>[0];
  const opts = { threshold: 0.77, limit: 5 };

  it('when only a street address is given, then the listed entity there is a potential match on the address', () => {
    const [top, ...rest] = screen(q({ address: '19 Luysi Chalovskoy Street, 222512 Borisov, Belarus' }), index, opts);
    expect(top).toMatchObject({ entity: { name: '140 Repair Plant JSC' }, match: true, band: 'potential', matchedOn: 'address' });
    expect(rest).toEqual([]);
  });

  it('when the address is written in Cyrillic with Russian abbreviations, then the transliterated listed address is found', () => {
    const [top] = screen(q({ address: { street: 'ул. Тверская, д. 7', city: 'Москва', country: 'RU' } }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'Tverskaya Trading OOO' }, matchedOn: 'address', band: 'potential' });
  });

  it('when only a city is given, then nothing is found (a city alone is no address)', () => {
    expect(screen(q({ address: 'Moskva, Russia' }), index, opts)).toEqual([]);
  });

  it('when the listed address is written with an endonym and the query with an exonym of the city, then it is found', () => {
    const [top] = screen(q({ address: 'Tverskaya Street 7, Moscow, Russian Federation' }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'Tverskaya Trading OOO' }, matchedOn: 'address' });
    const [other] = screen(q({ address: 'Tverskaya Street 7, Moscou, Russie' }), index, opts);
    expect(other).toMatchObject({ entity: { name: 'Tverskaya Trading OOO' }, matchedOn: 'address' });
  });

  it('when a name query also gives the listed street address, then the address is evidence that lifts the score', () => {
    const without = screen(q({ name: 'Tverskaya Trading' }), index, opts)[0]!;
    const withAddress = screen(q({ name: 'Tverskaya Trading', address: 'Tverskaya ul. 7, Moscow' }), index, opts)[0]!;
    expect(withAddress.score).toBeGreaterThan(without.score);
    expect(withAddress.explanation.features.address).toBe('match');
  });
});
