import { buildIndex, compare, identifierKey, identifierValid, normIdentifier, screen } from '../src';
import type { CanonicalEntity } from '@screening/schemas';
import { EntityInputSchema, ListEntitySchema } from '@screening/schemas';

describe('identifier normalisation per type', () => {
  it.each([
    ['imo', 'IMO 9187629', '9187629'],
    ['imo', 'imo9187629', '9187629'],
    ['imo', '9187629', '9187629'],
    ['mmsi', '273 123 456', '273123456'],
    ['swift_bic', 'SABRRUMM', 'SABRRUMM'],
    ['swift_bic', 'SABRRUMMXXX', 'SABRRUMM'],
    ['swift_bic', 'sabr ru mm 012', 'SABRRUMM'],
    ['bic', 'SABRRUMM', 'SABRRUMM'],
    ['lei', '2534 00JT3MQWNDKMJE44', '253400JT3MQWNDKMJE44'],
    ['inn', 'INN 7707083893', '7707083893'],
    ['ogrn', '1027700132195', '1027700132195'],
    ['email', ' Info@Example.COM ', 'info@example.com'],
    ['email', 'mailto:info@example.com', 'info@example.com'],
    ['phone', '+7 (495) 500-55-50', '55005550'],
    ['phone', '8 495 500 55 50', '55005550'],
    ['phone', '00 7 495 5005550', '55005550'],
    ['crypto', 'XBT 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    ['crypto', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    ['crypto', '0x52908400098527886E0F7030069857D2E4169EE7', '0x52908400098527886e0f7030069857d2e4169ee7'],
    ['crypto', 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['crypto', 'USDT TE3mCcPULjPUE7ykX7RArDPAhyahoy3d2j', 'TE3mCcPULjPUE7ykX7RArDPAhyahoy3d2j'],
    ['website', 'https://www.Example.com/', 'example.com'],
    ['passport', 'No. 71-7637093', 'NO717637093'],
  ])('when a %s is written "%s", then it is compared as %s', (type, value, out) => {
    expect(normIdentifier(type, value)).toBe(out);
  });

  it('when a base58 address differs only in case, then it is another address (base58 is case-sensitive)', () => {
    expect(identifierKey('crypto', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).not.toBe(identifierKey('crypto', '1bvbmseystwetqtfn5au4m4gfg7xjanvn2'));
  });

  it.each([
    ['imo', '9187629', true], ['imo', '9187628', false], ['imo', '9051648', true],
    ['lei', '529900T8BM49AURSDO55', true], ['lei', '529900T8BM49AURSDO56', false],
    ['swift_bic', 'DEUTDEFF', true], ['swift_bic', 'DEUTDEFF500', true], ['swift_bic', 'DEUT1EFF', false],
    ['inn', '7707083893', true], ['inn', '7707083894', false], ['inn', '500100732259', true],
    ['ogrn', '1027700132195', true], ['ogrn', '1027700132196', false],
    ['mmsi', '273123456', true], ['mmsi', '27312345', false],
    ['passport', '717637093', undefined],
  ])('when a %s %s is checked by its standard, then it is %s', (type, value, ok) => {
    expect(identifierValid(type, value)).toBe(ok);
  });
});

const listed = (over: Partial<CanonicalEntity>): CanonicalEntity =>
  ListEntitySchema.parse({ id: `t:${over.sourceId}`, source: 'custom', sourceId: '1', type: 'organization', name: 'x', ...over });

describe('identifier-led queries', () => {
  const index = buildIndex(
    [
      listed({ sourceId: '1', type: 'vessel', name: 'PARSHAN', identifiers: [{ type: 'imo', value: '9051648' }] }),
      listed({ sourceId: '2', name: 'SBERBANK', identifiers: [{ type: 'SWIFT/BIC', value: 'SABRRUMM' }] }),
      listed({ sourceId: '3', type: 'person', name: 'Some Hacker', identifiers: [{ type: 'crypto', value: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' }] }),
      listed({ sourceId: '4', name: 'Front Trading LLC', identifiers: [{ type: 'phone', value: '+971 4 123 4567' }] }),
    ],
    { source: 'custom', version: 'v1' },
  );
  const q = (e: unknown) => EntityInputSchema.parse(e) as Parameters<typeof screen>[0];
  const opts = { threshold: 0.77, limit: 5 };

  it('when only an IMO number is given, then the vessel is a strong match on the identifier, and the explanation says which', () => {
    const [top] = screen(q({ identifiers: [{ type: 'imo', value: 'IMO 9051648' }] }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'PARSHAN' }, match: true, band: 'strong', matchedOn: 'identifier' });
    expect(top!.score).toBeGreaterThanOrEqual(0.97);
    expect(top!.explanation.text).toMatch(/^identifier hit: IMO number IMO 9051648 equals the listed one/);
  });

  it('when a BIC11 with the head-office branch XXX is given, then the BIC8-listed bank is found', () => {
    const [top] = screen(q({ identifiers: [{ type: 'bic', value: 'SABRRUMMXXX' }] }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'SBERBANK' }, band: 'strong', matchedOn: 'identifier' });
  });

  it('when a FtM query gives only a crypto wallet, then its holder is found', () => {
    const [top] = screen(q({ schema: 'LegalEntity', properties: { cryptoWallet: ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'] } }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'Some Hacker' }, band: 'strong', matchedOn: 'identifier' });
  });

  it('when only a listed phone number is given, then it is a potential match (phones are shared), never strong', () => {
    const [top] = screen(q({ identifiers: [{ type: 'phone', value: '04 123 4567', country: 'AE' }] }), index, opts);
    expect(top).toMatchObject({ entity: { name: 'Front Trading LLC' }, match: true, band: 'potential', matchedOn: 'identifier' });
  });

  it('when the identifier is not listed, then nothing comes back', () => {
    expect(screen(q({ identifiers: [{ type: 'imo', value: '9187629' }] }), index, opts)).toEqual([]);
  });

  it('when the name matches but a different IMO number is given, then the score drops below the match', () => {
    const same = compare(q({ name: 'PARSHAN', type: 'vessel' }), q({ name: 'PARSHAN', type: 'vessel', identifiers: [{ type: 'imo', value: '9051648' }] }), 0.77);
    const other = compare(q({ name: 'PARSHAN', type: 'vessel', identifiers: [{ type: 'imo', value: '9187629' }] }), q({ name: 'PARSHAN', type: 'vessel', identifiers: [{ type: 'imo', value: '9051648' }] }), 0.77);
    expect(other.score).toBeLessThan(same.score - 0.2);
    expect(other.match).toBe(false);
    expect(other.explanation.text).toMatch(/IMO number 9187629 differs from the listed 9051648/);
  });

  it('when compare is given two entities without names but the same LEI, then they match on the identifier', () => {
    const r = compare(q({ identifiers: [{ type: 'lei', value: '529900T8BM49AURSDO55' }] }), q({ identifiers: [{ type: 'lei', value: '529900t8bm49aursdo55' }] }), 0.77);
    expect(r).toMatchObject({ match: true, band: 'strong', matchedOn: 'identifier' });
  });

  it('when an identifier fails its check digits, then it still matches and the explanation notes it', () => {
    const ix = buildIndex([listed({ sourceId: '9', type: 'vessel', name: 'X', identifiers: [{ type: 'imo', value: '9187628' }] })], { source: 'custom', version: 'v1' });
    const [top] = screen(q({ identifiers: [{ type: 'imo', value: '9187628' }] }), ix, opts);
    expect(top!.explanation.text).toMatch(/check digits do not verify/);
  });
});
