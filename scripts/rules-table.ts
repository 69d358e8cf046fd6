// Prints the README rule table from the rule modules and their catalogue cards (pnpm rules:table).
import { ruleTable } from '@screening/risk-rules';

console.log(ruleTable());
