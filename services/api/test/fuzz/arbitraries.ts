import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/** A JSON Schema (OpenAPI 3.1) node as zod-to-openapi writes it. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | Schema;
};

/** Names that reach real list entries (so that generated requests do matching work, not only validation). */
const NAMES = ['Evgeny Prigozhin', 'Wagner Group', 'Rosoboronexport', 'Banco Nacional de Cuba', 'Mahan Air', 'Kim Jong Un', 'Ivan Maslov', 'OOO Sertal', 'Acme Coffee Roasters', 'Dmitry Yuryevich Khoroshev', 'Islamic Revolutionary Guard Corps'];
const COUNTRIES = ['RU', 'IR', 'KP', 'US', 'DE', 'ML', 'AE', 'CN', 'XX', 'ZZ', 'Russia', 'Korea, North'];

/** Text that has hurt matchers and parsers: backtracking bait, unicode edge cases, repeated tokens, formula prefixes. */
export function hostileText(max: number): fc.Arbitrary<string> {
  const cap = (s: string) => s.slice(0, Math.max(1, max));
  // mostly short (cheap to generate and send), sometimes up to the limits
  const n = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: Math.max(1, Math.min(max, 300)) }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: Math.max(1, Math.min(max, 20_000)) }) });
  return fc
    .oneof(
      n.map((k) => `a,b${' '.repeat(k)},,`),
      n.map((k) => 'ivan '.repeat(Math.ceil(k / 5))),
      fc.tuple(fc.constantFrom(...NAMES), n).map(([w, k]) => `${w} `.repeat(Math.max(1, Math.ceil(k / (w.length + 1))))),
      n.map((k) => 'e\u0301'.repeat(Math.ceil(k / 2))),
      n.map((k) => '('.repeat(k)),
      n.map((k) => ', '.repeat(Math.ceil(k / 2))),
      n.map((k) => '-'.repeat(k) + '!'),
      n.map((k) => 'a'.repeat(k) + '\u0000'),
      n.map((k) => `${'Aa1 '.repeat(Math.ceil(k / 4))}LLC`),
      n.map((k) => '\uD800'.repeat(Math.min(k, 50))),
      fc.constantFrom(
        '\u202Egnihtemos',
        '\u200B\u200C\u200D\uFEFF',
        '＝cmd|/c calc!A1',
        ' =HYPERLINK("x")',
        '+1-2',
        '@SUM(A1)',
        '👨‍👩‍👧‍👦🏳️‍🌈',
        'Ｅｖｇｅｎｙ　Ｐｒｉｇｏｚｈｉｎ',
        'Евгений Пригожин',
        '普京',
        'محمد',
        'İıŞşĞğ',
        'ß'.repeat(40),
        '__proto__',
        'constructor',
        'NaN',
        '../../etc/passwd',
        '%00%E0%A4%A',
        '\\u0000',
        '$&$1$`',
        '<script>alert(1)</script>',
        '\r\n\r\n',
        '"\'`',
        'SURNAME, Given, , ,',
      ),
      fc.string({ unit: 'binary', maxLength: 64 }),
      fc.string({ unit: 'grapheme', maxLength: 64 }),
    )
    .map(cap);
}

/** Values of the wrong type for anything. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -0, 1e308, -1e308, 0.5, '', [], {}, [[[]]], { '': '' }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

interface Ctx {
  resolve: (ref: string) => Schema;
  /** weight of a hostile value at each node (0: only schema-shaped values) */
  hostile: number;
}

function stringArb(s: Schema, ctx: Ctx, name: string): fc.Arbitrary<string> {
  const max = s.maxLength ?? 200;
  const min = s.minLength ?? 0;
  const fit = (a: fc.Arbitrary<string>) => a.filter((v) => v.length >= min && v.length <= max);
  if (s.format === 'date' || /date|since/i.test(name) || name === 'at') {
    return fc.oneof({ weight: 20, arbitrary: fc.constantFrom('2023-04-15', '2023', '2023-04', '15 Apr 2023', '16.07.1969', '1969-07-16') }, fc.constantFrom('1965-02-30', '0000-00-00', '9999-12-31', '2023-13-01', 'yesterday'));
  }
  if (/currency/i.test(name)) return fc.constantFrom('USD', 'EUR', 'RUB', 'usd', 'XXX');
  if (/^hs/i.test(name)) return fc.constantFrom('930690', '880622', '090121', '8471', '85', '847130', '9306');
  if (s.format === 'uri' || /url/i.test(name)) return fc.constantFrom('https://example.com/hook', 'http://127.0.0.1:6379/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'file:///etc/passwd', 'gopher://x', 'https://user:pw@example.com', 'not a url');
  if (s.pattern) {
    try {
      return fit(fc.stringMatching(new RegExp(s.pattern), { size: 'small' }));
    } catch {
      // a pattern fast-check cannot generate from: plain strings below
    }
  }
  const len = { minLength: Math.min(min, max), maxLength: Math.max(Math.min(min, max), Math.min(max, 40)) };
  const arbs: fc.Arbitrary<string>[] = [fit(fc.string(len)), fit(fc.string({ unit: 'grapheme', ...len })), hostileText(max).filter((v) => v.length >= min)];
  if (/name|alias|party|payer|endUser|consignee|buyer|seller|text|query/i.test(name)) arbs.push(fit(fc.constantFrom(...NAMES)), fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 50 }).map((a) => a.join(' ').slice(0, max)));
  if (/country|destination|nationality|jurisdiction/i.test(name)) arbs.push(fit(fc.constantFrom(...COUNTRIES)));
  return fc.oneof(...arbs);
}

/** An arbitrary value for a JSON schema: schema-shaped, with hostile values at a rate of `ctx.hostile` per node. */
export function fromSchema(schema: Schema, ctx: Ctx, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = schema.$ref ? ctx.resolve(schema.$ref) : schema;
  const shaped = shapedArb(s, ctx, name, depth);
  if (!ctx.hostile) return shaped;
  return fc.oneof({ weight: 40, arbitrary: shaped }, { weight: ctx.hostile, arbitrary: fc.oneof(wrongType, hostileText((s.maxLength ?? 5000) * 2)) });
}

function shapedArb(s: Schema, ctx: Ctx, name: string, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => fromSchema(a, ctx, name, depth + 1)));
  if (s.allOf?.length) return fromSchema(s.allOf[0]!, ctx, name, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : ['string'];
  const one = (t: string): fc.Arbitrary<unknown> => {
    switch (t) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: Math.max(s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1e6), -(2 ** 31)), max: Math.min(s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1e6), 2 ** 31 - 1) });
      case 'number':
        return fc.double({ min: s.minimum ?? s.exclusiveMinimum ?? -1e6, max: s.maximum ?? s.exclusiveMaximum ?? 1e6, noNaN: true, minExcluded: s.minimum === undefined && s.exclusiveMinimum !== undefined, maxExcluded: s.maximum === undefined && s.exclusiveMaximum !== undefined });
      case 'array': {
        if (depth > 6 || !s.items) return fc.constant([]);
        const maxLength = Math.min(s.maxItems ?? 4, 4);
        return fc.array(fromSchema(s.items, ctx, name, depth + 1), { minLength: Math.min(s.minItems ?? 0, maxLength), maxLength });
      }
      case 'object': {
        if (depth > 6) return fc.constant({});
        const props = s.properties ?? {};
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(props)) record[k] = fromSchema(v, ctx, k, depth + 1);
        return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
      }
      default:
        return stringArb(s, ctx, name);
    }
  };
  return types.length === 1 ? one(types[0]!) : fc.oneof(...types.map(one));
}

/** A raw request body text that is not a JSON value of the route's shape. */
export const hostileJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '{"entity":{"name":"x"}'.repeat(n)),
  fc.constantFrom('', '{', '{"a":}', 'null', 'true', '"x"', '1e999999', '\uFEFF{}', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '{"a":1,"a":2}', '[]', '{"entity":null}', 'NaN'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
);

/** CSV bytes with the shapes that trip parsers: BOM, odd quoting, lone CR, NUL, huge or many header cells, formula cells. */
export const csvBody: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.oneof(
      { weight: 6, arbitrary: fc.subarray(['name', 'type', 'country', 'reference', 'role', 'aliases', 'identifiers', 'date_of_birth', 'address', 'hs_codes', 'destination', 'customer_id'], { minLength: 1 }).map((h) => (h.includes('name') ? h : ['name', ...h])) },
      { weight: 1, arbitrary: fc.integer({ min: 150, max: 400 }).map((n) => ['name', ...Array.from({ length: n }, (_, i) => `c${i}`)]) },
      { weight: 1, arbitrary: fc.integer({ min: 1000, max: 30_000 }).map((n) => ['name', 'x'.repeat(n)]) },
      { weight: 1, arbitrary: fc.array(hostileText(100), { minLength: 1, maxLength: 5 }) },
    ),
    rows: fc.array(fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...COUNTRIES), hostileText(3000), fc.constantFrom('"unclosed', 'in"side', '"dou""bled"', '"multi\nline"', '=cmd|calc', '', 'buyer', 'end_user', 'PO-1', 'imo:9187629;inn:7707083893')), { maxLength: 14 }), { maxLength: 12 }),
  })
  .map(({ bom, delimiter, eol, header, rows }) => {
    const line = (cells: string[]) => cells.map((c) => (/^"/.test(c) ? c : c.includes(delimiter) || c.includes('\n') ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
    return (bom ? '\uFEFF' : '') + [line(header), ...rows.map(line)].join(eol) + eol;
  });

/** Bodies that ask for gzip decoding: a bomb (tens of MB of zeros), gzip of garbage, and bytes that only claim to be gzip. */
let bomb: Buffer | undefined;
export function gzipBomb(): Buffer {
  return (bomb ??= gzipSync(Buffer.alloc(64 * 2 ** 20, 0x20), { level: 9 }));
}
export const gzipBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constant(null).map(() => gzipBomb()),
  fc.json().map((j) => gzipSync(Buffer.from(j))),
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
);
