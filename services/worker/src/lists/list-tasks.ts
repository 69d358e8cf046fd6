import { existsSync } from 'node:fs';
import type { ListControl } from '@screening/queue';
import type { ErrorCode, Logger } from '@screening/runtime';
import { type CanonicalEntity, CustomListUploadedSchema, type ListCategory, type ListDiffTaskResult, type ListEntitiesTaskResult, type ListTaskJob, ListTaskJobSchema, type z } from '@screening/schemas';
import { diffLists, loadCustomList, loadList } from '@screening/watchlists';
import { type Job, UnrecoverableError } from 'bullmq';

type CustomListUploaded = z.infer<typeof CustomListUploadedSchema>;

/** A request error handed back to the waiting API as the same problem (see the API's run-list-task). */
const problem = (code: ErrorCode, detail: string) => new UnrecoverableError(JSON.stringify({ code, detail }));

/** `check-custom`: reads an upload staged by the API and answers its load report; an unreadable list is a 422. */
async function checkCustom(control: ListControl, name: string, version: string, category?: ListCategory): Promise<CustomListUploaded> {
  const content = await control.stagedCustom(name, version);
  if (content === undefined) throw problem('unavailable', `the upload of custom:${name} (${version}) expired before a worker read it; send it again`);
  let list;
  try {
    list = await loadCustomList(name, content, undefined, category);
  } catch (err) {
    // a reader's own refusal (a plain Error naming the problem) is the client's answer; a runtime error
    // (TypeError, RangeError …) is internal text and never reaches the client
    const own = err instanceof Error && err.constructor === Error;
    throw problem('unprocessable', own ? `the list cannot be read: ${err.message}` : 'the list cannot be read (its content is not in a supported format)');
  }
  // the API named the upload with ListControl's hash: both stamps must agree, or the served version would differ
  if (list.version !== version) throw new UnrecoverableError(`custom:${name}: the API named the upload ${version}, the reader ${list.version}`);
  const { report } = list;
  return CustomListUploadedSchema.parse({ id: list.source, version, ...(category ? { category } : {}), entities: report.entities, rows: report.rows, rejected: report.rejected, reasons: report.reasons });
}

/**
 * `diff`: two versions that were served but are not one step apart. When both are still on disk (synced versions
 * are immutable folders) they are read, compared, and the change is stored for the API to serve. A path whose
 * content changed since is not used.
 */
async function diffStored(control: ListControl, source: string, from: string, to: string): Promise<ListDiffTaskResult> {
  if (source.startsWith('custom:')) return { found: false, reason: 'custom lists keep no earlier version' };
  const history = await control.history(source);
  const a = history.find((h) => h.version === from);
  const b = history.find((h) => h.version === to);
  if (!a || !b) return { found: false, reason: 'a version was never served' };
  if (!existsSync(a.path) || !existsSync(b.path)) return { found: false, reason: 'a version is no longer on disk' };
  const [la, lb] = await Promise.all([loadList(source, a.path), loadList(source, b.path)]);
  if (la.version !== from || lb.version !== to) return { found: false, reason: 'the files of a version changed since it was served' };
  const { changedEntities: _, ...diff } = diffLists(source, la, lb);
  await control.storeChanges(diff);
  return { found: true };
}

/** Where a worker finds a listed record by id in the lists it serves, with that list's version. */
export type EntityLookup = (id: string) => { version: string; entity: CanonicalEntity } | undefined;

/** Processor of `list-task`: short list work an API request waits for (the API never reads lists itself). */
export function listTaskProcessor(deps: { logger: Logger; control: ListControl; entity?: EntityLookup }) {
  return async (job: Job<ListTaskJob>): Promise<CustomListUploaded | ListDiffTaskResult | ListEntitiesTaskResult> => {
    const parsed = ListTaskJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid list task: ${parsed.error.message}`);
    const data = parsed.data;
    if (data.kind === 'check-custom') {
      const report = await checkCustom(deps.control, data.name, data.version, data.category);
      deps.logger.info({ list: report.id, version: report.version, entities: report.entities, rejected: report.rejected }, 'custom list upload accepted');
      return report;
    }
    if (data.kind === 'entities') return { entities: data.ids.map((id) => deps.entity?.(id) ?? null) };
    const result = await diffStored(deps.control, data.source, data.from, data.to);
    deps.logger.info({ list: data.source, from: data.from, to: data.to, ...result }, 'list versions diffed');
    return result;
  };
}
