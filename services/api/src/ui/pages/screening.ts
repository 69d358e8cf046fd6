import type { AnalystDecision, Flag, Party, ScreeningResult } from '@screening/schemas';
import { type Html, href, html } from '../html';
import type { ListedRecord } from '../listed-records';
import { partyFacts } from '../screened-input';
import type { UiUser } from '../session';
import { linkGraph } from '../svg';
import { hitCard } from './hit';
import { page } from './layout';

const GRAPH_RULES = new Set(['A3', 'A4', 'A5', 'A6']);

function evidenceValue(v: unknown): Html {
  if (v === null || v === undefined) return html`–`;
  if (typeof v === 'object') return html`<pre>${JSON.stringify(v, null, 2)}</pre>`;
  return html`${String(v)}`;
}

function flagCard(f: Flag, r: ScreeningResult): Html {
  const party = r.parties.find((p) => p.index === f.parties[0]);
  return html`<section class="card flag" data-rule="${f.ruleId}" aria-label="Flag ${f.ruleId}">
<h3><span class="badge ${f.severity}">${f.severity}</span> ${f.ruleId} <span class="muted">${f.code}</span></h3><p>${f.message}</p>
${GRAPH_RULES.has(f.ruleId) ? linkGraph(f, party?.name ?? 'party') : ''}
<details${GRAPH_RULES.has(f.ruleId) ? '' : html` open`}><summary>Evidence</summary><dl>${Object.entries(f.evidence).map(([k, v]) => html`<dt>${k}</dt><dd>${evidenceValue(v)}</dd>`)}</dl></details></section>`;
}

/** A screening: decision, flags with evidence (A3–A6 paths as a graph), every party's hits with their decision forms. */
export function screeningPage(user: UiUser, r: ScreeningResult, current: Map<string, AnalystDecision>, records: Map<string, ListedRecord>, sent: Party[] | undefined, notice?: string): string {
  const returnTo = href(['screenings', r.id]);
  const parties = r.parties.map((p) => {
    const input = sent?.[p.index];
    const facts: [string, string][] = [
      ['name', p.name],
      ['role', p.role],
      ...(input ? partyFacts(input) : ([['data', 'only the name and fingerprint are kept (the request itself is kept for an hour)']] as [string, string][])),
      ...(p.fingerprint ? ([['fingerprint', p.fingerprint]] as [string, string][]) : []),
    ];
    return html`<section aria-label="Party ${p.name}"><h3>${p.role}: ${p.name}</h3>
${p.matches.length ? p.matches.map((m) => hitCard({ match: m, party: facts, origin: { screeningId: r.id, partyIndex: p.index }, ...(records.get(m.entityId) ? { record: records.get(m.entityId)! } : {}), ...(current.get(`${p.index}|${m.entityId}`) ? { current: current.get(`${p.index}|${m.entityId}`)! } : {}), user, returnTo })) : html`<p class="muted">No match.</p>`}</section>`;
  });
  return page({
    title: `Screening ${r.reference ?? r.id}`,
    user,
    section: 'queue',
    ...(notice ? { notice } : {}),
    body: html`<h1>Screening ${r.reference ?? ''} <span class="badge ${r.decision}">${r.decision}</span></h1>
<dl class="card"><dt>id</dt><dd><code>${r.id}</code></dd><dt>risk level</dt><dd>${r.riskLevel}</dd><dt>screened</dt><dd><time datetime="${r.screenedAt}">${r.screenedAt}</time></dd>
<dt>lists</dt><dd>${r.lists.map((l) => `${l.id} ${l.version.slice(0, 12)}`).join(', ')}</dd><dt>algorithm</dt><dd>${r.algorithm}</dd></dl>
${r.explanation ? html`<p>${r.explanation}</p>` : ''}
<h2>Flags (${r.flags.length})</h2>${r.flags.length ? r.flags.map((f) => flagCard(f, r)) : html`<p class="muted">No risk rule flagged this shipment.</p>`}
${r.notEvaluated.length ? html`<details><summary>Rules not evaluated (${r.notEvaluated.length})</summary><ul>${r.notEvaluated.map((n) => html`<li>${n.ruleId}: ${n.reason}</li>`)}</ul></details>` : ''}
<h2>Parties and hits</h2>${parties}`,
  });
}
