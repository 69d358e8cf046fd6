import type { Party, ScreeningRequest } from '@screening/schemas';
import { securityKind } from '../tables/security-end-users';
import { ascii } from './parties';

/** A military, police or security body among the end users of a shipment. */
export interface SecurityEndUser {
  name: string;
  kind: string;
  /** index of the party row, when the end user is one */
  party?: number;
  via: string;
}

const END_USE_ROLES: readonly Party['role'][] = ['end_user', 'ultimate_consignee', 'buyer', 'consignee'];

/**
 * Military, police and security end users (tables/security-end-users.ts): parties in an end-use role (end user, ultimate
 * consignee, buyer, consignee) by name or industry, and the stated end user and end-use statement of `endUse`.
 */
export function securityEndUsers(request: ScreeningRequest): SecurityEndUser[] {
  const out: SecurityEndUser[] = [];
  request.parties.forEach((p, index) => {
    if (!END_USE_ROLES.includes(p.role)) return;
    const kind = securityKind(ascii(`${p.name} ${p.aliases.join(' ')} ${p.industry ?? ''}`));
    if (kind) out.push({ name: p.name, kind, party: index, via: p.role });
  });
  const eu = request.endUse;
  for (const [via, text] of [['endUse.endUser', eu?.endUser], ['endUse.statement', eu?.statement]] as const) {
    const kind = text ? securityKind(ascii(text)) : undefined;
    if (kind && !out.some((o) => o.name === text)) out.push({ name: text!, kind, via });
  }
  return out;
}
