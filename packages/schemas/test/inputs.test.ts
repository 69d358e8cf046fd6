import { CompareRequestSchema, EntityInputSchema, MatchRequestSchema, ScreeningRequestSchema, YenteMatchRequestSchema, canonicalIdentifierType, normaliseDate, withoutNulls } from '../src';

describe('dates real clients send', () => {
  it.each([
    ['1969-07-16', '1969-07-16'],
    ['1969-7-16', '1969-07-16'],
    ['1969/07/16', '1969-07-16'],
    ['1969-07-16T00:00:00Z', '1969-07-16'],
    ['1969-07-16 10:30', '1969-07-16'],
    ['19690716', '1969-07-16'],
    ['16 Jul 1969', '1969-07-16'],
    ['16 July 1969', '1969-07-16'],
    ['16-JUL-1969', '1969-07-16'],
    ['July 16, 1969', '1969-07-16'],
    ['Jul 16 1969', '1969-07-16'],
    ['16th of July 1969', '1969-07-16'],
    ['1969 Jul 16', '1969-07-16'],
    ['16 juillet 1969', '1969-07-16'],
    ['16. Juli 1969', '1969-07-16'],
    ['16 de julio de 1969', '1969-07-16'],
    ['16 июля 1969', '1969-07-16'],
    ['16.07.1969', '1969-07-16'],
    ['16/07/1969', '1969-07-16'],
    ['07/16/1969', '1969-07-16'],
    ['07-16-1969', '1969-07-16'],
    ['07/07/1969', '1969-07-07'],
    ['Jul 1969', '1969-07'],
    ['July 1969', '1969-07'],
    ['1969-07', '1969-07'],
    ['1969-7', '1969-07'],
    ['07/1969', '1969-07'],
    ['1969', '1969'],
    ['circa 1969', '1969'],
    ['c. 1969', '1969'],
    ['  1969  ', '1969'],
    ['1969-07-00', '1969-07'],
    ['1969-00-00', '1969'],
    ['00/00/1975', '1975'],
    ['dd/mm/1972', '1972'],
    ['00.07.1969', '1969-07'],
    ['2000-02-29', '2000-02-29'],
  ])('when a client sends "%s", then it is %s', (input, out) => {
    expect(normaliseDate(input)).toBe(out);
  });

  it.each([['05/07/1969', '1969'], ['5-7-1969', '1969']])('when "%s" is day-or-month-first ambiguous, then only the certain year %s is kept', (input, out) => {
    expect(normaliseDate(input)).toBe(out);
  });

  it.each(['banana', '', '1969-13-01', '1969-02-30', '1900-02-29', '31.02.1969', '16 Foo 1969', '123', '99999', 'Jul Aug 1969', '0999'])(
    'when "%s" is not a date, then it is refused',
    (input) => {
      expect(normaliseDate(input)).toBeUndefined();
    },
  );

  it('when a match request carries a written date of birth, then it is normalised and never a 400', () => {
    const r = MatchRequestSchema.parse({ entity: { name: 'Neil Armstrong', dateOfBirth: 'August 5, 1930' } });
    expect(r.entity.dateOfBirth).toBe('1930-08-05');
    const bad = MatchRequestSchema.safeParse({ entity: { name: 'Neil Armstrong', dateOfBirth: 'soon' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['entity', 'dateOfBirth']);
  });
});

describe('null means absent', () => {
  it('when nulls appear at any depth, then they are dropped (properties and array items), other values kept', () => {
    expect(withoutNulls({ a: null, b: [1, null, { c: null, d: 0, e: false, f: '' }], g: { h: null } })).toEqual({ b: [1, { d: 0, e: false, f: '' }], g: {} });
  });

  it('when a match request sends null for every absent field, then it validates as if they were left out', () => {
    const r = MatchRequestSchema.parse({
      entity: { name: 'Ivan Petrov', type: null, aliases: null, country: null, dateOfBirth: null, address: null, identifiers: [null, { type: 'passport', value: '123456', country: null }] },
      threshold: null,
      limit: null,
      lists: null,
    });
    expect(r.entity).toMatchObject({ name: 'Ivan Petrov', type: 'unknown', aliases: [], identifiers: [{ type: 'passport', value: '123456' }] });
    expect(r.limit).toBe(10);
  });

  it('when compare, yente and shipment bodies carry nulls, then they validate too', () => {
    expect(CompareRequestSchema.safeParse({ a: { name: 'A', country: null }, b: { name: 'B', dateOfBirth: null }, threshold: null }).success).toBe(true);
    expect(YenteMatchRequestSchema.safeParse({ queries: { q1: { schema: 'Person', properties: { name: ['X'], birthDate: null } } }, weights: null }).success).toBe(true);
    const s = ScreeningRequestSchema.safeParse({ reference: null, parties: [{ role: 'buyer', name: 'Acme', country: null, address: null, dateOfBirth: null }], goods: null, endUse: { certificate: { expiryDate: null } } });
    expect(s.success).toBe(true);
  });
});

describe('name optional when an identifier or an address is given', () => {
  it.each([
    [{ identifiers: [{ type: 'imo', value: 'IMO 9187629' }] }],
    [{ address: '19 Luysi Chalovskoy St., Borisov' }],
    [{ address: { street: 'ul. Tverskaya 7', city: 'Moscow' } }],
    [{ schema: 'Vessel', properties: { imoNumber: ['9187629'] } }],
    [{ schema: 'Company', properties: { swiftBic: ['SABRRUMM'] } }],
    [{ schema: 'LegalEntity', properties: { cryptoWallet: ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'] } }],
    [{ schema: 'Company', properties: { address: ['Tverskaya 7, Moscow'] } }],
  ])('when the entity is %j, then it is accepted without a name', (entity) => {
    const r = EntityInputSchema.safeParse(entity);
    expect(r.success).toBe(true);
  });

  it('when an entity has neither a name nor an identifier nor an address, then the 400 names the name field', () => {
    const r = MatchRequestSchema.safeParse({ entity: { country: 'RU' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['entity.name']);
    const f = EntityInputSchema.safeParse({ schema: 'Person', properties: { nationality: ['ru'] } });
    expect(f.success).toBe(false);
    expect(f.error!.issues[0]!.path).toEqual(['properties', 'name']);
  });

  it('when a name is given but empty, then it is still refused', () => {
    expect(MatchRequestSchema.safeParse({ entity: { name: '', identifiers: [{ type: 'imo', value: '9187629' }] } }).success).toBe(false);
  });
});

describe('FtM input as clients send it', () => {
  it('when a FtM entity carries unknown properties of any shape, then they are ignored, not rejected', () => {
    const r = EntityInputSchema.parse({
      id: 'q1',
      schema: 'Person',
      caption: 'ignored',
      datasets: ['x'],
      properties: { name: 'Ivan Petrov', birthDate: ['16 Jul 1969'], topics: ['sanction'], weird: { a: 1 }, score: 3, passportNumber: [123456], notes: [null, 'x'] },
    });
    expect(r).toMatchObject({ name: 'Ivan Petrov', type: 'person', dateOfBirth: '1969-07-16', identifiers: [{ type: 'passport', value: '123456' }] });
  });

  it('when FtM identifier properties are given, then each becomes an identifier of its type', () => {
    const r = EntityInputSchema.parse({
      schema: 'Company',
      properties: {
        imoNumber: ['IMO 9187629'], swiftBic: ['SABRRUMM'], leiCode: ['253400JT3MQWNDKMJE44'], innCode: ['7707083893'], ogrnCode: ['1027700132195'],
        registrationNumber: ['123'], taxNumber: ['456'], idNumber: ['789'], email: ['a@b.example'], phone: ['+7 495 500-55-50'], publicKey: ['0xabc'], mmsi: ['273123456'],
      },
    });
    expect(r.identifiers.map((i) => i.type).sort()).toEqual(['crypto', 'email', 'imo', 'inn', 'lei', 'mmsi', 'national_id', 'ogrn', 'phone', 'registration', 'swift_bic', 'tax']);
  });
});

describe('identifier types', () => {
  it.each([
    ['BIC', 'swift_bic'], ['swift', 'swift_bic'], ['SWIFT/BIC', 'swift_bic'], ['swift_bic', 'swift_bic'], ['IMO number', 'imo'], ['e-mail', 'email'],
    ['Telephone', 'phone'], ['wallet', 'crypto'], ['crypto', 'crypto'], ['Passport', 'passport'], ['tax id', 'tax'], ['lei', 'lei'], ['something-else', 'something_else'],
  ])('when the type is written "%s", then it is %s', (raw, out) => {
    expect(canonicalIdentifierType(raw)).toBe(out);
  });
});
