import type { Flag, ListCategory, Match, Party, ScreeningRequest, Severity } from '@screening/schemas';
import type { Located } from './facts/geo';
import type { GoodsFacts } from './facts/goods';
import type { SecurityEndUser } from './facts/security';

/** A listed entity that evidence points to. */
export interface ListedRef {
  list: string;
  entityId: string;
  name: string;
  subList?: string;
  programs: string[];
  /** legal meaning of the entry (blocking / non-blocking / export / debarment / other), set by the list readers */
  categories?: ListCategory[];
}

/** A listed owner of a party: declared in the request (`owners`) or found in the lists' ownership graph. */
export interface OwnerEvidence {
  /** the owner as the request or the graph names it */
  owner: string;
  /** effective share of the party in percent (product along the path); undefined when unknown */
  share?: number;
  listed: ListedRef;
  /** names from the party up to the listed owner */
  path: string[];
  via: 'declared' | 'graph';
}

/** A non-ownership link (directorship, family, associate, OFAC "Linked To") from a party's list entity to a listed one. */
export interface LinkEvidence {
  relation: string;
  listed: ListedRef;
  path: string[];
}

export interface AddressHit {
  listed: ListedRef;
  address: string;
  /** the listed entry is the address itself (BIS address-only entries) */
  addressEntry: boolean;
}

export interface IdentifierHit {
  listed: ListedRef;
  type: string;
  value: string;
}

/** What the worker found for one party: list matches, and (optionally) ownership, links, shared addresses/identifiers. */
export interface PartyMatches {
  index: number;
  matches: Match[];
  /** entity ids among `matches` that are not themselves listed (related entities of a FtM dataset) */
  unlisted?: string[];
  owners?: OwnerEvidence[];
  links?: LinkEvidence[];
  addressHits?: AddressHit[];
  identifierHits?: IdentifierHit[];
}

export interface PartyFacts {
  index: number;
  party: Party;
  places: Located[];
  countries: Set<string>;
  regions: Set<string>;
  evidence: PartyMatches;
}

export interface RuleContext {
  request: ScreeningRequest;
  /** the day whose table rows apply (transactionDate, else the screening day) */
  day: string;
  /**
   * the day whose prohibitions apply (embargoes, arms embargoes, licence requirements): the later of the transaction date and
   * the screening day, since goods screened today for an earlier-dated contract are exported under today's law
   */
  lawDay: string;
  parties: PartyFacts[];
  goods: GoodsFacts[];
  /** military, police and security end users of the shipment (facts/security.ts) */
  security: SecurityEndUser[];
  route: { index: number; places: Located[]; leg: ScreeningRequest['route'][number] }[];
  /** the declared destination, else the country of the ultimate consignee / consignee / end user / last leg */
  destination?: { country: string; from: string };
  /** name score from which a candidate has the listed name itself (config MATCH_STRONG_NAME; absent = the matcher's default) */
  strongName?: number;
  /** flags of the rules evaluated before (rules run in catalogue order) */
  flags: Flag[];
}

export interface FlagDraft {
  severity: Severity;
  message: string;
  parties: number[];
  evidence: Record<string, unknown>;
}

export type RuleOutcome = FlagDraft[] | { notEvaluated: string };

export interface Rule {
  id: string;
  code: string;
  /** the data the rule reads, for docs and notEvaluated reasons */
  needs: string;
  evaluate(ctx: RuleContext): RuleOutcome;
}
