import fc from 'fast-check';
import { type CanonicalEntity, type EntityInput, ListEntitySchema } from '@screening/schemas';
import { buildIndex, compare, DEFAULT_WORK_LIMITS, prepareName, screen, WorkBudget, WorkLimitError } from '../src';
import { prepareUncached } from '../src/normalize/prepare';

/**
 * Property tests (fast-check, fixed seed; FC_SEED / FC_RUNS override): the normaliser and the matcher never
 * throw on any input the API accepts (names up to 500 characters, 50 aliases), scores stay in [0,1], results are
 * deterministic, and the work of one query is bounded by its budget whatever the input.
 */
const SEED = Number(process.env.FC_SEED ?? 20261202);
const RUNS = Number(process.env.FC_RUNS ?? 60);
const params = (numRuns: number) => ({ seed: SEED, numRuns });

// listed names with common words (many share "mohammed", "trading"), as on real lists
const WORDS = ['mohammed', 'ali', 'hasan', 'al', 'bin', 'trading', 'company', 'llc', 'ooo', 'shipping', 'de', 'la', 'petrov', 'ivan', 'sea', 'star'];
const entities: CanonicalEntity[] = Array.from({ length: 1500 }, (_, i) =>
  ListEntitySchema.parse({
    id: `sample:${i}`,
    source: 'sample',
    sourceId: String(i),
    type: (['person', 'organization', 'vessel'] as const)[i % 3],
    name: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}, ${WORDS[(i * 3) % WORDS.length]} N${i.toString(36)}`,
    aliases: i % 5 === 0 ? [{ name: `${WORDS[(i * 11) % WORDS.length]} (${WORDS[i % 4]}) X${i}`, quality: 'weak' }] : [],
  }),
);
const index = buildIndex(entities, { source: 'sample', version: 'v1' });
const maxListedWords = Math.max(...index.names.map((n) => n.name.keys.length));
const maxPosting = Math.max(...Array.from({ length: index.postings.start.length - 1 }, (_, t) => index.postings.start[t + 1]! - index.postings.start[t]!));

// names: any Unicode, list vocabulary with punctuation and commas, or one word repeated (the costly shapes)
const anyText = fc.string({ unit: 'binary', maxLength: 500 });
const vocabName = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, 'a', ',', '(', ')', '-', "'", 'Ω', 'محمد', '  '), fc.constantFrom(' ', ',', ', ', '', '\u00a0')), { maxLength: 60 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join('').slice(0, 500));
const repeated = fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 120 })).map(([w, n]) => Array.from({ length: n }, () => w).join(' ').slice(0, 500));
const name = fc.oneof(anyText, vocabName, repeated).filter((s) => s.trim().length > 0);
const entity: fc.Arbitrary<EntityInput> = fc.record({
  name,
  type: fc.constantFrom('person', 'organization', 'vessel', 'aircraft', 'unknown'),
  aliases: fc.array(name, { maxLength: 50 }),
  countries: fc.constant([]),
  identifiers: fc.constant([]),
}) as fc.Arbitrary<EntityInput>;

/** The largest single charge: a posting list, all touched names, or one alignment against the longest listed name. */
const SLACK = Math.max(maxPosting + 1, index.names.length, 16 + 4 * DEFAULT_WORK_LIMITS.maxNameTokens * maxListedWords);

function run(e: EntityInput) {
  const budget = new WorkBudget();
  try {
    return { out: screen(e, index, { threshold: 0.7, limit: 10, budget }), budget };
  } catch (err) {
    if (err instanceof WorkLimitError) return { limit: err, budget };
    throw err;
  }
}

describe('properties of the normaliser', () => {
  it('when any string is prepared, then it never throws, its token arrays are parallel and the result is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, vocabName, repeated), fc.constantFrom('person', 'organization', 'vessel', 'aircraft', 'unknown'), (s, type) => {
        const p = prepareUncached(s, type);
        expect(p.ascii).toHaveLength(p.keys.length);
        expect(p.kinds).toHaveLength(p.keys.length);
        expect(p.surname).toHaveLength(p.keys.length);
        expect(prepareUncached(s, type)).toEqual(p);
        expect(prepareName(s, type)).toEqual(p);
      }),
      params(RUNS * 10),
    );
  });
});

describe('properties of the matcher', () => {
  it('when any accepted entity is screened, then it never throws (a work limit aside), scores lie in [0,1], results are deterministic and the work is bounded', () => {
    fc.assert(
      fc.property(entity, (e) => {
        const a = run(e);
        expect(a.budget.queryOps).toBeLessThanOrEqual(DEFAULT_WORK_LIMITS.maxQueryOps + SLACK);
        if (a.limit) {
          expect(a.limit.field).toMatch(/^(name|aliases(\.\d+)?|\(root\))$/);
          return;
        }
        for (const c of a.out!) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
          expect(Number.isFinite(c.score)).toBe(true);
        }
        const b = run(e);
        expect(b.out).toEqual(a.out);
        expect(b.budget.ops).toBe(a.budget.ops);
      }),
      params(RUNS),
    );
  });

  it('when any two entities are compared, then the score lies in [0,1] and is the same both times', () => {
    fc.assert(
      fc.property(entity, entity, (x, y) => {
        let r: ReturnType<typeof compare> | undefined;
        try {
          r = compare(x, y, 0.8);
        } catch (err) {
          if (err instanceof WorkLimitError) return;
          throw err;
        }
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(compare(x, y, 0.8)).toEqual(r);
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });
});
