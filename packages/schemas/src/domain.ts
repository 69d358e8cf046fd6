import { normaliseDate } from './dates';
import { canonicalIdentifierType } from './identifier-types';
import { z } from './zod';

/** ISO 3166-1 alpha-2 country code, upper-cased on input. */
export const CountryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code')
  .transform((s) => s.toUpperCase());

/**
 * A date, full or partial, normalised to YYYY, YYYY-MM or YYYY-MM-DD. Accepts the forms clients send (`1969-7-16`,
 * `16 Jul 1969`, `July 16, 1969`, `16.07.1969`, `1969-07`, `1969`, …; see dates.ts); only what is not a date fails.
 */
export const PartialDateSchema = z
  .string()
  .max(100)
  .transform((s, ctx) => {
    const d = normaliseDate(s);
    if (d === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected a date such as 1969-07-16, 16 Jul 1969, 16.07.1969, 1969-07 or 1969' });
      return z.NEVER;
    }
    return d;
  })
  .openapi({ type: 'string', example: '1969-07-16', description: 'YYYY, YYYY-MM or YYYY-MM-DD; unpadded and written forms (16 Jul 1969) are accepted' });

export const EntityTypeSchema = z.enum(['person', 'organization', 'vessel', 'aircraft', 'unknown']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const SourceIdSchema = z.enum([
  'us_ofac_sdn',
  'us_ofac_cons',
  'us_trade_csl',
  'us_bis_dpl',
  'un_sc',
  'eu_fsf',
  'gb_fcdo',
  'ftm',
  'custom',
  'sample',
]);
export type SourceId = z.infer<typeof SourceIdSchema>;

export const IdentifierSchema = z.object({
  /** imo, mmsi, swift_bic, lei, inn, ogrn, passport, national_id, registration, tax, email, phone, crypto, …; synonyms (bic, swift, wallet, …) are mapped */
  type: z.string().trim().min(1).max(40).transform(canonicalIdentifierType),
  value: z.string().trim().min(1).max(200),
  country: CountryCodeSchema.optional(),
});
export type Identifier = z.infer<typeof IdentifierSchema>;

export const AddressSchema = z.object({
  full: z.string().optional(),
  street: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});
export type Address = z.infer<typeof AddressSchema>;

export const AliasSchema = z.object({
  name: z.string(),
  /** weak aliases (OFAC "weak a.k.a.", UN "low quality") are weighted down by the matcher */
  quality: z.enum(['strong', 'weak']).default('strong'),
  kind: z.string().optional(),
});
export type Alias = z.infer<typeof AliasSchema>;

export const LinkSchema = z.object({
  /** Ownership, Directorship, Family, Associate, UnknownLink, LinkedTo */
  relation: z.string(),
  /** id of the other entity on the same list, when the list gives one */
  targetId: z.string().optional(),
  targetName: z.string().optional(),
  /** the entity is the owner/director/... (subject) or the owned/... (object) */
  direction: z.enum(['outgoing', 'incoming']).default('outgoing'),
  share: z.number().min(0).max(100).optional(),
});
export type Link = z.infer<typeof LinkSchema>;

/**
 * What a list entry legally means (issue 11): `blocking` sanctions (asset freeze / blocking: OFAC SDN, UN, EU FSF, UK asset
 * freeze), `non-blocking` sanctions programmes (specific restrictions only: SSI, NS-CMIC, CAPTA, NS-MBS, FSE, PLC, ISN, 561),
 * `export` restrictions (BIS Entity List, MEU, Unverified List, Denied Persons: a licence question, rule A2), `debarment`
 * (ITAR debarred, procurement debarment) and `other` (PEP, sanction-linked, wanted, counter-sanctions…).
 */
export const ListCategorySchema = z.enum(['blocking', 'non-blocking', 'export', 'debarment', 'other']);
export type ListCategory = z.infer<typeof ListCategorySchema>;

/**
 * The canonical list entity. Every reader maps its source format onto this shape;
 * the matcher and the rules never see a source's own format.
 */
export const ListEntitySchema = z.object({
  id: z.string(),
  source: SourceIdSchema,
  sourceId: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(AliasSchema).default([]),
  programs: z.array(z.string()).default([]),
  /** countries of address, citizenship, nationality, registration, flag */
  countries: z.array(z.string()).default([]),
  nationalities: z.array(z.string()).default([]),
  datesOfBirth: z.array(z.string()).default([]),
  placesOfBirth: z.array(z.string()).default([]),
  gender: z.enum(['male', 'female']).optional(),
  identifiers: z.array(IdentifierSchema).default([]),
  addresses: z.array(AddressSchema).default([]),
  links: z.array(LinkSchema).default([]),
  vessel: z
    .object({
      imo: z.string().optional(),
      callSign: z.string().optional(),
      flag: z.string().optional(),
      type: z.string().optional(),
      tonnage: z.string().optional(),
      owner: z.string().optional(),
    })
    .optional(),
  title: z.string().optional(),
  remarks: z.string().optional(),
  listedOn: z.string().optional(),
  /** list (sub-list) name inside a consolidated source, e.g. CSL "Entity List" */
  subList: z.string().optional(),
  /** legal meaning of the entry, computed by the list readers (several for an entry on several sub-lists) */
  categories: z.array(ListCategorySchema).default([]),
  sourceUrl: z.string().optional(),
});
export type ListEntity = z.input<typeof ListEntitySchema>;
export type CanonicalEntity = z.output<typeof ListEntitySchema>;

export const ListVersionSchema = z
  .object({
    id: SourceIdSchema.or(z.string()),
    version: z.string(),
    entities: z.number().int(),
    names: z.number().int(),
    loadedAt: z.string(),
    publishedAt: z.string().optional(),
    sample: z.boolean().optional(),
  })
  .openapi('ListVersion');
export type ListVersion = z.infer<typeof ListVersionSchema>;
