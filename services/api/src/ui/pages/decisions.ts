import type { AnalystDecision } from '@screening/schemas';
import { type Html, href, html } from '../html';
import type { UiUser } from '../session';
import { decisionsChart } from '../svg';
import { page } from './layout';

export interface DecisionFilter {
  verdict?: 'false_positive' | 'true_match';
  status?: 'active' | 'pending_approval' | 'revoked';
}

export function decisionFilter(q: Record<string, unknown>): DecisionFilter {
  return {
    ...(q.verdict === 'false_positive' || q.verdict === 'true_match' ? { verdict: q.verdict } : {}),
    ...(q.status === 'active' || q.status === 'pending_approval' || q.status === 'revoked' ? { status: q.status } : {}),
  };
}

const originHref = (d: AnalystDecision) => (d.origin.kind === 'screening' ? href(['screenings', d.origin.id]) : href(['batches', d.origin.id, 'rows', d.origin.index]));

function actions(d: AnalystDecision, user: UiUser): Html {
  const token = html`<input type="hidden" name="_csrf" value="${user.session.csrf}"><input type="hidden" name="returnTo" value="/ui/decisions">`;
  const approve = d.status === 'pending_approval' && d.author !== user.analyst
    ? html`<form method="post" action="/ui/decisions/${encodeURIComponent(d.id)}/approve">${token}<button type="submit">Approve</button></form>`
    : '';
  const revoke = d.status !== 'revoked'
    ? html`<details><summary>Revoke</summary><form method="post" action="/ui/decisions/${encodeURIComponent(d.id)}/revoke" class="stack">${token}
<label for="rv-${d.id}">Reason<input id="rv-${d.id}" name="reason" maxlength="2000"></label><button type="submit" class="secondary">Revoke decision</button></form></details>`
    : '';
  return html`${approve}${revoke}`;
}

/** The tenant's decisions, newest first, with a chart of decisions per day and approve/revoke actions. */
export function decisionsPage(user: UiUser, all: AnalystDecision[], shown: AnalystDecision[], f: DecisionFilter, now: number, notice?: string): string {
  const opt = (name: string, v: string, cur: string | undefined) => html`<option value="${v}"${v === cur ? html` selected` : ''}>${v.replace('_', ' ')}</option>`;
  const rows = shown.map(
    (d) => html`<tr data-decision="${d.id}"><td><time datetime="${d.createdAt}">${d.createdAt.slice(0, 16).replace('T', ' ')}</time></td>
<td><a href="${originHref(d)}">${d.partyName || '(no name)'}</a></td><td>${d.entityName}<br><span class="muted">${d.list}</span></td>
<td>${d.verdict.replace('_', ' ')}</td><td><span class="badge ${d.status}">${d.status.replace('_', ' ')}</span></td>
<td>${d.author}${d.approvedBy ? html`<br><span class="muted">approved by ${d.approvedBy}</span>` : ''}${d.revokedBy ? html`<br><span class="muted">revoked by ${d.revokedBy}</span>` : ''}</td>
<td>${d.reason}${d.expiresAt ? html`<br><span class="muted">expires ${d.expiresAt.slice(0, 10)}</span>` : ''}</td><td>${actions(d, user)}</td></tr>`,
  );
  return page({
    title: 'Decisions',
    user,
    section: 'decisions',
    ...(notice ? { notice } : {}),
    body: html`<h1>Decisions</h1>
<h2>Decisions per day (30 days)</h2>${decisionsChart(all, now)}
<h2>All decisions</h2>
<form method="get" action="/ui/decisions" class="filters" role="search" aria-label="Filter decisions">
<label for="f-verdict">Verdict<select id="f-verdict" name="verdict"><option value="">any</option>${opt('verdict', 'false_positive', f.verdict)}${opt('verdict', 'true_match', f.verdict)}</select></label>
<label for="f-status">Status<select id="f-status" name="status"><option value="">any</option>${['active', 'pending_approval', 'revoked'].map((s) => opt('status', s, f.status))}</select></label>
<button type="submit">Filter</button> <a href="/ui/decisions">reset</a></form>
<table id="decisions"><caption class="sr-only">Decisions, newest first</caption><thead><tr><th scope="col">when</th><th scope="col">party</th><th scope="col">listed entity</th><th scope="col">verdict</th><th scope="col">status</th><th scope="col">analysts</th><th scope="col">reason</th><th scope="col">actions</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="8" class="muted">No decision yet.</td></tr>`}</tbody></table>`,
  });
}
