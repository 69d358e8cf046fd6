import fc from 'fast-check';
import { canonicalIdentifierType } from '../src/identifier-types';

describe('canonicalIdentifierType', () => {
  it('when a type is only punctuation or a name of Object.prototype, then it is a plain string the worker parses to the same value (found by pnpm test:fuzz: a 500 on /v1/compare)', () => {
    expect(canonicalIdentifierType('-')).toBe('other');
    expect(canonicalIdentifierType(' / ')).toBe('other');
    expect(canonicalIdentifierType('constructor')).toBe('constructor');
    expect(canonicalIdentifierType('toString')).toBe('tostring');
    expect(canonicalIdentifierType('__proto__')).toBe('proto');
  });

  it('is a fixed point: canonical(canonical(t)) = canonical(t), always a non-empty string', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), (t) => {
        const c = canonicalIdentifierType(t);
        expect(typeof c).toBe('string');
        expect(c.length).toBeGreaterThan(0);
        expect(canonicalIdentifierType(c)).toBe(c);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});
