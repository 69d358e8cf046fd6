/**
 * The real-world pair set of bench:quality (packages/matching/bench-data/realworld, rules in its LABELLING.md): list
 * pairs (lists.jsonl), hand-labelled pairs (hand.tsv) and, read at run time only, OpenSanctions multi-script names
 * (CC BY-NC: never copied into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Side { name: string; type: string; aliases?: string[] }
export interface RealPair { id: string; class: string; expect: 'match' | 'no-match'; a: Side; b: Side; source: string }

const DIR = join(__dirname, '..', '..', 'packages', 'matching', 'bench-data', 'realworld');
const TYPES: Record<string, string> = { p: 'person', o: 'organization', v: 'vessel', u: 'unknown' };

export function handPairs(): RealPair[] {
  return readFileSync(join(DIR, 'hand.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l, i) => {
      const [cls, expect, at, an, bt, bn, ba] = l.split('\t');
      return {
        id: `hand-${i + 1}`,
        class: cls!,
        expect: expect as 'match' | 'no-match',
        a: { name: an!, type: TYPES[at!]! },
        b: { name: bn!, type: TYPES[bt!]!, aliases: ba ? ba.split(';').map((s) => s.trim()).filter(Boolean) : [] },
        source: 'hand',
      };
    });
}

export function listPairs(): RealPair[] {
  return readFileSync(join(DIR, 'lists.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RealPair);
}

const LATIN = (s: string) => !/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u201c-\u201e«»„“”’]/.test(s);
const scriptClass = (s: string) =>
  /[\u0400-\u04ff]/.test(s) ? 'script_cyrillic' : /[\u0370-\u03ff]/.test(s) ? 'script_greek' : /[\u3040-\u30ff]/.test(s) ? 'script_japanese'
    : /[\u4e00-\u9fff]/.test(s) ? 'script_chinese' : /[\u0600-\u06ff]/.test(s) ? 'script_arabic' : /[\uac00-\ud7af]/.test(s) ? 'script_korean' : 'script_other';

/**
 * OpenSanctions yente fixtures (t1, zala): each non-Latin name of a person or company against the entity's Latin
 * names (match), and against the Latin names of the next entity of the same schema sharing a Latin word (no-match).
 */
export function openSanctionsPairs(shared: string): RealPair[] {
  const base = join(shared, 'watchlists', 'opensanctions', 'yente-fixtures');
  const ents: Array<{ id: string; type: string; latin: string[]; other: string[] }> = [];
  for (const f of ['t1/entities.ftm.json', 'zala/entities.ftm.json']) {
    const p = join(base, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
      const e = JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> };
      const type = e.schema === 'Person' ? 'person' : ['Company', 'Organization', 'LegalEntity'].includes(e.schema) ? 'organization' : '';
      if (!type) continue;
      const names = [...new Set([...(e.properties.name ?? []), ...(e.properties.alias ?? [])])];
      const latin = names.filter(LATIN);
      if (latin.length) ents.push({ id: e.id, type, latin, other: names.filter((n) => !LATIN(n)) });
    }
  }
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));
  const out: RealPair[] = [];
  ents.forEach((e, i) => {
    const mine = new Set(e.latin.flatMap((n) => [...words(n)]));
    const all = new Set([...e.latin, ...e.other].map((n) => n.toLowerCase()));
    // another entity sharing a Latin word, whose names are not this one's (two registered companies can share a name)
    const other = ents
      .slice(i + 1)
      .concat(ents.slice(0, i))
      .find((o) => o.type === e.type && o.id !== e.id && ![...o.latin, ...o.other].some((n) => all.has(n.toLowerCase())) && o.latin.some((n) => [...words(n)].some((w) => mine.has(w))));
    e.other.forEach((n, k) => {
      const b = { name: e.latin[0]!, type: e.type, aliases: e.latin.slice(1) };
      out.push({ id: `os-${e.id}-${k}-m`, class: scriptClass(n), expect: 'match', a: { name: n, type: e.type }, b, source: 'OpenSanctions (CC BY-NC, run time)' });
      if (other && k % 2 === 0) {
        out.push({ id: `os-${e.id}-${k}-n`, class: scriptClass(n), expect: 'no-match', a: { name: n, type: e.type }, b: { name: other.latin[0]!, type: other.type, aliases: other.latin.slice(1) }, source: 'OpenSanctions (CC BY-NC, run time)' });
      }
    });
  });
  return out;
}
