import { type AnalystDecision, readColumns, type RowOutcome } from '@screening/schemas';
import { href, html } from '../html';
import type { ListedRecord } from '../listed-records';
import type { UiUser } from '../session';
import { hitCard } from './hit';
import { page } from './layout';

/** One batch row: its input columns (the screened party) beside each hit's listed record, with the decision forms. */
export function batchRowPage(user: UiUser, o: { batchId: string; row: number; header: string[]; cells: string[]; outcome: RowOutcome; current: Map<string, AnalystDecision>; records: Map<string, ListedRecord>; notice?: string }): string {
  const returnTo = href(['batches', o.batchId, 'rows', o.row]);
  const party: [string, string][] = o.header.map((h, i) => [h, o.cells[i] ?? ''] as [string, string]).filter(([, v]) => v !== '');
  if (o.outcome.fingerprint) party.push(['fingerprint', o.outcome.fingerprint]);
  const nameAt = readColumns(o.header).index.name;
  const name = (nameAt !== undefined ? o.cells[nameAt] : undefined) || `row ${o.row}`;
  const matches = o.outcome.matches ?? [];
  return page({
    title: `${name} (batch row ${o.row})`,
    user,
    section: 'batches',
    ...(o.notice ? { notice: o.notice } : {}),
    body: html`<p><a href="${href(['batches', o.batchId])}">← batch <code>${o.batchId}</code></a></p>
<h1>${name} <span class="muted">row ${o.row}</span> ${o.outcome.decision ? html`<span class="badge ${o.outcome.decision}">${o.outcome.decision}</span>` : ''}</h1>
${o.outcome.status === 'error' ? html`<p class="error" role="alert">This row was not screened: ${o.outcome.reason ?? ''}</p>` : ''}
<dl class="card"><dt>risk level</dt><dd>${o.outcome.riskLevel ?? '–'}</dd><dt>flags</dt><dd>${o.outcome.flags.join(', ') || '–'}</dd>${o.outcome.shipment ? html`<dt>shipment</dt><dd>${o.outcome.shipment}</dd>` : ''}</dl>
<h2>Hits (${matches.length})</h2>
${matches.length ? matches.map((m) => hitCard({ match: m, party, origin: { batchId: o.batchId, row: o.row }, ...(o.records.get(m.entityId) ? { record: o.records.get(m.entityId)! } : {}), ...(o.current.get(m.entityId) ? { current: o.current.get(m.entityId)! } : {}), user, returnTo })) : html`<p class="muted">No match.</p>`}`,
  });
}
