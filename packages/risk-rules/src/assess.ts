import type { Decision, Flag, RiskLevel, ScreeningRequest } from '@screening/schemas';
import { decide, escalateFlags } from './decide';
import { buildContext } from './facts/context';
import { RULES } from './rules';
import { TABLES_VERSION } from './tables';
import type { PartyMatches } from './types';

export interface Assessment {
  decision: Decision;
  riskLevel: RiskLevel;
  flags: Flag[];
  notEvaluated: { ruleId: string; reason: string }[];
  tablesVersion: string;
  /** the day whose table rows were applied */
  asOf: string;
  /** the day whose prohibitions were applied (the later of the transaction date and the screening day) */
  lawAsOf: string;
  explanation: string;
}

export interface AssessOptions {
  /** the screening time (ISO); used when the request has no transactionDate. Pure: the caller passes the clock in. */
  screenedAt?: string;
  /** name score from which a candidate has the listed name itself (config MATCH_STRONG_NAME; default the matcher's) */
  strongName?: number;
}

/**
 * Evaluates the rule catalogue on a shipment and the worker's per-party list evidence. Pure and deterministic: no I/O, no
 * clock (the screening time comes in), every flag carries its evidence and every skipped rule its reason.
 */
export function assess(request: ScreeningRequest, parties: PartyMatches[], opts: AssessOptions = {}): Assessment {
  const ctx = buildContext(request, parties, opts.screenedAt, opts.strongName);
  const notEvaluated: Assessment['notEvaluated'] = [];
  for (const rule of RULES) {
    const out = rule.evaluate(ctx);
    if ('notEvaluated' in out) {
      notEvaluated.push({ ruleId: rule.id, reason: out.notEvaluated });
      continue;
    }
    for (const d of out) ctx.flags.push({ ruleId: rule.id, code: rule.code, ...d });
  }
  const base = ctx.flags;
  const flags = escalateFlags(base);
  const verdict = decide(flags, base);
  const summary = flags.length
    ? `${verdict.decision}, risk ${verdict.riskLevel}: ${flags.length} flag(s) (${[...new Set(flags.map((f) => f.ruleId))].join(', ')})`
    : `clear: no rule fired (${RULES.length - notEvaluated.length} of ${RULES.length} rules evaluated)`;
  return {
    decision: verdict.decision,
    riskLevel: verdict.riskLevel,
    flags,
    notEvaluated,
    tablesVersion: TABLES_VERSION,
    asOf: ctx.day,
    lawAsOf: ctx.lawDay,
    explanation: verdict.reasons.length ? `${summary}; ${verdict.reasons.join('; ')}` : summary,
  };
}
