import { ARMS_EMBARGOES } from '../tables/arms-embargoes';
import { cite, rowsInForce } from '../tables/dated';
import { PMC_PRESENCE } from '../tables/pmc';
import { STATE_BODY_PATTERN } from '../tables/profiles';
import { SECURITY_END_USER_SOURCE } from '../tables/security-end-users';
import type { Flag } from '@screening/schemas';
import type { Rule, RuleContext } from '../types';
import { ascii, sameName } from '../facts/parties';
import { excessQuantity } from './c7-price-quantity';
import { controlledGoods, flag, goodsEvidence, notEvaluated, rank } from './helpers';
import { endUser } from './end-user';

/** HS chapters 84–90 (machinery, electronics, vehicles, aircraft, vessels, optics): useful to a force even when not arms. */
const FORCE_USEFUL = /^(8[4-9]|90)/;

/** Roles whose list links (A3 address, A4/A5 ownership, A6 control) make a front deal a sanctions matter. */
const LINK_ROLES = new Set(['broker', 'payer', 'end_user', 'buyer', 'ultimate_consignee', 'consignee', 'intermediate_consignee', 'bank']);

/** A1 (high or above) on any party, and A3/A4/A5/A6 on a broker, payer or end-use party: the deal touches a listed party. */
function listLinks(ctx: RuleContext): Flag[] {
  return ctx.flags.filter(
    (f) =>
      (f.ruleId === 'A1' && rank(f.severity) >= rank('high')) ||
      (['A3', 'A4', 'A5', 'A6'].includes(f.ruleId) && f.severity !== 'info' && f.parties.some((i) => LINK_ROLES.has(ctx.parties[i]?.party.role ?? ''))),
  );
}

/**
 * E4: the end user is a state body — a ministry, armed force, police, gendarmerie, national guard, state security or
 * presidential guard (tables/security-end-users.ts) — of a Table 2d (PMC) or arms-embargo state. With controlled or arms
 * goods and a sign of a front (foreign or private payer, a broker, an EUC from another state, excess quantity, a PMC there):
 * high. A military, police or security end user there with goods of HS chapters 84–90 is at least a review (medium) even
 * when the goods are not controlled. A list hit anywhere, or a listed address/owner/controller of a broker, payer or end-use
 * party (A3/A4/A5/A6), makes it critical.
 */
export const E4: Rule = {
  id: 'E4',
  code: 'STATE_FRONT_END_USER',
  needs: 'end user (state body or security force, country), payer, broker, EUC issuer, goods',
  evaluate(ctx) {
    const buyer = ctx.parties.find((p) => p.party.role === 'buyer' && p.party.isStateBody);
    const sec = ctx.security[0];
    const stated = endUser(ctx);
    const eu = stated ?? (buyer ? { name: buyer.party.name, party: buyer, country: buyer.party.country, countryFrom: 'buyer' } : sec ? { name: sec.name, country: sec.party !== undefined ? ctx.parties[sec.party]!.party.country : undefined, countryFrom: sec.via } : undefined);
    if (!eu) return notEvaluated('no end user (or state buyer) given');
    const security = ctx.security.find((s) => s.name === eu.name || (eu.party && s.party === eu.party.index)) ?? (sec && (!eu.party || eu.party.party.role !== 'end_user') ? sec : undefined);
    const state = Boolean(security) || (eu.party?.party.isStateBody ?? STATE_BODY_PATTERN.test(ascii(eu.name)));
    const country = eu.country ?? ctx.destination?.country;
    const controlled = controlledGoods(ctx);
    const useful = security ? ctx.goods.filter((g) => !g.controlled && g.hs && FORCE_USEFUL.test(g.hs)) : [];
    if (!state || !country || (controlled.length === 0 && useful.length === 0)) return [];
    const pmc = rowsInForce(PMC_PRESENCE, ctx.day).find((r) => r.code === country);
    const embargo = rowsInForce(ARMS_EMBARGOES, ctx.day).find((r) => r.code === country);
    if (!pmc && !embargo) return [];
    const signs: string[] = [];
    const payer = ctx.parties.find((p) => p.party.role === 'payer');
    const payerCountry = payer?.party.country ?? ctx.request.payment?.payerCountry;
    const payerName = payer?.party.name ?? ctx.request.payment?.payer;
    if (payerCountry && payerCountry !== country) signs.push(`payer is in ${payerCountry}`);
    else if (payerName && !sameName(payerName, eu.name) && !(payer?.party.isStateBody ?? STATE_BODY_PATTERN.test(ascii(payerName)))) signs.push(`payer "${payerName}" is a private party`);
    const brokers = ctx.parties.filter((p) => p.party.role === 'broker' && !p.party.isStateBody);
    if (brokers.length) signs.push(`private broker ${brokers.map((b) => `"${b.party.name}"`).join(', ')}`);
    const cert = ctx.request.endUse?.certificate;
    if (cert?.issuingCountry && cert.issuingCountry !== country) signs.push(`end-use certificate issued by ${cert.issuingCountry}`);
    const excess = ctx.goods.filter((g) => excessQuantity(g));
    if (excess.length) signs.push("quantities far above the buyer's usual needs");
    const frontSigns = signs.length;
    if (pmc) signs.push(`Wagner / Africa Corps operate in ${country}`);
    if (signs.length === 0 && !security) return [];
    const links = listLinks(ctx);
    const severity = links.length ? 'critical' : controlled.length && signs.length ? 'high' : useful.length && frontSigns ? 'high' : 'medium';
    const what = security ? `a ${security.kind} body` : 'a state body';
    const goodsText = controlled.length ? 'controlled or arms goods' : `goods of HS chapters 84–90 (${useful.map((g) => g.hs).join(', ')})`;
    return [
      flag(
        severity,
        `The end user "${eu.name}" is ${what} of ${country} buying ${goodsText}${signs.length ? `, with signs of a front end user: ${signs.join('; ')}` : ''}${links.length ? `; and the deal is linked to a listed party (${[...new Set(links.map((f) => f.ruleId))].join(', ')})` : ''}.`,
        [...(eu.party ? [eu.party.index] : []), ...(payer ? [payer.index] : []), ...brokers.map((b) => b.index), ...links.flatMap((f) => f.parties)],
        {
          endUser: eu.name,
          country,
          ...(eu.countryFrom ? { countryFrom: eu.countryFrom } : {}),
          ...(security ? { securityKind: security.kind, securitySource: SECURITY_END_USER_SOURCE } : {}),
          signs,
          linkedListHit: links.length > 0,
          ...(links.length ? { links: links.map((f) => ({ ruleId: f.ruleId, parties: f.parties })) } : {}),
          goods: goodsEvidence(controlled.length ? controlled : useful),
          ...(pmc ? { pmc: { presence: pmc.presence, ...cite(pmc) } } : {}),
          ...(embargo ? { armsEmbargo: { authority: embargo.authority, scope: embargo.scope } } : {}),
          source: 'S22, S23, S26, S27; 15 CFR 744.21(f)',
        },
      ),
    ];
  },
};
