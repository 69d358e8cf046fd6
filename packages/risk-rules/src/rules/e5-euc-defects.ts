import { GENERIC_END_USER } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { controlledGoods, flag, notEvaluated } from './helpers';

/** E5: the end-use certificate lacks an expiry date, re-export clause, signatory, reference or issuer, or states a vague end use. */
export const E5: Rule = {
  id: 'E5',
  code: 'EUC_DEFECTS',
  needs: 'endUse.certificate fields',
  evaluate(ctx) {
    const cert = ctx.request.endUse?.certificate;
    if (!cert) return notEvaluated(controlledGoods(ctx).length ? 'no end-use certificate given for controlled goods' : 'no end-use certificate given');
    const defects: string[] = [];
    if (!cert.expiryDate) defects.push('no expiry date');
    if (cert.reexportClause !== true) defects.push(cert.reexportClause === false ? 'no re-export clause' : 're-export clause not stated');
    if (!cert.signatory) defects.push('no named signatory');
    if (!cert.reference) defects.push('no reference number');
    if (!cert.issuer) defects.push('no issuing authority');
    const statement = ctx.request.endUse?.statement?.trim();
    if (statement && (statement.length < 12 || GENERIC_END_USER.test(ascii(statement)))) defects.push(`vague end use ("${statement}")`);
    if (cert.deliveryVerification === false) defects.push('no delivery verification');
    if (defects.length === 0) return [];
    return [flag('high', `The end-use certificate has defects seen in diverted arms deals: ${defects.join(', ')}.`, [], { defects, certificate: cert, source: 'S26, S28' })];
  },
};
