import { withoutNulls } from './absent';
import { normaliseDate } from './dates';
import { AddressSchema, CountryCodeSchema, EntityTypeSchema, IdentifierSchema, PartialDateSchema } from './domain';
import { z } from './zod';

const NameSchema = z.string().trim().min(1, 'name must not be empty').max(500);

/** The project's own entity shape (query side). `name` is optional when an identifier or an address is given. */
export const OwnEntityInputSchema = z
  .object({
    name: NameSchema.optional(),
    type: EntityTypeSchema.default('unknown'),
    aliases: z.array(NameSchema).max(50).default([]),
    country: CountryCodeSchema.optional(),
    countries: z.array(CountryCodeSchema).max(250).default([]),
    nationality: CountryCodeSchema.optional(),
    dateOfBirth: PartialDateSchema.optional(),
    gender: z.enum(['male', 'female']).optional(),
    address: z.union([z.string().max(1000), AddressSchema]).optional(),
    identifiers: z.array(IdentifierSchema).max(50).default([]),
    /** where the entity comes from (e.g. a list entity id such as "us_ofac_sdn:11186"); informational, not scored */
    source: z.string().max(200).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.name === undefined && e.aliases.length === 0 && e.identifiers.length === 0 && !hasAddress(e.address))
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'give a name, an identifier or an address' });
  });

function hasAddress(a: string | z.infer<typeof AddressSchema> | undefined): boolean {
  if (typeof a === 'string') return a.trim().length > 0;
  return !!a && Object.values(a).some((v) => typeof v === 'string' && v.trim().length > 0);
}

const FtmSchemaName = z.enum(['Thing', 'LegalEntity', 'Person', 'Company', 'Organization', 'Vessel', 'Airplane', 'PublicBody']);

/** A FtM property value list; a single value is taken as a list of one, numbers as text, anything else is ignored. */
const FtmValuesSchema = z.unknown().transform((v): string[] =>
  (Array.isArray(v) ? v : [v])
    .filter((x): x is string | number => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)))
    .map((x) => String(x).slice(0, 1000))
    .slice(0, 100),
);

/**
 * FollowTheMoney-style entity: `{ schema, properties: { name: [...] } }`. Properties the service does not use are
 * ignored (never rejected), whatever their values; other top-level fields (caption, datasets, …) are dropped.
 */
export const FtmEntityInputSchema = z.object({
  schema: FtmSchemaName,
  properties: z.record(z.string(), FtmValuesSchema).openapi({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }),
  id: z.string().optional(),
});
export type FtmEntityInput = z.infer<typeof FtmEntityInputSchema>;

const ftmType: Record<z.infer<typeof FtmSchemaName>, z.infer<typeof EntityTypeSchema>> = {
  Thing: 'unknown',
  LegalEntity: 'unknown',
  Person: 'person',
  Company: 'organization',
  Organization: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** FtM identifier properties (followthemoney/schema/*.yaml: LegalEntity, Company, Person, Vessel, CryptoWallet) → identifier types. */
export const FTM_IDENTIFIER_PROPS: Readonly<Record<string, string>> = {
  imoNumber: 'imo',
  mmsi: 'mmsi',
  innCode: 'inn',
  ogrnCode: 'ogrn',
  leiCode: 'lei',
  swiftBic: 'swift_bic',
  bikCode: 'registration',
  passportNumber: 'passport',
  idNumber: 'national_id',
  registrationNumber: 'registration',
  taxNumber: 'tax',
  vatCode: 'vat',
  email: 'email',
  phone: 'phone',
  publicKey: 'crypto',
  cryptoWallet: 'crypto',
  cryptoWalletAddress: 'crypto',
  isinCode: 'isin',
  website: 'website',
};

/** Maps a FtM entity to the project's own shape; fails when it has no name, no identifier and no address. */
export function ftmToOwn(input: FtmEntityInput, ctx: z.RefinementCtx): z.input<typeof OwnEntityInputSchema> {
  const p = input.properties;
  const names = [...(p.name ?? [])];
  if (names.length === 0 && (p.firstName?.length || p.lastName?.length)) {
    names.push([p.firstName?.[0], p.middleName?.[0], p.lastName?.[0]].filter(Boolean).join(' '));
  }
  const [name, ...rest] = names.map((n) => n.trim()).filter(Boolean);
  const address = p.address?.find((a) => a.trim());
  const identifiers = Object.entries(FTM_IDENTIFIER_PROPS).flatMap(([prop, type]) =>
    (p[prop] ?? []).filter((v) => v.trim()).map((value) => ({ type, value: value.slice(0, 200) })),
  );
  if (!name && identifiers.length === 0 && !address) {
    ctx.addIssue({ code: 'custom', path: ['properties', 'name'], message: 'a FtM entity needs a name, an identifier or an address' });
    return z.NEVER;
  }
  const countries = [...(p.country ?? []), ...(p.jurisdiction ?? []), ...(p.nationality ?? []), ...(p.citizenship ?? [])]
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
  const out: z.input<typeof OwnEntityInputSchema> = {
    ...(name ? { name } : {}),
    type: ftmType[input.schema],
    aliases: [...new Set([...rest, ...(p.alias ?? []), ...(p.previousName ?? []), ...(p.weakAlias ?? [])].map((a) => a.trim().slice(0, 500)).filter(Boolean))].slice(0, 50),
    countries: [...new Set(countries)],
    identifiers: identifiers.slice(0, 50),
  };
  const dob = [...(p.birthDate ?? []), ...(p.incorporationDate ?? [])].map(normaliseDate).find(Boolean);
  if (dob) out.dateOfBirth = dob;
  if (address) out.address = address;
  const gender = p.gender?.[0]?.toLowerCase();
  if (gender === 'male' || gender === 'female') out.gender = gender;
  return out;
}

function isFtm(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'schema' in v && 'properties' in v;
}

/**
 * An entity to screen: the project's own shape or a FtM-style object (`{ schema, properties }`); both end
 * up in the own shape, and errors name the fields of the shape that was sent.
 */
export const EntityInputSchema = z
  .preprocess((raw, ctx) => {
    const v = withoutNulls(raw);
    if (!isFtm(v)) return v;
    const ftm = FtmEntityInputSchema.safeParse(v);
    if (!ftm.success) {
      for (const i of ftm.error.issues) ctx.addIssue({ code: 'custom', path: i.path as (string | number)[], message: i.message });
      return z.NEVER;
    }
    return ftmToOwn(ftm.data, ctx);
  }, OwnEntityInputSchema)
  .openapi('Entity', {
    description: 'An entity to screen, in the project shape or FtM style ({ schema, properties }).',
    example: { name: 'Evgeny Prigozhin', type: 'person', country: 'RU', dateOfBirth: '1961-06-01' },
  });
export type EntityInput = z.output<typeof OwnEntityInputSchema>;

/** A label for an entity to show where a name is expected: its name, else an alias, an identifier or the address. */
export function entityLabel(e: EntityInput): string {
  const id = e.identifiers[0];
  const address = typeof e.address === 'string' ? e.address : e.address && Object.values(e.address).filter(Boolean).join(', ');
  return e.name ?? e.aliases[0] ?? (id ? `${id.type} ${id.value}` : (address || ''));
}
