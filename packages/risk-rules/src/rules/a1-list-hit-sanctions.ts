import type { Match, Severity } from '@screening/schemas';
import { label } from '../facts/parties';
import { NON_BLOCKING_PROGRAMS, UNKNOWN_PROGRAM } from '../tables/list-programs';
import type { PartyFacts, Rule } from '../types';
import { type Band, bandOf, categoriesOf, flag, matchEvidence, ORDER, POTENTIAL, rank } from './helpers';

const lower = (s: Severity): Severity => ORDER[Math.max(0, rank(s) - 1)]!;

/** The non-blocking programme of an entry, by sub-list code or programme tag. */
function programOf(m: Match) {
  const codes = [...(m.subList?.split(/;\s*/) ?? []), ...m.programs];
  return NON_BLOCKING_PROGRAMS.find((p) => codes.some((c) => p.codes.test(c))) ?? UNKNOWN_PROGRAM;
}

function links(p: PartyFacts) {
  return p.evidence.links?.length ? { linkedTo: p.evidence.links.map((l) => ({ relation: l.relation, name: l.listed.name, entityId: l.listed.entityId })) } : {};
}

/**
 * A1: a party (any role) matches a sanctions list entry at or above the threshold. What it means depends on the entry's
 * category and the match's band: a strong match to a blocking entry (SDN, UN, EU FSF, UK asset freeze) is critical and
 * blocks; a potential one is high, for an analyst to confirm. A non-blocking programme (SSI, NS-CMIC, CAPTA, NS-MBS, FSE…)
 * never blocks: the flag names its specific restriction. Other listings (PEP, sanction-linked, wanted) are context.
 * Export restrictions and debarments are A2.
 */
export const A1: Rule = {
  id: 'A1',
  code: 'LIST_HIT_SANCTIONS',
  needs: 'list matches of every party, with their band and the entry category',
  evaluate(ctx) {
    return ctx.parties.flatMap((p) =>
      p.evidence.matches
        .filter((m) => m.match && !p.evidence.unlisted?.includes(m.entityId))
        .flatMap((m) => {
          const cats = categoriesOf(m);
          const band: Band = bandOf(m);
          const strong = band === 'strong';
          const where = `${m.name} on ${m.list} (score ${m.score}${m.programs.length ? `, ${m.programs.join(', ')}` : ''})`;
          const ev = { ...matchEvidence(m), ...links(p) };
          if (cats.has('blocking')) {
            return [
              strong
                ? flag('critical', `The ${label(p)} matches ${where}, a blocking sanctions listing.`, [p.index], { ...ev, category: 'blocking' })
                : flag('high', `The ${label(p)} may match ${where}, a blocking sanctions listing: ${POTENTIAL}.`, [p.index], { ...ev, category: 'blocking', reason: POTENTIAL }),
            ];
          }
          if (cats.has('non-blocking')) {
            const prog = programOf(m);
            const severity = strong ? prog.severity : lower(prog.severity);
            return [
              flag(severity, `The ${label(p)} ${strong ? 'matches' : 'may match'} ${where}, a non-blocking programme (${prog.id}): no block; ${prog.restriction}.${strong ? '' : ` ${POTENTIAL}.`}`, [p.index], {
                ...ev,
                category: 'non-blocking',
                program: prog.id,
                restriction: prog.restriction,
                programSource: prog.source,
                ...(strong ? {} : { reason: POTENTIAL }),
              }),
            ];
          }
          if (cats.has('other')) {
            return [flag(strong ? 'medium' : 'low', `The ${label(p)} ${strong ? 'matches' : 'may match'} ${where}, listed but not sanctioned (PEP, sanction-linked or similar); context for due diligence.`, [p.index], { ...ev, category: 'other' })];
          }
          return [];
        }),
    );
  },
};
