import type { BatchRecord } from '@screening/queue';
import { type Batch, readColumns, type RowOutcome } from '@screening/schemas';
import { type Html, href, html } from '../html';
import type { UiUser } from '../session';
import { page } from './layout';

export const PAGE_SIZE = 50;

const pct = (b: { processed: number; rows: number }) => (b.rows ? Math.round((100 * Math.min(b.processed, b.rows)) / b.rows) : 0);

/** The upload form (multipart to the batch creation use-case; the CSRF token rides in the action's query) and recent batches. */
export function batchesPage(user: UiUser, recent: BatchRecord[], mayUpload: boolean, notice?: string): string {
  const rows = recent.map(
    (b) => html`<tr><td><a href="${href(['batches', b.id])}"><code>${b.id}</code></a></td><td>${b.status}</td><td class="n">${Math.min(b.processed, b.rows)} / ${b.rows}</td>
<td class="n">${b.block}</td><td class="n">${b.review}</td><td class="n">${b.clear}</td><td><time datetime="${b.createdAt}">${b.createdAt.slice(0, 16).replace('T', ' ')}</time></td></tr>`,
  );
  return page({
    title: 'Batches',
    user,
    section: 'batches',
    ...(notice ? { notice } : {}),
    body: html`<h1>Batches</h1>
${mayUpload
  ? html`<form method="post" action="/ui/batches?_csrf=${encodeURIComponent(user.session.csrf)}" enctype="multipart/form-data" class="stack card" id="upload">
<h2>Upload a CSV</h2><p class="muted">One party per row with a <code>name</code> column; optional type, country, address, date_of_birth, identifiers, aliases, reference, role.</p>
<label for="file">CSV file<input id="file" name="file" type="file" accept=".csv,text/csv" required></label>
<label for="clientRef">Your reference (optional)<input id="clientRef" name="clientRef" maxlength="200"></label>
<button type="submit">Upload and screen</button></form>`
  : html`<p class="warn" role="note">Your key has no "batch" scope: it cannot upload or read batches.</p>`}
<h2>Recent batches</h2><table id="batches"><thead><tr><th scope="col">batch</th><th scope="col">status</th><th scope="col" class="n">rows</th><th scope="col" class="n">block</th><th scope="col" class="n">review</th><th scope="col" class="n">clear</th><th scope="col">uploaded</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="muted">No batch uploaded from here yet.</td></tr>`}</tbody></table>`,
  });
}

interface ResultRow {
  row: number;
  cells: string[];
  outcome?: RowOutcome;
}

function resultRow(batchId: string, nameAt: number | undefined, r: ResultRow): Html {
  const name = (nameAt !== undefined ? r.cells[nameAt] : '') || '(no name)';
  const o = r.outcome;
  if (!o) return html`<tr data-row="${r.row}"><td class="n">${r.row}</td><td>${name}</td><td colspan="4" class="muted">being screened…</td></tr>`;
  const ms = o.matches ?? [];
  const open = ms.filter((m) => m.match && !m.suppressed && !m.confirmed).length;
  const suppressed = ms.filter((m) => m.suppressed).length;
  return html`<tr data-row="${r.row}"><td class="n">${r.row}</td><td>${ms.length ? html`<a href="${href(['batches', batchId, 'rows', r.row])}">${name}</a>` : name}</td>
<td>${o.status === 'error' ? html`<span class="muted">not screened: ${o.reason ?? ''}</span>` : html`<span class="badge ${o.decision ?? 'clear'}">${o.decision ?? ''}</span>`}</td>
<td>${o.bestMatch ? html`${o.bestMatch.name} <span class="muted">${Math.round(o.bestMatch.score * 100)} %</span>` : '–'}</td>
<td>${open ? html`<span class="badge open">${open} open</span> ` : ''}${suppressed ? html`<span class="badge suppressed">${suppressed} suppressed</span>` : ''}</td><td>${o.flags.join(', ')}</td></tr>`;
}

/** A batch: status, a progress bar the script keeps current (a reload does without it), and its results a page at a time. */
export function batchPage(user: UiUser, b: Batch, rec: BatchRecord, results: ResultRow[], pageNo: number, notice?: string): string {
  const pages = Math.max(1, Math.ceil(b.rows / PAGE_SIZE));
  const nameAt = readColumns(rec.header).index.name;
  const nav = html`<nav class="pager" aria-label="Result pages">${pageNo > 1 ? html`<a href="${href(['batches', b.id], { page: pageNo - 1 })}" rel="prev">← previous</a>` : ''}
<span>page ${pageNo} of ${pages}</span>${pageNo < pages ? html`<a href="${href(['batches', b.id], { page: pageNo + 1 })}" rel="next">next →</a>` : ''}</nav>`;
  return page({
    title: `Batch ${b.clientRef ?? b.id}`,
    user,
    section: 'batches',
    ...(notice ? { notice } : {}),
    body: html`<p><a href="/ui/batches">← batches</a></p><h1>Batch ${b.clientRef ?? ''} <code>${b.id}</code></h1>
<div class="card" id="progress" data-progress-url="${href(['batches', b.id, 'progress.json'])}" data-status="${b.status}"${b.status === 'completed' || b.status === 'failed' ? html` data-rendered-done="${b.status}"` : ''}>
<p>Status: <strong data-progress-status aria-live="polite">${b.status}</strong></p>
<label for="bar">Progress</label> <progress id="bar" max="${Math.max(1, b.rows)}" value="${Math.min(b.processed, b.rows)}" aria-valuenow="${pct(b)}" aria-valuemin="0" aria-valuemax="100"></progress>
<span data-progress-text aria-live="polite">${Math.min(b.processed, b.rows)} of ${b.rows} rows (${pct(b)} %)</span>
${b.status === 'queued' || b.status === 'running' ? html` <a href="${href(['batches', b.id])}">refresh</a>` : ''}
<p>block <strong>${b.counts.block}</strong> · review <strong>${b.counts.review}</strong> · clear <strong>${b.counts.clear}</strong> · rows not screened <strong>${b.errors}</strong></p>
${b.failedReason ? html`<p class="error" role="alert">${b.failedReason}</p>` : ''}
${b.status === 'completed' || b.status === 'failed' ? html`<details><summary>Delete this batch</summary><form method="post" action="${href(['batches', b.id, 'delete'])}">
<input type="hidden" name="_csrf" value="${user.session.csrf}"><p>Removes its rows, results, monitored rows and review items (recorded in the audit trail).</p>
<button type="submit" class="danger">Delete batch</button></form></details>` : ''}</div>
<h2>Results</h2>${nav}
<table id="results"><thead><tr><th scope="col" class="n">row</th><th scope="col">name</th><th scope="col">decision</th><th scope="col">best match</th><th scope="col">hits</th><th scope="col">flags</th></tr></thead>
<tbody>${results.map((r) => resultRow(b.id, nameAt, r))}</tbody></table>${nav}`,
  });
}
