/**
 * Work budget of one request (issue 12): the matcher's cost grows with the number of names and words of a query
 * and with how many listed names share them, so one crafted request could occupy a worker for seconds. Every
 * loop that grows with the input charges operations here; structural limits are checked before any work.
 * When a limit is hit the matcher throws WorkLimitError (the API answers 422 `work-limit`, a batch row gets a
 * row error) instead of running on.
 */
export interface WorkLimits {
  /** words of one query name, after normalisation */
  maxNameTokens: number;
  /** names of one query entity (primary name + aliases) */
  maxNames: number;
  /** distinct words over all names of one query entity */
  maxDistinctTokens: number;
  /** candidate listed names scored for one query entity (all its names, all lists) */
  maxCandidates: number;
  /** operations of one query entity (postings visited, token comparisons, alignment cells, candidates) */
  maxQueryOps: number;
  /** operations of one request (every party, owner or row it screens) */
  maxOps: number;
}

/**
 * Defaults, set far above what real queries use (`pnpm bench:work` measures them on OFAC SDN + UN + CSL: see the
 * README) and far below what stalls a worker.
 */
export const DEFAULT_WORK_LIMITS: WorkLimits = {
  maxNameTokens: 40,
  maxNames: 51,
  maxDistinctTokens: 240,
  maxCandidates: 20_000,
  maxQueryOps: 1_000_000,
  maxOps: 5_000_000,
};

export type WorkLimitName = 'name-tokens' | 'names' | 'distinct-tokens' | 'candidates' | 'query-operations' | 'operations' | 'time';

export class WorkLimitError extends Error {
  constructor(
    readonly limit: WorkLimitName,
    /** the input field where the limit was hit, dotted (`parties.2.aliases.4`), relative to the request */
    readonly field: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'WorkLimitError';
  }
}

/** How often (in operations) the optional clock is read. */
const CLOCK_EVERY = 1 << 16;

export class WorkBudget {
  /** operations charged so far (the whole request) */
  ops = 0;
  /** operations charged since the current query began */
  queryOps = 0;
  /** the largest value each structural limit was checked with (for measurements) */
  readonly peak: Partial<Record<WorkLimitName, number>> = {};
  /** the field being worked on, for the error (set by callers: `entity`, `parties.3`, …) */
  scope = '';
  private nextClock = CLOCK_EVERY;

  constructor(
    readonly limits: WorkLimits = DEFAULT_WORK_LIMITS,
    /** a clock and a deadline (ms) as a backstop besides the operation count; the matcher itself reads no clock */
    private readonly clock?: { now: () => number; deadline: number },
  ) {}

  /** Starts the work of one query entity (its own operation allowance) at input field `scope`. */
  begin(scope: string): this {
    this.scope = scope;
    this.queryOps = 0;
    return this;
  }

  /** `scope` + sub-field, dotted. */
  field(sub?: string): string {
    return [this.scope, sub].filter(Boolean).join('.') || '(root)';
  }

  fail(limit: WorkLimitName, sub: string | undefined, detail: string): never {
    throw new WorkLimitError(limit, this.field(sub), detail);
  }

  /** Charges `n` operations; throws once the request's operations (or its time) are used up. */
  charge(n: number, sub?: string): void {
    this.ops += n;
    this.queryOps += n;
    if (this.queryOps > this.limits.maxQueryOps) this.fail('query-operations', sub, `${this.field(sub)} needs more matching work than one query may use (${this.limits.maxQueryOps} operations): its names resemble too many listed names; make them more specific`);
    if (this.ops > this.limits.maxOps) this.fail('operations', sub, `the request needs more matching work than one request may use (${this.limits.maxOps} operations): fewer or shorter names, or fewer parties per request`);
    if (this.clock && this.ops >= this.nextClock) {
      this.nextClock = this.ops + CLOCK_EVERY;
      if (this.clock.now() > this.clock.deadline) this.fail('time', sub, 'the request needs more matching time than one request may use: fewer or shorter names, or fewer parties per request');
    }
  }

  /** Checks a count against a structural limit. */
  check(limit: 'name-tokens' | 'names' | 'distinct-tokens' | 'candidates', value: number, sub?: string): void {
    const max = { 'name-tokens': this.limits.maxNameTokens, names: this.limits.maxNames, 'distinct-tokens': this.limits.maxDistinctTokens, candidates: this.limits.maxCandidates }[limit];
    if (value > (this.peak[limit] ?? 0)) this.peak[limit] = value;
    if (value <= max) return;
    const what = {
      'name-tokens': `has more than ${max} words`,
      names: `has more than ${max} names (name and aliases)`,
      'distinct-tokens': `has more than ${max} distinct words over its names`,
      candidates: `resembles more than ${max} listed names: make the names more specific`,
    }[limit];
    this.fail(limit, sub, `${this.field(sub)} ${what}`);
  }
}

/** A budget without limits (list-side work, tools), still counting operations. */
export const unlimited = (): WorkBudget =>
  new WorkBudget({ maxNameTokens: Infinity, maxNames: Infinity, maxDistinctTokens: Infinity, maxCandidates: Infinity, maxQueryOps: Infinity, maxOps: Infinity });
