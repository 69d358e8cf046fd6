import type { Rule } from '../types';
import { flag, hubRow, notEvaluated } from './helpers';

/** G1: consignee, destination, route or payer changed after the order or a screening; high when moving away from RU/BY or into a hub. */
export const G1: Rule = {
  id: 'G1',
  code: 'LAST_MINUTE_CHANGE',
  needs: 'change events',
  evaluate(ctx) {
    const events = ctx.request.events;
    if (!events) return notEvaluated('no change history (events) given');
    return events
      .filter((e) => e.field !== 'payment_method')
      .map((e) => {
        const away = e.fromCountry === 'RU' || e.fromCountry === 'BY';
        const hub = e.toCountry ? hubRow(ctx, e.toCountry) : undefined;
        const what = `${e.field.replace(/_/g, ' ')} changed${e.afterScreening ? ' after screening' : ' after the order'}${e.from || e.fromCountry ? ` from ${e.from ?? ''}${e.fromCountry ? ` (${e.fromCountry})` : ''}` : ''}${e.to || e.toCountry ? ` to ${e.to ?? ''}${e.toCountry ? ` (${e.toCountry})` : ''}` : ''}`;
        return flag(away || hub ? 'high' : 'medium', `The ${what.replace(/\s+/g, ' ')}${away ? ', away from Russia/Belarus' : hub ? ', into a diversion hub' : ''}; the shipment must be re-screened.`, [], {
          event: e,
          awayFromRussia: away,
          intoHub: Boolean(hub),
          source: 'S3, S7, S12',
        });
      });
  },
};
