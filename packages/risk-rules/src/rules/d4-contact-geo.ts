import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Rule } from '../types';
import { label } from '../facts/parties';
import { embargoedCountry, flag, notEvaluated } from './helpers';

/** D4: the phone's country code or the IP country differs from the party's country (IP in an embargoed country is B1). */
export const D4: Rule = {
  id: 'D4',
  code: 'CONTACT_GEO_MISMATCH',
  needs: 'phone numbers and IP countries of the parties',
  evaluate(ctx) {
    const contact = ctx.parties.filter((p) => p.party.phone || p.party.ipCountry);
    if (contact.length === 0) return notEvaluated('no phone number or IP country given');
    return contact.flatMap((p) => {
      const home = p.party.country ?? (p.countries.size === 1 ? [...p.countries][0] : undefined);
      if (!home) return [];
      const out = [];
      const phone = p.party.phone ? parsePhoneNumberFromString(p.party.phone) : undefined;
      const phoneCountry = phone?.country;
      if (phoneCountry && phoneCountry !== home) {
        out.push(flag('low', `The ${label(p)} is in ${home} but its phone number (+${phone!.countryCallingCode}) is from ${phoneCountry}.`, [p.index], { country: home, phone: p.party.phone, phoneCountry }));
      }
      const ip = p.party.ipCountry;
      if (ip && ip !== home) {
        const embargoed = embargoedCountry(ctx, ip);
        out.push(
          flag(embargoed ? 'critical' : 'medium', `The ${label(p)} is in ${home} but placed the order from an IP address in ${ip}${embargoed ? ', a sanctioned jurisdiction' : ''}.`, [p.index], {
            country: home,
            ipCountry: ip,
            source: 'S5, S7, S44',
          }),
        );
      }
      return out;
    });
  },
};
