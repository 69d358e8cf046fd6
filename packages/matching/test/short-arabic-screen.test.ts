import { type CanonicalEntity, type EntityInput, EntityInputSchema, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, screen, WorkBudget } from '../src';

/**
 * Arabic names whose words all have fewer than three consonants (Abu Hani, Ali Awas, al-Qaida) through screen(),
 * i.e. through the index's retrieval and not only through compare(): the skeleton table files no listed word of
 * fewer than three consonants, so such a name written in Arabic script found no candidate at all. Short words are
 * looked up by their exact consonant classes (skeleton-match.ts latinShortKeys / scriptShortKeys), an Arabic word
 * with the article written on it also without it. The listed names are real list names (OFAC SDN 2023-01, UN SC
 * 2026-02 and US CSL 2022-05 in /work/shared/watchlists: aliases of us_ofac_sdn:18643, :24902, un_sc:QDi.382,
 * QDi.384, QDi.404, QDi.350, QDi.216, us_trade_csl:19651, un_sc:QDe.004); the Arabic-script and romanised queries are
 * written for this test (not the real-world bench pairs). The list holds them among many short Latin names.
 */
const T = 0.77;
const entity = (name: string, type: 'person' | 'organization' = 'person'): EntityInput => EntityInputSchema.parse({ name, type }) as EntityInput;

// [query, listed name, type]
const pairs: Array<[string, string, 'person' | 'organization']> = [
  ['أبو هاني', 'Abu Hani', 'person'],
  ['أبو براء', 'Abu Bara', 'person'],
  ['أبو سعاد', 'Abu Suad', 'person'],
  ['علي عواس', 'Ali Awas', 'person'],
  ['أبو ريان', 'Abu Rayyan', 'person'],
  ['أبو سيف', 'Abu Seif', 'person'],
  ['أبو فتحي', 'Abu Fathi', 'person'],
  ['أبو يحيى', 'Abu Yahya', 'person'],
  // the article written on the word: looked up without it
  ['القاعدة', 'Al Qaeda', 'organization'],
  // romanised: a spelling one edit from the listed spelling, two from its comparison key (Eissa / Issa → "isa")
  ['Aly Eissa', 'ISSA, Ali', 'person'],
  ['Abou Fethi', 'Abu Fathi', 'person'],
];

// filler: many short Latin names sharing the consonants of the listed words (Hana, Bar, Saad, Seifi…), so that the
// short keys meet crowded buckets as in a real list
const syll = ['abu', 'ali', 'hana', 'bar', 'saad', 'awa', 'ryan', 'seifi', 'fath', 'yaya', 'issa', 'kaid', 'omar', 'hadi', 'sami', 'nabi', 'lulu', 'zaid'];
const filler = syll.flatMap((a) => syll.filter((b) => b !== a).map((b) => `${a.toUpperCase()}, ${b[0]!.toUpperCase()}${b.slice(1)}`));

let n = 0;
const listed = (name: string, type: string): CanonicalEntity => ListEntitySchema.parse({ id: `sample:a${n}`, source: 'sample', sourceId: String(n++), type, name });
const entities = [...pairs.map(([, l, t]) => listed(l, t)), ...filler.map((f) => listed(f, 'person'))];
const index = buildIndex(entities, { source: 'sample', version: '1' });

describe('Arabic names of short words through screen()', () => {
  test.each(pairs.map((p, i) => [...p, i] as const))('"%s" finds "%s"', (q, l, type, i) => {
    // compare() accepts the pair: the retrieval must find what the comparison accepts
    expect(compare(entity(q, type), entity(l, type), T).match).toBe(true);
    const found = screen(entity(q, type), index, { threshold: T, limit: 10 });
    const hit = found.find((m) => m.entity.id === entities[i]!.id);
    expect({ name: l, match: hit?.match ?? false }).toEqual({ name: l, match: true });
  });

  test('the short-word lookup is bounded: a query of two short words retrieves far fewer names than the list holds', () => {
    const budget = new WorkBudget();
    screen(entity('علي عواس'), index, { threshold: T, limit: 10, budget });
    // the names holding a word like علي (Ali, Aly, Eli…) or عواس, not every name of one or two consonants
    expect(budget.peak.candidates).toBeGreaterThan(0);
    expect(budget.peak.candidates!).toBeLessThan(entities.length / 4);
  });
});

describe('screen() scores a listed name as compare() does when one comparison key holds several spellings', () => {
  // "Mohd" and "Mohammad" share the key of Muhammad, but an Arabic-script محمد reads only the second by its
  // consonants: a similarity computed for one spelling must not be reused for the other (Mohd, Mehmet and Mohammad
  // are spellings the lists file under that key; "Yar Mohammad RAHIMI" is UN SC TAi.015's Latin name)
  const names = ['MOHD, Rahimi', 'MEHMET, Rahimi', 'Yar Mohammad RAHIMI'];
  const ents = names.map((nm, i) => ListEntitySchema.parse({ id: `sample:m${i}`, source: 'sample', sourceId: `m${i}`, type: 'person', name: nm }) as CanonicalEntity);
  const idx = buildIndex(ents, { source: 'sample', version: '1' });
  test.each([['یار محمد رحیمی'], ['محمد رحیمی']])('%s', (q) => {
    const found = screen(entity(q), idx, { threshold: 0.5, limit: 10, bands: { review: 0.5, strongName: 0.95 } });
    for (const e of ents) {
      const c = compare(entity(q), entity(e.name), 0.5, idx.stats);
      const s = found.find((m) => m.entity.id === e.id);
      expect({ name: e.name, score: s?.score ?? (c.score < 0.5 ? c.score : undefined) }).toEqual({ name: e.name, score: c.score });
    }
  });
});
