import type { Decision, Verdict } from '@screening/schemas';

/** Four-eyes policy: `block` = releasing a blocked screening needs a second analyst; `all` = every false_positive; `off` = none. */
export type FourEyes = 'block' | 'all' | 'off';

/** Whether a new verdict needs a second analyst's approval before it takes effect. */
export function needsApproval(policy: FourEyes, verdict: Verdict, screeningDecision: Decision | undefined): boolean {
  if (verdict !== 'false_positive' || policy === 'off') return false;
  return policy === 'all' || screeningDecision === 'block';
}
