import { tokens } from '@screening/matching';
import type { PartyFacts, Rule } from '../types';
import { label } from '../facts/parties';
import { flag, notEvaluated, ref } from './helpers';

const RISKY = new Set(['RU', 'BY', 'IR', 'KP']);
import { addressText } from './d3-address-quality';

/** Contact keys of a party: identifiers, normalised address, phone digits, email and web domains. */
function keys(p: PartyFacts): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of p.party.identifiers) out.set(`id:${id.type}:${id.value.replace(/\W/g, '').toLowerCase()}`, `${id.type} ${id.value}`);
  const addr = tokens(addressText(p.party.address)).join(' ');
  if (addr.length > 8) out.set(`address:${addr}`, addressText(p.party.address));
  const phone = p.party.phone?.replace(/\D/g, '');
  if (phone && phone.length >= 7) out.set(`phone:${phone}`, p.party.phone!);
  const email = p.party.email?.toLowerCase().trim();
  if (email) out.set(`email:${email}`, email);
  return out;
}

/** D5: a party shares an identifier with a listed entity, or contact details with a party in RU/BY/IR/KP. */
export const D5: Rule = {
  id: 'D5',
  code: 'SHARED_IDENTIFIERS',
  needs: 'identifiers, addresses, phones and emails of the parties; listed identifiers',
  evaluate(ctx) {
    const withKeys = ctx.parties.map((p) => ({ p, k: keys(p) })).filter((x) => x.k.size > 0);
    if (withKeys.length === 0) return notEvaluated('no identifier, address, phone or email given');
    const out = ctx.parties.flatMap((p) =>
      (p.evidence.identifierHits ?? []).map((h) =>
        flag('high', `The ${label(p)} shares ${h.type} ${h.value} with listed ${h.listed.name} (${h.listed.list}).`, [p.index], { ...ref(h.listed), type: h.type, value: h.value }),
      ),
    );
    const risky = withKeys.filter((x) => [...x.p.countries].some((c) => RISKY.has(c)));
    for (const a of withKeys) {
      for (const b of risky) {
        if (a.p.index === b.p.index || b.p.countries.size === 0 || [...a.p.countries].some((c) => b.p.countries.has(c))) continue;
        const shared = [...a.k.keys()].filter((k) => b.k.has(k));
        if (shared.length === 0) continue;
        out.push(
          flag('high', `The ${label(a.p)} shares ${shared.map((k) => k.split(':')[0]).join(', ')} with the ${label(b.p)} in ${[...b.p.countries].join('/')}.`, [a.p.index, b.p.index], {
            shared: shared.map((k) => a.k.get(k)),
            with: b.p.index,
            countries: [...b.p.countries],
          }),
        );
      }
    }
    return out;
  },
};
