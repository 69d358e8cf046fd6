import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

/**
 * ReDoS audit of every regular-expression literal in the product code (packages and services, not tests):
 * recheck (https://makenowjust-labs.github.io/recheck/) decides whether a regex can backtrack super-linearly
 * (exponential or polynomial) and gives an attack string. A name or a CSV cell is user input of up to 1 MB;
 * one ambiguous quantifier there occupies a worker for seconds (issue 12), so every literal must be safe.
 */
const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'node_modules' || n === 'dist' || n === 'test' ? [] : sources(p);
    return /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
  });
}

/** Regex literals of a TypeScript file, found by the TypeScript scanner (not by a regex over the source). */
export function regexLiterals(file: string): { source: string; flags: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { source: string; flags: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = ['packages', 'services'].flatMap((d) => readdirSync(join(ROOT, d)).map((p) => join(ROOT, d, p, 'src'))).filter((d) => {
  try {
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
}).flatMap(sources);

/**
 * recheck's verdict from step counts only. Its defaults also bound wall-clock time (the whole check 10 s, a fuzzing
 * attack run 1 s, incubation 250 ms, seeding 100 ms), and an attack string whose run outlasts attackTimeout counts as
 * an attack: on a loaded machine linear regexes were reported "vulnerable (polynomial)" (three risk-rules tables,
 * safe on every quiet run), and a check outlasting `timeout` is "unknown". Without the time bounds the fuzzer (seed 0)
 * decides by the characters its VM reads (attackLimit, incubationLimit), the same on any machine.
 */
const DETERMINISTIC = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

describe('regular expressions', () => {
  it('when the product code is scanned, then it holds regex literals (the scanner works)', () => {
    const all = files.flatMap(regexLiterals);
    expect(all.length).toBeGreaterThan(50);
    expect(regexLiterals(join(ROOT, 'packages/matching/src/normalize/name-key.ts')).map((r) => r.source)).toContain('sch');
  });

  it('when recheck checks every regex literal, then none can backtrack super-linearly', () => {
    const unsafe: string[] = [];
    for (const f of files) {
      for (const r of regexLiterals(f)) {
        // the g/y flags do not change the matching automaton; recheck rejects flags it does not model
        const res = checkSync(r.source, r.flags.replace(/[gyd]/g, ''), DETERMINISTIC);
        if (res.status !== 'safe') unsafe.push(`${relative(ROOT, f)}:${r.line} /${r.source}/${r.flags} → ${res.status}${'complexity' in res && res.complexity ? ` (${res.complexity.type})` : ''}`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 600_000); // about 50 s of CPU
});
