import type { ReviewItem } from '@screening/queue';
import { type Html, href, html } from '../html';
import type { UiUser } from '../session';
import { page } from './layout';

export const AGES = { '1h': 3600, '24h': 86_400, '7d': 7 * 86_400, '30d': 30 * 86_400 } as const;
export interface QueueFilter {
  decision?: 'review' | 'block';
  list?: string;
  rule?: string;
  /** only items newer than this (`24h`), or older than it (`older-7d`) */
  age?: string;
}

const one = (v: unknown) => (typeof v === 'string' && v.length <= 200 ? v : undefined);

/** The filter from a query string (unknown values are ignored, not errors: it is a form). */
export function queueFilter(q: Record<string, unknown>): QueueFilter {
  const decision = one(q.decision);
  const age = one(q.age);
  return {
    ...(decision === 'review' || decision === 'block' ? { decision } : {}),
    ...(one(q.list) ? { list: one(q.list)! } : {}),
    ...(one(q.rule) ? { rule: one(q.rule)! } : {}),
    ...(age && (age in AGES || age.replace(/^older-/, '') in AGES) ? { age } : {}),
  };
}

/** Items matching the filter; `retentionDays` (HIT_RETENTION_DAYS) drops hits that have left the queue. */
export function applyFilter(items: ReviewItem[], f: QueueFilter, now: number, retentionDays: number): ReviewItem[] {
  const older = f.age?.startsWith('older-');
  const span = f.age ? AGES[f.age.replace(/^older-/, '') as keyof typeof AGES] * 1000 : 0;
  return items.filter((i) => {
    const age = now - Date.parse(i.at);
    if (retentionDays > 0 && age > retentionDays * 86_400_000) return false;
    if (f.decision && i.decision !== f.decision) return false;
    if (f.list && !i.lists.includes(f.list)) return false;
    if (f.rule && !i.rules.includes(f.rule)) return false;
    if (span && (older ? age < span : age > span)) return false;
    return i.openHits.length > 0;
  });
}

export function itemHref(i: ReviewItem): string {
  return i.kind === 'screening' ? href(['screenings', i.id]) : href(['batches', i.id, 'rows', i.row ?? 0]);
}

export function humanAge(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} days`;
}

function select(name: string, label: string, current: string | undefined, options: [string, string][]): Html {
  return html`<label for="f-${name}">${label}<select id="f-${name}" name="${name}"><option value="">any</option>
${options.map(([v, text]) => html`<option value="${v}"${v === current ? html` selected` : ''}>${text}</option>`)}</select></label>`;
}

/** The review queue: screenings and batch rows in review/block with open hits, filterable, newest first. */
export function queuePage(user: UiUser, all: ReviewItem[], shown: ReviewItem[], f: QueueFilter, now: number, pendingOthers = 0): string {
  const lists = [...new Set(all.flatMap((i) => i.lists))].sort();
  const rules = [...new Set(all.flatMap((i) => i.rules))].sort();
  const rows = shown.map(
    (i) => html`<tr data-item="${i.key}"><td><a href="${itemHref(i)}">${i.name || '(no name)'}</a></td>
<td>${i.kind === 'screening' ? 'screening' : html`batch row ${i.row ?? ''}`}</td><td><span class="badge ${i.decision}">${i.decision}</span></td>
<td>${i.lists.join(', ')}</td><td>${i.rules.join(', ')}</td><td class="n">${i.openHits.length}</td><td><time datetime="${i.at}">${humanAge(now - Date.parse(i.at))} ago</time></td></tr>`,
  );
  return page({
    title: 'Review queue',
    user,
    section: 'queue',
    body: html`<h1>Review queue</h1>
${pendingOthers ? html`<p class="warn" role="note" id="pending-approvals"><a href="/ui/decisions?status=pending_approval">${pendingOthers} decision(s) by other analysts await your approval</a> (four-eyes).</p>` : ''}
<form method="get" action="/ui/queue" class="filters" role="search" aria-label="Filter the queue">
${select('decision', 'Decision', f.decision, [['review', 'review'], ['block', 'block']])}
${select('list', 'List', f.list, lists.map((l) => [l, l]))}
${select('rule', 'Rule', f.rule, rules.map((r) => [r, r]))}
${select('age', 'Age', f.age, [['1h', 'last hour'], ['24h', 'last 24 h'], ['7d', 'last 7 days'], ['30d', 'last 30 days'], ['older-7d', 'older than 7 days'], ['older-30d', 'older than 30 days']])}
<button type="submit">Filter</button> <a href="/ui/queue">reset</a></form>
<p class="muted" aria-live="polite">${shown.length} of ${all.filter((i) => i.openHits.length).length} item(s) with open hits.</p>
<table id="queue"><caption class="sr-only">Items awaiting review</caption><thead><tr><th scope="col">party</th><th scope="col">from</th><th scope="col">decision</th><th scope="col">lists</th><th scope="col">rules</th><th scope="col" class="n">open hits</th><th scope="col">age</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="muted">Nothing to review.</td></tr>`}</tbody></table>`,
  });
}
