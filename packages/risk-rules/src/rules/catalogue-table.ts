import { BLOCKING_RULES } from '../decide';
import { RULE_CATALOGUE } from './catalogue';
import { ADDED_RULE_IDS, RULES } from './index';

/** The README's rule table (markdown), from the rule modules and their catalogue cards. */
export function ruleTable(): string {
  const rows = RULES.map((r) => {
    const card = RULE_CATALOGUE[r.id];
    if (!card) throw new Error(`rule ${r.id} has no catalogue card`);
    const blocks = BLOCKING_RULES.has(r.id) ? 'critical blocks' : '—';
    const id = ADDED_RULE_IDS.includes(r.id) ? `${r.id}*` : r.id;
    return `| ${id} | \`${r.code}\` | ${card.when} | ${card.severities.join(', ')} | ${blocks} | ${card.basis} |`;
  });
  return ['| id | code | fires when | severities | block | basis |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
