/**
 * Builds packages/matching/bench-data/realworld/lists.jsonl: labelled name pairs taken from public-domain list files in
 * ../shared/watchlists (deterministic; the labelling rules are in bench-data/realworld/LABELLING.md):
 *   - UN SC consolidated list 2026-02: each record's NAME_ORIGINAL_SCRIPT against its own Latin name (match), and
 *     against another record's Latin name that shares a word with it (no-match);
 *   - UK sanctions list 2026-04 (derived CSV): a subject's `primary_variation` names against its primary name (match),
 *     and against another subject's primary name sharing a word (no-match);
 *   - UK sanctions list 2026-04, phenomena classes with fewer than 30 hand pairs (issue 10), from the list's own names:
 *     truncated_company (an organisation's primary name cut at 35 characters, the SWIFT MT field width, against the
 *     whole name; against another organisation starting with the same word), nasab (a person's "X bin Y bin Z …" cut
 *     after its second link, against the whole chain; the two links swapped — a son for his father — against it),
 *     double_surname (Nicaraguan and Venezuelan regimes: first given name + first surname against "SURNAMES, Given";
 *     another subject's given name with the same first surname against it).
 * OpenSanctions data (CC BY-NC) is never written here: bench:quality reads it from ../shared at run time.
 *   usage: pnpm tsx scripts/bench/realworld-build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

// csv-parse is resolved from the watchlists package, which depends on it
const { parse } = createRequire(join(__dirname, '..', '..', 'packages', 'watchlists', 'package.json'))('csv-parse/sync') as typeof import('csv-parse/sync');

const SHARED = resolve(process.env.SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'));
const OUT = join(__dirname, '..', '..', 'packages', 'matching', 'bench-data', 'realworld', 'lists.jsonl');

interface Side { name: string; type: string; aliases?: string[] }
interface Pair { id: string; class: string; expect: 'match' | 'no-match'; a: Side; b: Side; source: string }

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 2);
const scriptOf = (s: string) =>
  /[\u0600-\u06ff]/.test(s) ? 'arabic' : /[\u0400-\u04ff]/.test(s) ? 'cyrillic' : /[\u4e00-\u9fff]/.test(s) ? 'chinese' : 'latin';

/** A deterministic pick: the first other record (in file order, after `i`) sharing a word, of the same type. */
function sharingWord<T extends { latin: string; type: string }>(all: T[], i: number): T | undefined {
  const mine = new Set(words(all[i]!.latin));
  for (let k = 1; k < all.length; k++) {
    const o = all[(i + k) % all.length]!;
    if (o.type === all[i]!.type && o.latin !== all[i]!.latin && words(o.latin).some((w) => mine.has(w))) return o;
  }
  return undefined;
}

function un(): Pair[] {
  const xml = readFileSync(join(SHARED, 'watchlists', 'un', '2026-02', 'UN_consolidated.xml'), 'utf8');
  const recs: Array<{ ref: string; latin: string; original: string; type: string }> = [];
  for (const [tag, type] of [['INDIVIDUAL', 'person'], ['ENTITY', 'organization']] as const) {
    for (const m of xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))) {
      const b = m[1]!;
      const get = (t: string) => b.match(new RegExp(`<${t}>([^<]*)</${t}>`))?.[1]?.trim();
      const latin = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map(get).filter(Boolean).join(' ');
      const original = get('NAME_ORIGINAL_SCRIPT');
      if (latin) recs.push({ ref: get('REFERENCE_NUMBER') ?? '', latin, original: original ?? '', type });
    }
  }
  const out: Pair[] = [];
  recs.forEach((r, i) => {
    if (!r.original || scriptOf(r.original) === 'latin') return;
    const cls = `script_${scriptOf(r.original)}`;
    out.push({ id: `un-${r.ref}-m`, class: cls, expect: 'match', a: { name: r.original, type: r.type }, b: { name: r.latin, type: r.type }, source: `UN SC 2026-02 ${r.ref}` });
    if (i % 2 === 0) {
      const o = sharingWord(recs, i);
      if (o) out.push({ id: `un-${r.ref}-n`, class: cls, expect: 'no-match', a: { name: r.original, type: r.type }, b: { name: o.latin, type: o.type }, source: `UN SC 2026-02 ${r.ref} vs ${o.ref}` });
    }
  });
  return out;
}

/**
 * UK `primary_variation` names of the sample that are *another name* of the subject, not a rendering of its primary
 * name, by the rule of LABELLING.md § "list_variation and other_name" (decided by hand-reading each sampled pair
 * against that rule, never by the matcher's score): name_id → the clause of the rule that decides it. These pairs go
 * to class `other_name`, which bench:quality evaluates as screening finds them: against the subject's list record
 * carrying its UK names as aliases.
 */
const OTHER_NAMES: Record<string, string> = {
  '02363': 'person: another family name (Muhajir / Ghafari)',
  '04446': 'person: another given name, same family name (Tambo / John)',
  '05399': 'person: another family name (Abbas / Dazey)',
  '13091': 'person: other given and ancestor names (Khamis Ahmad Hamid / Abdelhamid Khamis Abdullah)',
  '13185': 'person: another family name (maiden / married: Akhras / Asad)',
  '13715': 'person: another family name (as-Sahni / Slakho)',
  '14204': 'person: another given name, same family name (Jamil / Saji\')',
  '14702': 'person: another given name (Nur al-Din / Bara)',
  '05288': 'organisation: another distinctive word (Moshe\'s / Tirzah Valley)',
  '06125': 'organisation: keeps none of the distinctive words (Chemical Industries Group / Parchin Chemical Industries)',
  '06274': 'organisation: a translation with another distinctive word (German-Iranian Trade Bank / Europaisch-Iranische Handelsbank)',
  '06398': 'organisation: an acronym that is not the initials of the other name (PPI / Petropars Iran Company)',
  '06620': 'organisation: a translation of an acronym\'s expansion (Exploration and Preparation … / EMKA)',
  '09732': 'organisation: a former name (Izhmash / Kalashnikov Concern)',
  '09833': 'organisation: an acronym of a name in another language (IzhBS / Izmash Unmanned Systems)',
  '11002': 'organisation: an acronym of a name in another language (T.R.O.S / Open Systems Development Technology)',
  '11200': 'organisation: another distinctive word (Baisheng / Parsun)',
};

function uk(): Pair[] {
  const dir = join(SHARED, 'watchlists', 'uk_derived', '2026-04');
  const subjects = new Map<string, string>(
    (parse(readFileSync(join(dir, 'subjects.csv')), { columns: true }) as Array<Record<string, string>>).map((s) => [s.unique_id!, s.subject_type!]),
  );
  const names = parse(readFileSync(join(dir, 'subject_names.csv')), { columns: true }) as Array<Record<string, string>>;
  const typeOf = (t: string | undefined) => (t === 'individual' ? 'person' : t === 'ship' ? 'vessel' : 'organization');
  const primary = new Map<string, string>();
  for (const n of names) if (n.name_type === 'primary' && !primary.has(n.unique_id!)) primary.set(n.unique_id!, n.full_name!.replace(/\s+/g, ' ').trim());
  // every other UK name of a subject (variations and aliases): the list record's aliases, for class other_name
  const others = new Map<string, string[]>();
  for (const n of names) {
    const v = n.full_name!.replace(/\s+/g, ' ').trim();
    const list = others.get(n.unique_id!) ?? [];
    if (v && v !== primary.get(n.unique_id!) && !list.includes(v)) list.push(v);
    others.set(n.unique_id!, list);
  }
  const prim = [...primary].map(([id, latin]) => ({ id, latin, type: typeOf(subjects.get(id)) }));
  const at = new Map(prim.map((p, i) => [p.id, i]));
  const out: Pair[] = [];
  let k = 0;
  for (const n of names) {
    if (n.name_type !== 'primary_variation') continue;
    const id = n.unique_id!;
    const p = primary.get(id);
    const v = n.full_name!.replace(/\s+/g, ' ').trim();
    if (!p || v.toLowerCase() === p.toLowerCase()) continue;
    // every 24th variation: a sample across the file (the list has about 5,000)
    if (k++ % 24 !== 0) continue;
    const type = typeOf(subjects.get(id));
    const other = OTHER_NAMES[n.name_id!];
    const cls = other ? 'other_name' : 'list_variation';
    const b = (sid: string, name: string, t: string): Side => (other ? { name, type: t, aliases: others.get(sid) ?? [] } : { name, type: t });
    out.push({ id: `uk-${n.name_id}-m`, class: cls, expect: 'match', a: { name: v, type }, b: b(id, p, type), source: `UK sanctions list 2026-04 ${id}${other ? `; other name: ${other}` : ''}` });
    if (k % 48 === 1) {
      const o = sharingWord(prim, at.get(id)!);
      if (o) out.push({ id: `uk-${n.name_id}-n`, class: cls, expect: 'no-match', a: { name: v, type }, b: b(o.id, o.latin, o.type), source: `UK sanctions list 2026-04 ${id} vs ${o.id}` });
    }
  }
  return out;
}

function phenomena(): Pair[] {
  const dir = join(SHARED, 'watchlists', 'uk_derived', '2026-04');
  const subjects = new Map<string, string>(
    (parse(readFileSync(join(dir, 'subjects.csv')), { columns: true }) as Array<Record<string, string>>).map((s) => [s.unique_id!, s.subject_type!]),
  );
  const names = (parse(readFileSync(join(dir, 'subject_names.csv')), { columns: true }) as Array<Record<string, string>>).filter(
    (n) => n.name_type === 'primary',
  );
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const out: Pair[] = [];
  const src = (id: string) => `UK sanctions list 2026-04 ${id}`;
  // truncated_company: every 8th long organisation name
  const orgs = names.filter((n) => subjects.get(n.unique_id!) === 'entity').map((n) => ({ id: n.unique_id!, name: clean(n.full_name) }));
  let k = 0;
  orgs.forEach((o, i) => {
    if (o.name.length <= 40 || k++ % 8 !== 0) return;
    const cut = o.name.slice(0, 35).trim();
    out.push({ id: `ukt-${o.id}-m`, class: 'truncated_company', expect: 'match', a: { name: cut, type: 'organization' }, b: { name: o.name, type: 'organization' }, source: src(o.id) });
    const first = o.name.split(' ')[0]!.toLowerCase();
    // another organisation with the same first word whose name does not go on from the cut (compared as words)
    const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const other = orgs.slice(i + 1).concat(orgs.slice(0, i)).find((x) => x.id !== o.id && x.name.split(' ')[0]!.toLowerCase() === first && !norm(x.name).startsWith(norm(cut)));
    if (other && k % 2 === 1) out.push({ id: `ukt-${o.id}-n`, class: 'truncated_company', expect: 'no-match', a: { name: cut, type: 'organization' }, b: { name: other.name, type: 'organization' }, source: `${src(o.id)} vs ${other.id}` });
  });
  // nasab: persons whose name is a chain X bin Y bin Z … (at least three links)
  const PART = /^(bin|ibn|ben|bint|ould)$/i;
  const people = names.filter((n) => subjects.get(n.unique_id!) === 'individual').map((n) => ({ id: n.unique_id!, name: clean(n.full_name), n }));
  for (const p of people) {
    const w = p.name.split(' ');
    if (w.length < 5 || !PART.test(w[1]!) || !PART.test(w[3] ?? '') || PART.test(w[0]!) || PART.test(w[2]!)) continue;
    const a = w.slice(0, 3).join(' ');
    out.push({ id: `ukn-${p.id}-m`, class: 'nasab', expect: 'match', a: { name: a, type: 'person' }, b: { name: p.name, type: 'person' }, source: src(p.id) });
    out.push({ id: `ukn-${p.id}-n`, class: 'nasab', expect: 'no-match', a: { name: `${w[2]} ${w[1]} ${w[0]}`, type: 'person' }, b: { name: p.name, type: 'person' }, source: src(p.id) });
  }
  // double_surname: Nicaragua and Venezuela regimes, a family-name field of two words
  const latin = people.filter((p) => /^(NIC|VEN)/.test(p.id) && clean(p.n.name_6).split(' ').length === 2 && clean(p.n.name_1));
  latin.forEach((p, i) => {
    const sur = clean(p.n.name_6);
    const given = [p.n.name_1, p.n.name_2, p.n.name_3, p.n.name_4, p.n.name_5].map(clean).filter(Boolean).join(' ');
    const [s1, s2] = sur.split(' ');
    if (s1!.length < 3 || s2!.length < 3) return;
    const listed = `${sur.toUpperCase()}, ${given}`;
    const g1 = given.split(' ')[0]!;
    out.push({ id: `uks-${p.id}-m`, class: 'double_surname', expect: 'match', a: { name: `${g1} ${s1}`, type: 'person' }, b: { name: listed, type: 'person' }, source: src(p.id) });
    const other = latin.slice(i + 1).concat(latin.slice(0, i)).map((x) => clean(x.n.name_1).split(' ')[0]!).find((g) => g && g.toLowerCase() !== g1.toLowerCase());
    if (other && i % 2 === 0) out.push({ id: `uks-${p.id}-n`, class: 'double_surname', expect: 'no-match', a: { name: `${other} ${s1}`, type: 'person' }, b: { name: listed, type: 'person' }, source: src(p.id) });
  });
  return out;
}

const pairs = [...un(), ...uk(), ...phenomena()];
writeFileSync(OUT, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
const count = (f: (p: Pair) => boolean) => pairs.filter(f).length;
console.log(`${OUT}: ${pairs.length} pairs (${count((p) => p.expect === 'match')} match, ${count((p) => p.expect === 'no-match')} no-match)`);
