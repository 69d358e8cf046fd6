import { jsonBody } from './absent';
import { AddressSchema, CountryCodeSchema, EntityTypeSchema, IdentifierSchema, ListVersionSchema, PartialDateSchema } from './domain';
import { MatchSchema } from './match';
import { normalizeRole } from './roles';
import { z } from './zod';

export const PartyRoleSchema = z.enum([
  'seller',
  'exporter',
  'buyer',
  'consignee',
  'intermediate_consignee',
  'ultimate_consignee',
  'end_user',
  'freight_forwarder',
  'carrier',
  'broker',
  'notify_party',
  'payer',
  'bank',
  /** a party screened on its own, outside a shipment (bulk rows without a reference) */
  'counterparty',
]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

export const OwnerSchema = z.object({
  name: z.string().trim().min(1).max(500),
  /** percentage 0..100; absent when unknown */
  share: z.number().min(0).max(100).optional(),
  type: EntityTypeSchema.optional(),
  country: CountryCodeSchema.optional(),
});

/** One earlier shipment of a party (its trade history): what, where to, for whom, how much. */
export const TradeRecordSchema = z
  .object({
    date: PartialDateSchema,
    destination: CountryCodeSchema.optional().describe('country the goods went to'),
    consignee: z.string().max(500).optional(),
    endUser: z.string().max(500).optional(),
    hsCodes: z.array(z.string().trim().regex(/^[0-9.\s]{2,14}$/, 'expected an HS code of digits')).max(50).default([]),
    quantity: z.number().nonnegative().optional(),
    value: z.number().nonnegative().optional(),
    currency: z.string().length(3).optional(),
    /** the order or shipment reference: records with the request's own reference are the same shipment, not history */
    reference: z.string().max(200).optional(),
    /** the service's own record of an earlier screening (set by the service, not by clients) */
    screeningId: z.string().max(100).optional(),
  })
  .openapi('TradeRecord');
export type TradeRecord = z.infer<typeof TradeRecordSchema>;

export const PartySchema = z
  .object({
    role: z.preprocess(normalizeRole, PartyRoleSchema).describe('a catalogue role; common synonyms (shipper, importer, forwarder, notify, ship-to, …) are mapped'),
    name: z.string().trim().min(1, 'name must not be empty').max(500),
    type: EntityTypeSchema.default('unknown'),
    aliases: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
    country: CountryCodeSchema.optional(),
    address: z.union([z.string().max(1000), AddressSchema]).optional(),
    dateOfBirth: PartialDateSchema.optional(),
    identifiers: z.array(IdentifierSchema).max(50).default([]),
    incorporationDate: PartialDateSchema.optional(),
    isStateBody: z.boolean().optional(),
    website: z.string().max(500).optional(),
    email: z.string().max(320).optional(),
    phone: z.string().max(50).optional(),
    industry: z.string().max(200).optional(),
    owners: z.array(OwnerSchema).max(50).optional(),
    ipCountry: CountryCodeSchema.optional().describe("country the party's orders came from by IP geolocation (rules B1, D4)"),
    customerSince: PartialDateSchema.optional().describe('first business with this party (rule D7)'),
    firstOrder: z.boolean().optional().describe("this is the party's first order with the exporter (rule D8)"),
    history: z.array(TradeRecordSchema).max(200).optional().describe("the party's recent trade (rules D6, G2); the service adds its own earlier screenings of the same party per tenant"),
  })
  .openapi('Party');
export type Party = z.infer<typeof PartySchema>;

export const GoodsSchema = z
  .object({
    hsCode: z.string().trim().regex(/^[0-9.\s]{2,14}$/, 'expected an HS code of digits').optional(),
    description: z.string().max(2000).optional(),
    eccn: z.string().max(20).optional(),
    usmlCategory: z.string().max(20).optional(),
    quantity: z.number().nonnegative().optional(),
    unit: z.string().max(20).optional(),
    value: z.number().nonnegative().optional(),
    currency: z.string().length(3).optional(),
    originCountry: CountryCodeSchema.optional(),
    usualQuantity: z.number().nonnegative().optional().describe("the buyer's usual (historic) quantity of this item per order (rules C7, E4)"),
    referenceUnitValue: z.number().positive().optional().describe('a reference price per unit in the same currency, e.g. from customs statistics (rule C7)'),
    usContentPercent: z.number().min(0).max(100).optional().describe('share of controlled US-origin content by value, in percent (rule C10, de minimis)'),
  })
  .openapi('Goods');
export type Goods = z.infer<typeof GoodsSchema>;

export const RouteLegSchema = z.object({
  country: CountryCodeSchema,
  port: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  transshipment: z.boolean().optional(),
  freeTradeZone: z.boolean().optional(),
  mode: z.enum(['sea', 'air', 'charter_air', 'road', 'rail', 'post', 'courier', 'pipeline', 'other']).optional(),
  changedAfterBooking: z.boolean().optional().describe('the leg was added or changed after booking (rule B9)'),
});

export const EndUseSchema = z.object({
  endUser: z.string().max(500).optional(),
  statementRefused: z.boolean().optional().describe('the customer declined to give an end-use statement (rule E10)'),
  statement: z.string().max(5000).optional(),
  certificate: z
    .object({
      issuer: z.string().max(500).optional(),
      issuingCountry: CountryCodeSchema.optional(),
      reference: z.string().max(200).optional(),
      issueDate: PartialDateSchema.optional(),
      expiryDate: PartialDateSchema.nullable().optional(),
      reexportClause: z.boolean().optional(),
      deliveryVerification: z.boolean().optional(),
      signatory: z.string().max(500).optional(),
    })
    .optional(),
});

export const ChangeEventSchema = z.object({
  field: z.enum(['consignee', 'ultimate_consignee', 'end_user', 'destination', 'route', 'payer', 'payment_method']),
  at: PartialDateSchema.optional(),
  from: z.string().max(500).optional(),
  to: z.string().max(500).optional(),
  /** country before/after the change, when the change moves goods or funds */
  fromCountry: CountryCodeSchema.optional(),
  toCountry: CountryCodeSchema.optional(),
  afterScreening: z.boolean().optional(),
});

export const ConductSchema = z.object({
  declinedInstallation: z.boolean().optional(),
  declinedTraining: z.boolean().optional(),
  declinedWarranty: z.boolean().optional(),
  vagueDeliveryDates: z.boolean().optional(),
  evasiveAboutEndUse: z.boolean().optional(),
  unfamiliarWithProduct: z.boolean().optional(),
});

export const ScreeningOptionsSchema = z.object({
  threshold: z.number().min(0).max(1).optional(),
  lists: z.array(z.string().min(1).max(140)).max(20).optional(),
  limit: z.number().int().min(1).max(50).default(5),
});

export const ScreeningRequestSchema = jsonBody(
  z
  .object({
    reference: z.string().max(200).optional(),
    transactionDate: PartialDateSchema.optional(),
    parties: z.array(PartySchema).min(1, 'at least one party is required').max(100),
    goods: z.array(GoodsSchema).max(500).default([]),
    route: z.array(RouteLegSchema).max(50).default([]),
    declaredDestination: CountryCodeSchema.optional(),
    invoiceShipTo: CountryCodeSchema.optional(),
    exporterJurisdictions: z.array(CountryCodeSchema.or(z.literal('EU'))).max(10).optional(),
    endUse: EndUseSchema.optional(),
    payment: z
      .object({
        payer: z.string().max(500).optional(),
        payerCountry: CountryCodeSchema.optional(),
        method: z.string().max(50).optional(),
        currency: z.string().max(3).optional(),
        bankCountries: z.array(CountryCodeSchema).max(10).optional(),
        disclosedFinancing: z.boolean().optional().describe('the payer is a disclosed financing party (bank, export-credit agency, parent), not an unexplained third party (rule F1)'),
        lcConsignedToBank: z.boolean().optional().describe('the letter of credit consigns the goods to the issuing bank (rule E7)'),
        payers: z
          .array(z.object({ name: z.string().trim().min(1).max(500), country: CountryCodeSchema.optional() }))
          .max(20)
          .optional()
          .describe('every party that paid (part of) the order, when more than one (rule F6)'),
      })
      .optional(),
    contract: z
      .object({
        noRussiaClause: z.boolean().optional(),
        signedDate: PartialDateSchema.optional(),
        riskAssessmentReference: z.string().max(200).optional().describe('reference of the documented Art. 12gb CHP risk assessment (rule C4)'),
      })
      .optional(),
    events: z.array(ChangeEventSchema).max(100).optional().describe('changes after the order or after a previous screening (rules G1, F4); absent = unknown, [] = none'),
    conduct: ConductSchema.optional().describe('what the sales process observed about the customer (rule E8)'),
    options: ScreeningOptionsSchema.default({ limit: 5 }),
    monitor: z.boolean().optional(),
  })
  )
  .openapi('ScreeningRequest');
export type ScreeningRequest = z.infer<typeof ScreeningRequestSchema>;

export const SeveritySchema = z.enum(['info', 'low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FlagSchema = z
  .object({
    ruleId: z.string(),
    code: z.string(),
    severity: SeveritySchema,
    message: z.string(),
    parties: z.array(z.number().int()),
    evidence: z.record(z.string(), z.unknown()),
  })
  .openapi('Flag');
export type Flag = z.infer<typeof FlagSchema>;

export const DecisionSchema = z.enum(['clear', 'review', 'block']);
export type Decision = z.infer<typeof DecisionSchema>;
export const RiskLevelSchema = z.enum(['none', 'low', 'medium', 'high', 'critical']);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

export const ScreenedPartySchema = z.object({
  index: z.number().int(),
  role: PartyRoleSchema,
  name: z.string(),
  /** stable hash of the party's normalised screened data (see README "Party fingerprint") */
  fingerprint: z.string().optional(),
  matches: z.array(MatchSchema),
});

export const NotEvaluatedSchema = z.object({ ruleId: z.string(), reason: z.string() });

export const ScreeningResultSchema = z
  .object({
    id: z.string(),
    reference: z.string().optional(),
    decision: DecisionSchema,
    riskLevel: RiskLevelSchema,
    flags: z.array(FlagSchema),
    parties: z.array(ScreenedPartySchema),
    notEvaluated: z.array(NotEvaluatedSchema),
    lists: z.array(ListVersionSchema),
    tables: z
      .object({ version: z.string(), asOf: z.string().optional() })
      .describe('version of the reference tables and the day (transactionDate, else the screening day) whose rows applied'),
    algorithm: z.string(),
    screenedAt: z.string(),
    explanation: z.string().optional(),
  })
  .openapi('ScreeningResult');
export type ScreeningResult = z.infer<typeof ScreeningResultSchema>;

export const ScreeningAcceptedSchema = z
  .object({ id: z.string(), status: z.enum(['queued', 'running']) })
  .openapi('ScreeningAccepted');
