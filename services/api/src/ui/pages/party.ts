import type { AnalystDecision, AuditEvent } from '@screening/schemas';
import { type Html, href, html } from '../html';
import type { UiUser } from '../session';
import { page } from './layout';

function subjectLink(e: AuditEvent): Html | string {
  const s = e.subject ?? {};
  if (typeof s.screeningId === 'string') return html`<a href="${href(['screenings', s.screeningId])}">screening <code>${s.screeningId}</code></a>`;
  if (typeof s.batchId === 'string' && typeof s.row === 'number') return html`<a href="${href(['batches', s.batchId, 'rows', s.row])}">batch row ${s.row}</a>`;
  if (typeof s.batchId === 'string') return html`batch <code>${s.batchId}</code>`;
  return Object.entries(s).map(([k, v]) => `${k} ${v}`).join(', ');
}

const summary = (r: Record<string, unknown> | undefined) =>
  Object.entries(r ?? {})
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .slice(0, 6)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');

/** A party's history (by fingerprint): every audited screening, batch row and decision, and a way to stop monitoring it. */
export function partyPage(user: UiUser, fingerprint: string, events: AuditEvent[], decisions: AnalystDecision[], notice?: string): string {
  return page({
    title: `Party ${fingerprint.slice(0, 8)}`,
    user,
    section: 'queue',
    ...(notice ? { notice } : {}),
    body: html`<h1>Party history <code>${fingerprint}</code></h1>
<h2>Decisions (${decisions.length})</h2><table id="party-decisions"><thead><tr><th scope="col">when</th><th scope="col">listed entity</th><th scope="col">verdict</th><th scope="col">status</th><th scope="col">author</th><th scope="col">reason</th></tr></thead>
<tbody>${decisions.length ? decisions.map((d) => html`<tr><td>${d.createdAt.slice(0, 16).replace('T', ' ')}</td><td>${d.entityName}</td><td>${d.verdict.replace('_', ' ')}</td><td><span class="badge ${d.status}">${d.status.replace('_', ' ')}</span></td><td>${d.author}</td><td>${d.reason}</td></tr>`) : html`<tr><td colspan="6" class="muted">none</td></tr>`}</tbody></table>
<h2>Audit trail (${events.length})</h2><table id="party-events"><thead><tr><th scope="col">when</th><th scope="col">event</th><th scope="col">by</th><th scope="col">what</th><th scope="col">result</th></tr></thead>
<tbody>${events.map((e) => html`<tr><td>${e.at.slice(0, 19).replace('T', ' ')}</td><td>${e.type}</td><td>${e.actor}</td><td>${subjectLink(e)}</td><td>${summary(e.result)}</td></tr>`)}</tbody></table>
<form method="post" action="/ui/parties/${encodeURIComponent(fingerprint)}/stop-monitoring" class="card"><input type="hidden" name="_csrf" value="${user.session.csrf}">
<p>Stop re-screening this party on list changes (audited).</p><button type="submit" class="secondary">Stop monitoring</button></form>`,
  });
}
