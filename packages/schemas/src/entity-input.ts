import { AddressSchema, CountryCodeSchema, EntityTypeSchema, IdentifierSchema, PartialDateSchema } from './domain';
import { z } from './zod';

const NameSchema = z.string().trim().min(1, 'name must not be empty').max(500);

/** The project's own entity shape (query side). */
export const OwnEntityInputSchema = z
  .object({
    name: NameSchema,
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
  .strict();

const FtmSchemaName = z.enum(['Thing', 'LegalEntity', 'Person', 'Company', 'Organization', 'Vessel', 'Airplane', 'PublicBody']);

/** FollowTheMoney-style entity: `{ schema, properties: { name: [...] } }`. */
export const FtmEntityInputSchema = z.object({
  schema: FtmSchemaName,
  properties: z.record(z.string(), z.array(z.string().max(1000)).max(100)),
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

const ftmIdentifierProps: Record<string, string> = {
  imoNumber: 'imo',
  innCode: 'inn',
  ogrnCode: 'ogrn',
  leiCode: 'lei',
  passportNumber: 'passport',
  registrationNumber: 'registration',
  taxNumber: 'tax',
  swiftBic: 'bic',
  idNumber: 'national_id',
  vatCode: 'vat',
  mmsi: 'mmsi',
};

/** Maps a FtM entity to the project's own shape; fails when it has no name. */
export function ftmToOwn(input: FtmEntityInput, ctx: z.RefinementCtx): z.input<typeof OwnEntityInputSchema> {
  const p = input.properties;
  const names = [...(p.name ?? [])];
  if (names.length === 0 && (p.firstName?.length || p.lastName?.length)) {
    names.push([p.firstName?.[0], p.lastName?.[0]].filter(Boolean).join(' '));
  }
  const [name, ...rest] = names;
  if (!name) {
    ctx.addIssue({ code: 'custom', path: ['properties', 'name'], message: 'a FtM entity needs at least one name' });
    return z.NEVER;
  }
  const countries = [...(p.country ?? []), ...(p.jurisdiction ?? []), ...(p.nationality ?? []), ...(p.citizenship ?? [])]
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
  const identifiers = Object.entries(ftmIdentifierProps).flatMap(([prop, type]) =>
    (p[prop] ?? []).map((value) => ({ type, value })),
  );
  const out: z.input<typeof OwnEntityInputSchema> = {
    name,
    type: ftmType[input.schema],
    aliases: [...rest, ...(p.alias ?? []), ...(p.previousName ?? []), ...(p.weakAlias ?? [])],
    countries: [...new Set(countries)],
    identifiers,
  };
  const dob = p.birthDate?.[0] ?? p.incorporationDate?.[0];
  if (dob && /^\d{4}(-\d{2}(-\d{2})?)?/.test(dob)) out.dateOfBirth = dob.slice(0, 10);
  if (p.address?.[0]) out.address = p.address[0];
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
  .preprocess((v, ctx) => {
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
