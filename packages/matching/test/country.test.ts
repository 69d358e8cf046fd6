import { countryCode } from '../src/country';

describe('countryCode', () => {
  it('when a country is named like a member of Object.prototype, then it is no country (found by pnpm test:fuzz: a 500 on /v1/compare)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Constructor.']) expect(countryCode(name)).toBeUndefined();
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('de')).toBe('DE');
  });
});
