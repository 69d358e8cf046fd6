import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The module boundaries of docs/architecture.md §8, checked on the sources (a lint rule without a linter). */
const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'node_modules' || n === 'dist' ? [] : sources(p);
    return /\.ts$/.test(n) ? [p] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

function offenders(dir: string, bad: (spec: string, text: string) => boolean): string[] {
  return sources(join(ROOT, dir)).flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return imports(f).filter((s) => bad(s, text)).map((s) => `${relative(ROOT, f)} → ${s}`);
  });
}

describe('module boundaries', () => {
  it('when the API is built, then it never imports the matcher, the list readers or the rules (workers do that work)', () => {
    expect(offenders('services/api/src', (s) => /^@screening\/(matching|watchlists|risk-rules)$/.test(s))).toEqual([]);
  });

  it.each(['packages/matching/src', 'packages/risk-rules/src'])('when %s is built, then it is pure: no node: modules, env, clock, randomness or console', (dir) => {
    expect(offenders(dir, (s) => s.startsWith('node:'))).toEqual([]);
    const impure = sources(join(ROOT, dir)).filter((f) => /process\.|Date\.now\(|new Date\(\)|Math\.random\(|console\./.test(readFileSync(f, 'utf8')));
    expect(impure.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('when packages/decisions is built, then it is pure apart from hashing: no I/O, env, clock, randomness or console', () => {
    expect(offenders('packages/decisions/src', (s) => s.startsWith('node:') && s !== 'node:crypto')).toEqual([]);
    const impure = sources(join(ROOT, 'packages/decisions/src')).filter((f) => /process\.|Date\.now\(|new Date\(\)|Math\.random\(|console\.|randomBytes|randomUUID/.test(readFileSync(f, 'utf8')));
    expect(impure.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('when any package is built, then it imports no service, and the two services never import each other', () => {
    expect(offenders('packages', (s) => /^@screening\/(api|worker)$/.test(s))).toEqual([]);
    expect(offenders('services/api/src', (s) => s === '@screening/worker')).toEqual([]);
    expect(offenders('services/worker/src', (s) => s === '@screening/api')).toEqual([]);
  });

  it('when code reads the environment, then it is the config module (tests and scripts aside)', () => {
    const readers = [...sources(join(ROOT, 'packages')), ...sources(join(ROOT, 'services'))]
      .filter((f) => /\/src\//.test(f) && /process\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers.filter((f) => f !== 'packages/runtime/src/config.ts' && !f.startsWith('packages/testkit/'))).toEqual([]);
  });

  it('when code opens a Redis connection, then it goes through the connection factory (single node or cluster is decided there only)', () => {
    const factory = 'packages/queue/src/redis.ts';
    const direct = [...sources(join(ROOT, 'packages')), ...sources(join(ROOT, 'services')), ...sources(join(ROOT, 'scripts'))]
      .filter((f) => /\/(src|scripts)\//.test(f) && /new (Redis|Cluster|IORedis)\s*\(|\.duplicate\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(direct.filter((f) => f !== factory)).toEqual([]);
  });
});
