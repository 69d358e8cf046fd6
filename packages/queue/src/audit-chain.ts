import { createHash } from 'node:crypto';
import type { AuditEvent, AuditEventDraft } from '@screening/schemas';

/** prevHash of a chain's first event. */
export const GENESIS = '0'.repeat(64);

/** Canonical JSON: object keys sorted, no whitespace, `undefined` members left out (arrays keep their order). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** hash = SHA-256 hex of prevHash followed by the canonical JSON of the event without `hash`. */
export function eventHash(e: Omit<AuditEvent, 'hash'>): string {
  return sha256(e.prevHash + canonicalJson(e));
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Chains drafts after a head: seq, prevHash and hash of each. */
export function chain(head: ChainHead, drafts: readonly AuditEventDraft[]): AuditEvent[] {
  let { seq, hash } = head;
  return drafts.map((d) => {
    const body = { ...d, seq: ++seq, prevHash: hash } as Omit<AuditEvent, 'hash'>;
    hash = eventHash(body);
    return { ...body, hash } as AuditEvent;
  });
}

export type VerifyProblem = { seq: number; problem: string };

/**
 * Verifies events of one chain in order, starting after `head` (GENESIS for the whole chain): every event must
 * follow the previous one (seq + 1, prevHash = its hash) and carry its own correct hash. A modified event fails
 * its hash; a removed one breaks the seq/prevHash link. Returns the problems (empty = intact) and the last head.
 */
export class ChainVerifier {
  head: ChainHead;
  readonly problems: VerifyProblem[] = [];
  count = 0;
  constructor(start: ChainHead = { seq: 0, hash: GENESIS }) {
    this.head = { ...start };
  }

  add(e: AuditEvent): void {
    this.count++;
    if (e.seq !== this.head.seq + 1) this.problems.push({ seq: e.seq, problem: `expected seq ${this.head.seq + 1} (an event is missing or out of order)` });
    if (e.prevHash !== this.head.hash) this.problems.push({ seq: e.seq, problem: 'prevHash is not the hash of the previous event (an event was removed or changed)' });
    const { hash, ...rest } = e;
    if (eventHash(rest) !== hash) this.problems.push({ seq: e.seq, problem: 'hash does not match the content (the event was modified)' });
    this.head = { seq: e.seq, hash };
  }
}
