import type { Decision, Flag, RiskLevel, Severity } from '@screening/schemas';
import { maxSeverity, POTENTIAL, rank } from './rules/helpers';

/** Rules whose critical flags block: list hits, ownership by listed parties, embargoes, full arms embargoes (§1.9). */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'D4']);

/** Rules that only say "a hub is involved": never the "other red flag" that makes a hub alert (§2c). */
const HUB_RULES: ReadonlySet<string> = new Set(['B4', 'F2', 'A7']);

/** Context flags that alert only together with another red flag: a hub payer or bank (F2, §1.7, §2c) and a review-band near match (A7). */
const contextOnly = (f: Flag) => (f.ruleId === 'F2' && f.evidence.hub === true && f.severity === 'info') || (f.ruleId === 'A7' && f.evidence.contextOnly === true && f.severity === 'low');
const CONTEXT_TAIL = '; context only unless';

const raise = (s: Severity): Severity => (['info', 'low', 'medium', 'high', 'critical'] as const)[Math.min(4, rank(s) + 1)]!;
const active = (f: Flag) => f.severity !== 'info';
const has = (flags: Flag[], ...ids: string[]) => flags.filter((f) => ids.includes(f.ruleId) && active(f));

function escalated(f: Flag, to: Severity, why: string): Flag {
  return rank(to) > rank(f.severity) ? { ...f, severity: to, evidence: { ...f.evidence, escalatedFrom: f.severity, escalation: why } } : f;
}

/** Per-rule combinations of §1.4–1.5 and §1.7: C1 with B2/B4/D/E/F, C2 with B3/B5/E, D1 with C1 + B4, a hub payer/bank (F2) or a near match (A7) with another red flag. */
export function escalateFlags(flags: Flag[]): Flag[] {
  const partners = flags.filter((f) => active(f) && /^(B2|B4|[DEF]\d)$/.test(f.ruleId)).map((f) => f.ruleId);
  const armsPartners = flags.filter((f) => active(f) && /^(B3|B5|E\d)$/.test(f.ruleId)).map((f) => f.ruleId);
  const c1b4 = has(flags, 'C1').length > 0 && has(flags, 'B4').length > 0;
  // "another red flag" for context flags (F2 hub, A7 near match): a medium or worse flag of a rule other than the context rules
  const redFlags = [...new Set(flags.filter((f) => rank(f.severity) >= rank('medium') && !HUB_RULES.has(f.ruleId)).map((f) => f.ruleId))];
  return flags.map((f) => {
    if (contextOnly(f) && redFlags.length) {
      const cut = f.message.indexOf(CONTEXT_TAIL);
      const message = cut >= 0 ? `${f.message.slice(0, cut)}, together with other red flags (${redFlags.join(', ')}).` : f.message;
      return { ...escalated(f, 'medium', `${f.ruleId === 'F2' ? 'hub' : 'near match'} with another red flag (${redFlags.join(', ')})`), message };
    }
    if (f.ruleId === 'C1' && partners.length) return escalated(f, raise(f.severity === 'info' ? 'low' : f.severity), `with ${[...new Set(partners)].join(', ')}`);
    if (f.ruleId === 'C2' && f.severity === 'medium' && armsPartners.length) return escalated(f, 'high', `with ${[...new Set(armsPartners)].join(', ')}`);
    if (f.ruleId === 'D1' && c1b4) return escalated(f, 'high', 'with C1 and B4');
    return f;
  });
}

export interface Verdict {
  decision: Decision;
  riskLevel: RiskLevel;
  reasons: string[];
}

/**
 * Decision and risk level from the flags (§1.9). `base` are the flags before per-rule escalation: the diversion triangle
 * raises the weakest of its three legs by one level, so it is measured on the un-escalated severities.
 */
export function decide(flags: Flag[], base: Flag[]): Verdict {
  const reasons: string[] = [];
  let risk: Severity | 'none' = flags.length === 0 ? 'none' : maxSeverity(flags.map((f) => f.severity));
  if (risk === 'info') risk = 'low';
  const bump = (to: Severity, why: string) => {
    if (risk === 'none' || rank(to) > rank(risk)) {
      risk = to;
      reasons.push(why);
    }
  };
  // §1.9: any A1–A3 hit and A4 make the risk critical; a name match (A1/A2) is a hit only when it is strong to a blocking or
  // licence-requiring entry (the rules make those critical): a potential match or a non-blocking programme is a review
  const listed = flags.filter((f) => (['A1', 'A2'].includes(f.ruleId) && f.severity === 'critical') || (['A3', 'A4'].includes(f.ruleId) && active(f)));
  if (listed.length) bump('critical', `list-related hit (${[...new Set(listed.map((f) => f.ruleId))].join(', ')})`);
  const potential = flags.filter((f) => ['A1', 'A2'].includes(f.ruleId) && f.evidence.reason === POTENTIAL);
  if (potential.length) reasons.push(`${POTENTIAL} (${potential.length} list match${potential.length > 1 ? 'es' : ''})`);
  const goods = base.filter((f) => (f.ruleId === 'C1' && ['1', '2'].includes(String(f.evidence.tier))) || f.ruleId === 'C2');
  const geo = has(base, 'B4', 'B5', 'E3');
  const party = has(base, 'D1', 'D3', 'D5', 'E1', 'E2', 'F1', 'F3', 'G1');
  if (goods.length && geo.length && party.length) {
    const weakest = [goods, geo, party].map((leg) => maxSeverity(leg.map((f) => f.severity))).reduce((a, b) => (rank(a) < rank(b) ? a : b));
    const ids = [...new Set([...goods, ...geo, ...party].map((f) => f.ruleId))].join(', ');
    bump(raise(weakest), `diversion triangle: sensitive goods + risky geography/structure + suspicious party (${ids})`);
    if (!reasons.some((r) => r.startsWith('diversion triangle'))) reasons.push(`diversion triangle present (${ids}), no further escalation`);
  }
  if (has(flags, 'E4').length && has(flags, 'C2').length && has(flags, 'F1', 'E6').length) bump('high', 'state front end user with arms and a third-party payer or broker (E4 + C2 + F1/E6)');
  const blocking = flags.filter((f) => f.severity === 'critical' && BLOCKING_RULES.has(f.ruleId));
  const decision: Decision = blocking.length ? 'block' : rank(risk === 'none' ? 'info' : risk) >= rank('medium') ? 'review' : 'clear';
  if (blocking.length) reasons.unshift(`blocked by ${[...new Set(blocking.map((f) => f.ruleId))].join(', ')}`);
  return { decision, riskLevel: risk as RiskLevel, reasons };
}
