import type { AnalystDecision, Match } from '@screening/schemas';
import type { ListedRecord } from '../listed-records';
import { type Html, href, html } from '../html';
import type { UiUser } from '../session';

/** Where a hit was seen: a screening's party or a batch row (the fields POST /v1/decisions takes). */
export type Origin = { screeningId: string; partyIndex: number } | { batchId: string; row: number };

const pct = (n: number) => `${Math.round(n * 1000) / 10} %`;

function stateOf(m: Match, current: AnalystDecision | undefined): Html {
  if (m.suppressed) return html`<span class="badge suppressed">suppressed</span> <span class="muted">by decision <code>${m.suppressed.decisionId}</code></span>`;
  if (m.confirmed) return html`<span class="badge confirmed">confirmed</span> <span class="muted">by decision <code>${m.confirmed.decisionId}</code></span>`;
  const reopened = m.reopened ? html` <span class="badge reopened">re-opened</span> <span class="muted">${m.reopened.reason}</span>` : '';
  if (current?.status === 'pending_approval') return html`<span class="badge pending_approval">awaiting approval</span>${reopened}`;
  if (current?.status === 'active') return html`<span class="badge active">decided: ${current.verdict.replace('_', ' ')}</span>${reopened}`;
  return m.match ? html`<span class="badge open">open</span>${reopened}` : html`<span class="muted">near match (review band)</span>${reopened}`;
}

/** The decision on this hit the analyst can still act on: approve (four-eyes, not the author), or the form to decide. */
function actions(m: Match, origin: Origin, current: AnalystDecision | undefined, user: UiUser, returnTo: string): Html | '' {
  if (current?.status === 'pending_approval') {
    const who = html`<p>${current.author} marked this hit <strong>${current.verdict.replace('_', ' ')}</strong>: “${current.reason}”.</p>`;
    if (current.author === user.analyst) return html`${who}<p class="muted">Four-eyes: another analyst must approve it.</p>`;
    return html`${who}<form method="post" action="/ui/decisions/${encodeURIComponent(current.id)}/approve"><input type="hidden" name="_csrf" value="${user.session.csrf}">
<input type="hidden" name="returnTo" value="${returnTo}"><button type="submit">Approve (second analyst)</button></form>`;
  }
  if (current?.status === 'active' && !m.reopened) return html`<p class="muted">${current.author}${current.approvedBy ? html`, approved by ${current.approvedBy}` : ''}: “${current.reason}”.</p>`;
  if (m.suppressed || m.confirmed) return '';
  const id = `r-${Buffer.from(m.entityId).toString('hex').slice(0, 40)}`;
  const hidden = 'screeningId' in origin
    ? html`<input type="hidden" name="screeningId" value="${origin.screeningId}"><input type="hidden" name="partyIndex" value="${origin.partyIndex}">`
    : html`<input type="hidden" name="batchId" value="${origin.batchId}"><input type="hidden" name="row" value="${origin.row}">`;
  return html`<form method="post" action="/ui/decisions" class="decision-form"><fieldset><legend>Decide on this hit</legend>
<input type="hidden" name="_csrf" value="${user.session.csrf}"><input type="hidden" name="returnTo" value="${returnTo}">${hidden}
<input type="hidden" name="entityId" value="${m.entityId}"><div class="decide">
<label for="${id}">Reason<textarea id="${id}" name="reason" rows="3" required minlength="3" maxlength="2000"></textarea></label>
<label for="${id}-x">Expires (optional)<input id="${id}-x" name="expiresOn" type="date"></label>
<button type="submit" name="verdict" value="false_positive">Clear: false positive</button>
<button type="submit" name="verdict" value="true_match" class="danger">Confirm: true match</button></div></fieldset></form>`;
}

const addressText = (a: { full?: string | undefined; street?: string | undefined; city?: string | undefined; region?: string | undefined; postalCode?: string | undefined; country?: string | undefined }) =>
  a.full ?? [a.street, a.postalCode, a.city, a.region, a.country].filter(Boolean).join(', ');

/** What the listed record says beyond the match: aliases, dates, places, identifiers, addresses, remarks. */
function recordFacts(m: Match, r: ListedRecord | undefined): Html {
  if (!r) return html`<dt>details</dt><dd class="muted">not available (no worker answered in time)</dd>`;
  const e = r.entity;
  const rows: [string, string][] = [];
  const add = (k: string, v: string[] | string | undefined) => {
    const text = Array.isArray(v) ? v.filter(Boolean).join('; ') : v;
    if (text) rows.push([k, text]);
  };
  add('aliases', e.aliases.slice(0, 12).map((a) => (a.quality === 'weak' ? `${a.name} (weak)` : a.name)));
  add('dates of birth', e.datesOfBirth);
  add('places of birth', e.placesOfBirth);
  add('countries', e.countries);
  add('nationalities', e.nationalities);
  add('identifiers', e.identifiers.slice(0, 12).map((i) => `${i.type}: ${i.value}${i.country ? ` (${i.country})` : ''}`));
  add('addresses', e.addresses.slice(0, 6).map(addressText));
  add('title', e.title);
  add('listed on', e.listedOn);
  add('remarks', e.remarks && e.remarks.length > 600 ? `${e.remarks.slice(0, 600)}…` : e.remarks);
  const changed = r.version !== m.listVersion;
  return html`${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}${changed ? html`<dt>note</dt><dd class="muted">as in list version <code>${r.version.slice(0, 16)}</code> served now (the hit is from an earlier version)</dd>` : ''}`;
}

/** One hit: the screened party and the listed record side by side, the explanation, its state and the decision forms. */
export function hitCard(o: { match: Match; party: [string, string][]; origin: Origin; current?: AnalystDecision; record?: ListedRecord; user: UiUser; returnTo: string }): Html {
  const m = o.match;
  const features = Object.entries(m.explanation.features);
  return html`<section class="card hit" data-entity="${m.entityId}" aria-label="Hit on ${m.name}">
<h3>${m.name} <span class="muted">score ${pct(m.score)}${m.band ? html` · ${m.band}` : ''}${m.matchedOn ? html` · on ${m.matchedOn}` : ''}</span></h3>
<p class="state">${stateOf(m, o.current)}</p>
<div class="side"><div><h4>Screened party</h4><dl>${o.party.map(([k, v]) => html`<dt>${k}</dt><dd>${k === 'fingerprint' ? html`<a href="${href(['parties', v])}" title="history of this party"><code>${v}</code></a>` : v}</dd>`)}</dl></div>
<div><h4>Listed record</h4><dl><dt>name</dt><dd>${m.name}</dd>${m.matchedName !== m.name ? html`<dt>matched name</dt><dd>${m.matchedName}</dd>` : ''}
<dt>type</dt><dd>${m.type}</dd><dt>list</dt><dd>${m.list}${m.subList ? html` (${m.subList})` : ''}</dd><dt>list version</dt><dd><code>${m.listVersion.slice(0, 16)}</code></dd>
<dt>entity id</dt><dd><code>${m.entityId}</code></dd><dt>programs</dt><dd>${m.programs.join(', ') || '–'}</dd>
${m.categories?.length ? html`<dt>categories</dt><dd>${m.categories.join(', ')}</dd>` : ''}${recordFacts(m, o.record)}</dl></div></div>
<h4>Why it matched</h4><p>${m.explanation.text}</p>
${m.explanation.reasons?.length ? html`<ul>${m.explanation.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${features.length ? html`<details><summary>Feature scores</summary><table><thead><tr><th scope="col">feature</th><th scope="col">value</th></tr></thead>
<tbody>${features.map(([k, v]) => html`<tr><td>${k}</td><td>${typeof v === 'number' ? v.toFixed(3) : v}</td></tr>`)}</tbody></table></details>` : ''}
${actions(m, o.origin, o.current, o.user, o.returnTo)}</section>`;
}
