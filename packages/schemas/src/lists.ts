import { ListCategorySchema, ListEntitySchema, ListVersionSchema } from './domain';
import { OwnEntityInputSchema } from './entity-input';
import { MatchSchema } from './match';
import { z } from './zod';

/** Queues of list handling: refresh (sync + swap), monitoring (re-screening) and alert webhooks. */
export const ListQueueNames = {
  refresh: 'refresh-watchlist',
  monitor: 'monitor',
  alertWebhook: 'alert-webhook',
  /** short list work the API waits for: reading an uploaded custom list, diffing two stored versions */
  task: 'list-task',
} as const;

/** Source ids that have an official publisher download (`pnpm lists:sync`, `POST /v1/lists/refresh` `sync`). */
export const SyncSourceSchema = z.enum(['us_ofac_sdn', 'us_ofac_cons', 'us_trade_csl', 'us_bis_dpl', 'un_sc', 'eu_fsf', 'gb_fcdo']);
export type SyncSource = z.infer<typeof SyncSourceSchema>;

/** Payload of a `refresh-watchlist` job: sync the given sources (or LISTS_SYNC) then make every worker reload. */
export const RefreshJobSchema = z.object({
  kind: z.literal('refresh'),
  reason: z.string().max(200),
  sync: z.array(z.string()).optional(),
});
export type RefreshJob = z.infer<typeof RefreshJobSchema>;

/** Payload of a `monitor` job: re-screen monitored parties against one list change, or against everything. */
/** A re-screening is split into `parts` jobs (parties by a hash of their id) so that every worker process takes a share. */
const PartShape = { part: z.number().int().min(0).optional(), parts: z.number().int().min(1).max(64).optional() };
export const MonitorJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rescreen-changes'), source: z.string(), from: z.string(), to: z.string(), ...PartShape }),
  z.object({ kind: z.literal('rescreen-full'), ...PartShape }),
]);
export type MonitorJob = z.infer<typeof MonitorJobSchema>;

export const AlertWebhookJobSchema = z.object({ tenant: z.string(), alertId: z.string() });
export type AlertWebhookJob = z.infer<typeof AlertWebhookJobSchema>;

/** Where a monitored party came from: a single screening, or a row of a batch. */
export const MonitorOriginSchema = z.object({
  kind: z.enum(['screening', 'batch']),
  id: z.string(),
  /** party index in the screening, or row number in the batch */
  index: z.number().int().nonnegative(),
  reference: z.string().optional(),
  role: z.string().optional(),
});
export type MonitorOrigin = z.infer<typeof MonitorOriginSchema>;

/** A party kept for re-screening: its input only (never results beyond the ids of its current hits). */
export const MonitoredPartySchema = z.object({
  id: z.string(),
  tenant: z.string(),
  origin: MonitorOriginSchema,
  entity: OwnEntityInputSchema,
  since: z.string(),
});
export type MonitoredParty = z.infer<typeof MonitoredPartySchema>;
export type MonitoredPartyInput = z.input<typeof MonitoredPartySchema>;

export const AlertSchema = z
  .object({
    id: z.string(),
    tenant: z.string(),
    kind: z.enum(['new-hit', 'changed-hit']),
    partyId: z.string(),
    partyName: z.string(),
    origin: MonitorOriginSchema,
    match: MatchSchema,
    /** what triggered it: a list change (`source`, `from` → `to`) or the scheduled full re-screening */
    trigger: z.object({ kind: z.enum(['list-change', 'full-rescreen']), source: z.string().optional(), from: z.string().optional(), to: z.string().optional() }),
    createdAt: z.string(),
  })
  .openapi('Alert');
export type Alert = z.infer<typeof AlertSchema>;

export const AlertListSchema = z.object({ alerts: z.array(AlertSchema), next: z.string().optional() }).openapi('AlertList');

export const AlertQuerySchema = z.object({
  since: z.string().datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().regex(/^\d+$/).optional(),
});

const EntityRefSchema = z.object({ id: z.string(), name: z.string(), type: z.string() });

export const ListChangesSchema = z
  .object({
    source: z.string(),
    from: z.string(),
    to: z.string(),
    added: z.array(EntityRefSchema),
    removed: z.array(EntityRefSchema),
    changed: z.array(EntityRefSchema.extend({ fields: z.array(z.string()) })),
    counts: z.object({ added: z.number(), removed: z.number(), changed: z.number(), unchanged: z.number() }),
  })
  .openapi('ListChanges');
export type ListChanges = z.infer<typeof ListChangesSchema>;

export const ListChangesQuerySchema = z.object({
  from: z.string().regex(/^[\w.-]{1,80}$/).optional(),
  to: z.string().regex(/^[\w.-]{1,80}$/).optional(),
});

/** GET /v1/lists entry: the version plus its age and what the last load rejected. */
export const ListStatusSchema = ListVersionSchema.extend({
  ageSeconds: z.number().optional(),
  publishedAgeSeconds: z.number().optional(),
  /** the load report of this version: rows read, entities kept, rows rejected and why (counted) */
  load: z.object({ rows: z.number(), entities: z.number(), rejected: z.number(), reasons: z.record(z.string(), z.number()) }).optional(),
  /** the last failed load or sync of this list (the version above keeps being served) */
  lastError: z.object({ at: z.string(), error: z.string() }).optional(),
}).openapi('ListStatus');

export const CustomListNameSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" and "_" (at most 63)');

/** Query of DELETE /v1/lists/custom/{name}: `scope=deployment` (operator only) names the deployment-wide list. */
export const CustomListDeleteQuerySchema = z.object({ scope: z.enum(['tenant', 'deployment']).optional() }).strict();

/** The stored key of a custom list: `<tenant>.<name>` (a tenant's own list) or `<name>` (deployment-wide); see @screening/queue list-scope. */
export const CustomListKeySchema = z.string().regex(/^(?:[A-Za-z0-9_-]{1,64}\.)?[a-z0-9][a-z0-9_-]{0,62}$/, 'a custom list key: [tenant.]name');

/**
 * Query of PUT /v1/lists/custom/{name}: `category` is what the list legally means for the rules (every entry; without it
 * a CSV `category` column or FtM `topics` decide per entry, else `blocking`); `scope=deployment` (operator only) makes the
 * list serve every tenant, else it belongs to the uploading key's tenant.
 */
export const CustomListUploadQuerySchema = z
  .object({
    category: ListCategorySchema.optional().openapi({ description: 'blocking | non-blocking | export | debarment | other (default: per entry from a CSV `category` column or FtM `topics`, else blocking)' }),
    scope: z.enum(['tenant', 'deployment']).optional().openapi({ description: "tenant (default): the uploading key's tenant only; deployment: every tenant (operator scope)" }),
  })
  .strict();

export const CustomListUploadedSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    /** the category declared at upload (absent: per entry, default blocking) */
    category: ListCategorySchema.optional(),
    /** who screens against it: the uploading tenant, or every tenant */
    scope: z.enum(['tenant', 'deployment']).optional(),
    entities: z.number(),
    rows: z.number(),
    rejected: z.number(),
    reasons: z.record(z.string(), z.number()),
  })
  .openapi('CustomListUploaded');

/**
 * Payload of a `list-task` job (the API waits for its result): `check-custom` reads an upload staged in Redis
 * and answers its load report (`CustomListUploadedSchema`); `diff` compares two versions kept on disk and stores
 * the change (`ListDiffTaskResultSchema`); `entities` answers listed records by id (`ListEntitiesTaskResultSchema`).
 */
export const ListTaskJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('check-custom'), name: CustomListKeySchema, version: z.string().max(80), category: ListCategorySchema.optional() }),
  z.object({ kind: z.literal('diff'), source: z.string().max(100), from: z.string().max(80), to: z.string().max(80) }),
  z.object({ kind: z.literal('entities'), ids: z.array(z.string().min(1).max(300)).min(1).max(50) }),
]);
export type ListTaskJob = z.infer<typeof ListTaskJobSchema>;

/**
 * Result of an `entities` list task (the review app shows a hit beside its listed record): per id asked, the record
 * in the version the worker serves now, or null when that list no longer has it.
 */
export const ListEntitiesTaskResultSchema = z.object({
  entities: z.array(z.object({ version: z.string(), entity: ListEntitySchema }).nullable()),
});
export type ListEntitiesTaskResult = z.infer<typeof ListEntitiesTaskResultSchema>;

/** Result of a `diff` list task: whether the change could be computed (and was stored), else why not. */
export const ListDiffTaskResultSchema = z.object({ found: z.boolean(), reason: z.string().optional() });
export type ListDiffTaskResult = z.infer<typeof ListDiffTaskResultSchema>;

export const RefreshAcceptedSchema = z.object({ jobId: z.string(), status: z.literal('queued') }).openapi('RefreshAccepted');
