import type { AnalystDecision, Flag } from '@screening/schemas';
import { type Html, html } from './html';

const DAY = 86_400_000;

/**
 * Decisions per day over the last `days` days as a stacked bar chart (false positives below, true matches above),
 * server-generated inline SVG: no script, with a text summary for screen readers.
 */
export function decisionsChart(decisions: readonly AnalystDecision[], now: number, days = 30): Html {
  const start = Math.floor(now / DAY) * DAY - (days - 1) * DAY;
  const fp = new Array<number>(days).fill(0);
  const tm = new Array<number>(days).fill(0);
  for (const d of decisions) {
    const i = Math.floor((Date.parse(d.createdAt) - start) / DAY);
    if (i < 0 || i >= days) continue;
    (d.verdict === 'false_positive' ? fp : tm)[i]!++;
  }
  const max = Math.max(1, ...fp.map((v, i) => v + tm[i]!));
  const W = 22;
  const H = 120;
  const left = 34;
  const y = (v: number) => (v / max) * H;
  const day = (i: number) => new Date(start + i * DAY).toISOString().slice(0, 10);
  const bars = fp.map((f, i) => {
    const x = left + i * W;
    const t = tm[i]!;
    return html`<g><title>${day(i)}: ${f} false positive(s), ${t} true match(es)</title>
${f ? html`<rect class="fp" x="${x}" y="${10 + H - y(f)}" width="${W - 4}" height="${y(f)}"/>` : ''}
${t ? html`<rect class="tm" x="${x}" y="${10 + H - y(f) - y(t)}" width="${W - 4}" height="${y(t)}"/>` : ''}</g>`;
  });
  const totalFp = fp.reduce((a, b) => a + b, 0);
  const totalTm = tm.reduce((a, b) => a + b, 0);
  const width = left + days * W + 10;
  const label = `Decisions per day, ${day(0)} to ${day(days - 1)}: ${totalFp} false positive(s), ${totalTm} true match(es)`;
  return html`<svg class="chart" id="decisions-chart" viewBox="0 0 ${width} ${H + 50}" width="${width}" height="${H + 50}" role="img" aria-label="${label}">
<title>${label}</title>
<line class="axis" x1="${left - 4}" y1="${10 + H}" x2="${width - 6}" y2="${10 + H}"/><line class="axis" x1="${left - 4}" y1="10" x2="${left - 4}" y2="${10 + H}"/>
<text x="${left - 8}" y="16" text-anchor="end">${max}</text><text x="${left - 8}" y="${10 + H}" text-anchor="end">0</text>
${bars}
<text x="${left}" y="${H + 28}">${day(0)}</text><text x="${width - 10}" y="${H + 28}" text-anchor="end">${day(days - 1)}</text>
<rect class="fp" x="${left}" y="${H + 36}" width="10" height="10"/><text x="${left + 14}" y="${H + 45}">false positive</text>
<rect class="tm" x="${left + 130}" y="${H + 36}" width="10" height="10"/><text x="${left + 144}" y="${H + 45}">true match</text></svg>`;
}

interface Chain {
  nodes: string[];
  /** label of the last edge (share or relation) */
  label: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The paths an A3–A6 flag's evidence names: owner paths (with shares), links (with the relation), a shared address. */
export function chainsOf(flag: Flag, partyName: string): Chain[] {
  const e = flag.evidence as Record<string, unknown>;
  const chains: Chain[] = [];
  const split = (p: unknown) => str(p).split(' → ').map((s) => s.trim()).filter(Boolean);
  for (const o of Array.isArray(e.owners) ? (e.owners as Record<string, unknown>[]) : []) {
    const nodes = split(o.path);
    if (nodes.length >= 2) chains.push({ nodes, label: o.share !== undefined ? `owns ${str(o.share)} %` : 'owns (share unknown)' });
  }
  for (const l of Array.isArray(e.links) ? (e.links as Record<string, unknown>[]) : []) {
    const nodes = split(l.path);
    if (nodes.length >= 2) chains.push({ nodes, label: str(l.relation) || 'linked' });
  }
  if (flag.ruleId === 'A3' && str(e.address) && str(e.name)) chains.push({ nodes: [partyName, str(e.address), str(e.name)], label: e.addressEntry ? 'listed address' : 'address of' });
  return chains.slice(0, 12);
}

const clip = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** An A3–A6 flag's ownership/link paths drawn as a left-to-right graph (party in blue, listed party in red). */
export function linkGraph(flag: Flag, partyName: string): Html | '' {
  const chains = chainsOf(flag, partyName);
  if (!chains.length) return '';
  const NW = 190;
  const NH = 34;
  const GAP = 90;
  const ROW = 58;
  const cols = Math.max(...chains.map((c) => c.nodes.length));
  const width = cols * NW + (cols - 1) * GAP + 20;
  const height = chains.length * ROW + 10;
  const rows = chains.map((c, r) => {
    const y = 10 + r * ROW;
    const nodes = c.nodes.map((name, i) => {
      const x = 10 + i * (NW + GAP);
      const kind = i === 0 ? 'party' : i === c.nodes.length - 1 ? 'listed' : '';
      return html`<g class="node ${kind}"><title>${name}</title><rect x="${x}" y="${y}" width="${NW}" height="${NH}" rx="6"/><text x="${x + 8}" y="${y + 22}">${clip(name)}</text></g>`;
    });
    const edges = c.nodes.slice(1).map((_, i) => {
      const x1 = 10 + i * (NW + GAP) + NW;
      const x2 = x1 + GAP;
      const last = i === c.nodes.length - 2;
      return html`<g><line class="edge" x1="${x2}" y1="${y + NH / 2}" x2="${x1 + 2}" y2="${y + NH / 2}" marker-end="url(#arrow)"/>
<text x="${x1 + GAP / 2}" y="${y + NH / 2 - 6}" text-anchor="middle">${last ? clip(c.label, 14) : ''}</text></g>`;
    });
    return html`${edges}${nodes}`;
  });
  const label = `${flag.ruleId} paths: ${chains.map((c) => `${c.nodes.join(' ← ')} (${c.label})`).join('; ')}`;
  return html`<svg class="graph" data-rule="${flag.ruleId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}">
<title>${label}</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4b5563"/></marker></defs>
${rows}</svg>`;
}
