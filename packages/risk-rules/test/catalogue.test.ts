import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CATALOGUE } from '../src/rules/catalogue';
import { ruleTable } from '../src/rules/catalogue-table';
import { RULES } from '../src/rules';

const RULES_DIR = join(__dirname, '..', 'src', 'rules');
const SEVERITY = /'(info|low|medium|high|critical)'/g;

describe('rule catalogue (the README rule table)', () => {
  it('when a rule exists, then it has a catalogue card with its severities and basis, and no card is left over', () => {
    expect(Object.keys(RULE_CATALOGUE).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const card of Object.values(RULE_CATALOGUE)) {
      expect(card.severities.length).toBeGreaterThan(0);
      expect(card.basis.length).toBeGreaterThan(3);
    }
  });

  it('when a rule module can emit a severity, then its card declares it (and declares nothing the module never emits)', () => {
    for (const file of readdirSync(RULES_DIR).filter((f) => /^[a-g]\d+-.*\.ts$/.test(f))) {
      const id = file.split('-')[0]!.toUpperCase();
      const emitted = [...new Set([...readFileSync(join(RULES_DIR, file), 'utf8').matchAll(SEVERITY)].map((m) => m[1]))].sort();
      expect({ id, severities: [...RULE_CATALOGUE[id]!.severities].sort() }).toEqual({ id, severities: emitted });
    }
  });

  it('when the catalogue changes, then the README carries the same table (pnpm rules:table)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(ruleTable());
  });
});
