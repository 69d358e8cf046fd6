import type { Decision, Flag, Match, RiskLevel, ScreeningRequest, Severity } from '@screening/schemas';

export const TABLES_VERSION = 'tables@0.1';

export interface PartyMatches {
  index: number;
  matches: Match[];
}

export interface Assessment {
  decision: Decision;
  riskLevel: RiskLevel;
  flags: Flag[];
  notEvaluated: { ruleId: string; reason: string }[];
  tablesVersion: string;
  explanation: string;
}

const EXPORT_LISTS = new Set(['us_bis_dpl']);

/** A1/A2: a party matches a listed entity at or above the threshold. */
function listHitFlags(request: ScreeningRequest, parties: PartyMatches[]): Flag[] {
  const flags: Flag[] = [];
  for (const p of parties) {
    for (const m of p.matches.filter((x) => x.match)) {
      const exportList = EXPORT_LISTS.has(m.list);
      flags.push({
        ruleId: exportList ? 'A2' : 'A1',
        code: exportList ? 'LIST_HIT_EXPORT_RESTRICTED' : 'LIST_HIT_SANCTIONS',
        severity: 'critical',
        message: `The ${request.parties[p.index]!.role} matches ${m.name} on ${m.list} (score ${m.score}).`,
        parties: [p.index],
        evidence: { list: m.list, listVersion: m.listVersion, entityId: m.entityId, matchedName: m.matchedName, score: m.score, programs: m.programs },
      });
    }
  }
  return flags;
}

const ORDER: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Turns the matches of every party into flags and a decision (list hits only, until the rule catalogue lands). */
export function assess(request: ScreeningRequest, parties: PartyMatches[]): Assessment {
  const flags = listHitFlags(request, parties);
  const worst = flags.reduce((w, f) => Math.max(w, ORDER.indexOf(f.severity)), -1);
  const riskLevel: RiskLevel = worst < 0 ? 'none' : worst === 0 ? 'low' : (ORDER[worst] as RiskLevel);
  const decision: Decision = flags.some((f) => f.severity === 'critical') ? 'block' : flags.length ? 'review' : 'clear';
  return {
    decision,
    riskLevel,
    flags,
    notEvaluated: [],
    tablesVersion: TABLES_VERSION,
    explanation: flags.length ? `${flags.length} flag(s); worst severity ${ORDER[worst]}` : 'no party matches a listed entity',
  };
}
