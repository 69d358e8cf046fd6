import type { ListCategory, ListEntity } from '@screening/schemas';

/**
 * The legal meaning of a list entry (issue 11, "list semantics"), from the publisher's list / sub-list and, for FollowTheMoney
 * data, the entity's `topics`. Sources: OFAC "Specially Designated Nationals and Blocked Persons List" vs "Consolidated
 * Sanctions List (Non-SDN Lists)" (ofac.treasury.gov/other-ofac-sanctions-lists: SSI, FSE, NS-PLC, NS-MBS, CAPTA, NS-CMIC,
 * 561 carry specific restrictions, not blocking); ITA Consolidated Screening List sources (trade.gov/consolidated-screening-list:
 * BIS Entity List, MEU, Unverified List and Denied Persons List are export restrictions under 15 CFR 744/766; DDTC ITAR
 * debarred parties under 22 CFR 127.7); UN Security Council consolidated list, EU Financial Sanctions Files and UK asset
 * freeze: asset freezes; OpenSanctions topic vocabulary (opensanctions.org/docs/topics: sanction, sanction.linked,
 * sanction.counter, export.control, debarment, role.pep, …).
 */
const BY_SOURCE: Record<string, ListCategory[]> = {
  us_ofac_sdn: ['blocking'],
  un_sc: ['blocking'],
  eu_fsf: ['blocking'],
  gb_fcdo: ['blocking'],
  us_ofac_cons: ['non-blocking'],
  us_bis_dpl: ['export'],
  sample: ['blocking'],
};

/** CSL sub-list codes (the short code in the CSL `source` column) by category. */
const CSL_CODES: Record<string, ListCategory> = {
  SDN: 'blocking',
  EL: 'export', MEU: 'export', UVL: 'export', DPL: 'export',
  DTC: 'debarment',
  SSI: 'non-blocking', FSE: 'non-blocking', PLC: 'non-blocking', 'NS-PLC': 'non-blocking', CAP: 'non-blocking', CAPTA: 'non-blocking',
  'NS-MBS': 'non-blocking', CMIC: 'non-blocking', 'NS-CMIC': 'non-blocking', ISN: 'non-blocking', '561': 'non-blocking', 'NS-ISA': 'non-blocking',
};

/** OpenSanctions topics by category; `sanction` is refined by the programme (a non-SDN programme is not blocking). */
const TOPICS: Record<string, ListCategory> = {
  sanction: 'blocking',
  'export.control': 'export',
  debarment: 'debarment',
  'sanction.linked': 'other', 'sanction.counter': 'other', 'export.risk': 'other', 'role.pep': 'other', 'role.rca': 'other', poi: 'other',
  wanted: 'other', 'crime': 'other', 'reg.warn': 'other', 'reg.action': 'other',
};

/** OFAC non-SDN programme tags (and CSL/OpenSanctions programme ids) that mean specific restrictions, not blocking. */
const NON_BLOCKING_PROGRAM = /^(UKRAINE-EO13662|CMIC-EO13959|NS-PLC|561-Related|CAATSA - RUSSIA|FSE-\w+|NS-MBS|MBS|SSI|CAPTA|NS-CMIC|NS-ISA)$|\b(SSI|NS-CMIC|CMIC|CAPTA|NS-MBS|FSE)\b/i;

const uniq = (xs: ListCategory[]): ListCategory[] => [...new Set(xs)];

/** Categories of a CSL entry from its sub-list codes ("SDN; EL" → blocking, export). Unknown codes → other. */
export function cslCategories(subList: string | undefined): ListCategory[] {
  const codes = subList?.split(/;\s*/).filter(Boolean) ?? [];
  return uniq(codes.map((c) => CSL_CODES[c.toUpperCase()] ?? 'other'));
}

/** Categories of a FollowTheMoney entity from its topics (and programmes for `sanction`); none → undefined. */
export function topicCategories(topics: string[], programs: string[]): ListCategory[] | undefined {
  const out = topics.flatMap((t): ListCategory[] => {
    const c = TOPICS[t] ?? (t.startsWith('crime') ? 'other' : undefined);
    if (!c) return [];
    if (c === 'blocking' && programs.length > 0 && programs.every((p) => NON_BLOCKING_PROGRAM.test(p))) return ['non-blocking'];
    return [c];
  });
  return out.length ? uniq(out) : undefined;
}

/** Fills an entity's categories from its source when the reader did not set them (custom lists default to `blocking`). */
export function categorize(source: string, e: ListEntity): ListCategory[] {
  if (e.categories?.length) return e.categories;
  if (source === 'us_trade_csl') return cslCategories(e.subList);
  const base = source.startsWith('custom:') ? 'custom' : source;
  if (base === 'ftm') return topicCategories([], e.programs ?? []) ?? ['other'];
  if (base === 'custom') return ['blocking'];
  return BY_SOURCE[base] ?? ['other'];
}
