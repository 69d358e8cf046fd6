import type { BatchProgress, Overview, QueueOverview } from './overview';
import { QUEUE_BOARD_PATH } from './queue-board';

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function humanAge(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

const pct = (n: number, d: number) => (d > 0 ? Math.min(100, Math.round((n / d) * 100)) : 0);

/** A per-minute bar chart as inline SVG (no script, no external asset). */
function sparkline(values: number[], label: string, cls: string): string {
  const max = Math.max(1, ...values);
  const bars = values.map((v, i) => `<rect x="${i * 6}" y="${20 - (v / max) * 20}" width="5" height="${(v / max) * 20}"/>`).join('');
  return `<svg class="spark ${cls}" viewBox="0 0 ${values.length * 6} 20" role="img" aria-label="${esc(label)}">${bars}</svg>`;
}

function queueRow(q: QueueOverview): string {
  const c = q.counts;
  const rate = q.errorRate === null ? '–' : `${(q.errorRate * 100).toFixed(1)} %`;
  const warn = q.errorRate !== null && q.errorRate > 0.05 ? ' class="warn"' : '';
  return `<tr data-queue="${esc(q.name)}"><td><a href="${QUEUE_BOARD_PATH}/queue/${encodeURIComponent(q.name)}">${esc(q.name)}</a>${q.paused ? ' <span class="sample">paused</span>' : ''}</td>
<td class="n">${c.waiting + c.prioritized}</td><td class="n">${c.active}</td><td class="n">${c.delayed}</td><td class="n">${c['waiting-children']}</td>
<td class="n">${c.failed}</td><td class="n">${c.completed}</td>
<td>${sparkline(q.completedPerMinute, `completed per minute, ${q.completed} in 15 min`, 'ok')} <span class="n">${(q.completed / 15).toFixed(1)}/min</span></td>
<td${warn}>${sparkline(q.failedPerMinute, `failed per minute, ${q.failed} in 15 min`, 'bad')} ${rate}</td></tr>`;
}

function batchRow(b: BatchProgress): string {
  const p = pct(b.processed, b.rows);
  return `<tr data-batch="${esc(b.id)}"><td><code>${esc(b.id)}</code></td><td>${esc(b.status)}</td>
<td class="wide"><div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${p}"><div style="width:${p}%"></div></div></td>
<td class="n">${b.processed} / ${b.rows} (${p} %)</td><td class="n">${b.errors}</td><td>${esc(b.createdAt ?? '')}</td></tr>`;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2430;background:#f6f7f9}h1{font-size:20px;margin:0 0 4px}
h2{font-size:16px;margin:24px 0 8px}table{border-collapse:collapse;background:#fff;min-width:640px}th,td{padding:6px 10px;border-bottom:1px solid #e3e6ea;text-align:left}
th{font-weight:600;background:#eef0f3}.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#667}.warn{color:#b42318;font-weight:600}
.bar{width:260px;height:14px;background:#e3e6ea;border-radius:7px;overflow:hidden}.bar>div{height:100%;background:#2e7d32}
.spark{width:90px;height:20px;vertical-align:middle}.spark.ok{fill:#2e7d32}.spark.bad{fill:#b42318}.down{background:#fde8e8;color:#b42318;padding:8px 12px;border-radius:6px}
.sample{color:#b54708;font-weight:600}code{font-size:12px}`;

/** The server-rendered /admin page: lists, running batches, queues with throughput and error rates. */
export function renderOverview(o: Overview, refreshSeconds = 5): string {
  const lists = o.lists.length
    ? o.lists
        .map(
          (l) => `<tr data-list="${esc(l.id)}"><td>${esc(l.id)}${l.sample ? ' <span class="sample">(sample)</span>' : ''}</td><td><code>${esc(l.version.slice(0, 16))}</code></td>
<td class="n">${l.entities}</td><td class="n">${l.names}</td><td>${esc(l.publishedAt ?? '–')}</td><td>${esc(l.loadedAt)}</td><td class="n">${humanAge(l.ageSeconds)}</td></tr>`,
        )
        .join('\n')
    : '<tr><td colspan="7" class="muted">no list loaded by a live worker</td></tr>';
  const batches = o.batches.length ? o.batches.map(batchRow).join('\n') : '<tr><td colspan="6" class="muted">no batch is running</td></tr>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${refreshSeconds}">
<meta name="robots" content="noindex"><title>Screening operations</title><style>${STYLE}</style></head><body>
<h1>Screening operations${o.scope === 'tenant' ? ` · tenant ${esc(o.tenant)}` : ''}</h1><p class="muted">generated ${esc(o.generatedAt)} · refreshes every ${refreshSeconds} s · ${o.workers} live worker process(es) ·
${o.scope === 'tenant' ? '' : `<a href="${QUEUE_BOARD_PATH}">queue board</a> · `}<a href="/metrics">metrics</a> · <a href="/readyz">readiness</a></p>
${o.redis ? '' : '<p class="down" role="alert">Redis is not reachable: the figures below are missing.</p>'}
<h2>Lists</h2><table id="lists"><thead><tr><th>list</th><th>version</th><th>entities</th><th>names</th><th>published</th><th>loaded</th><th>age</th></tr></thead><tbody>${lists}</tbody></table>
<h2>${o.scope === 'tenant' ? 'Your running batches' : 'Running batches'}</h2><table id="batches"><thead><tr><th>batch</th><th>status</th><th>progress</th><th>rows</th><th>row errors</th><th>created</th></tr></thead><tbody>${batches}</tbody></table>
${
  o.scope === 'tenant'
    ? '<p class="muted">The queues and the queue board hold every tenant\'s jobs: they are shown to the deployment\'s operator only.</p></body></html>'
    : `<h2>Queues</h2><table id="queues"><thead><tr><th>queue</th><th>waiting</th><th>active</th><th>delayed</th><th>awaiting children</th><th>failed</th><th>completed</th><th>throughput (15 min)</th><th>error rate (15 min)</th></tr></thead>
<tbody>${o.queues.map(queueRow).join('\n')}</tbody></table></body></html>`
}`;
}
