import type { TradeHistoryStore } from '@screening/queue';
import type { Party, ScreeningRequest, ScreeningResult, TradeRecord } from '@screening/schemas';
import { nameKey } from './link-graph';

/** Roles whose trade the service remembers (not carriers, banks or notify parties). */
const TRADING_ROLES: ReadonlySet<Party['role']> = new Set(['seller', 'exporter', 'buyer', 'consignee', 'intermediate_consignee', 'ultimate_consignee', 'end_user', 'payer', 'broker']);

/** A party's history key: its normalised name (legal forms and word order ignored) and country. */
export function tradeKey(p: Party): string {
  return `${nameKey(p.name).slice(5)}|${p.country ?? ''}`;
}

/** The request with each trading party's history extended by the service's own records of it (loaded per tenant). */
export async function withServiceHistory(store: TradeHistoryStore, tenant: string, req: ScreeningRequest): Promise<ScreeningRequest> {
  const idx = req.parties.flatMap((p, i) => (TRADING_ROLES.has(p.role) ? [i] : []));
  if (idx.length === 0) return req;
  const loaded = await store.load(tenant, idx.map((i) => tradeKey(req.parties[i]!)));
  const parties = req.parties.map((p, i) => {
    const own = loaded[idx.indexOf(i)] ?? [];
    return own.length ? { ...p, history: [...(p.history ?? []), ...own] } : p;
  });
  return { ...req, parties };
}

/** What this screening adds to the trading parties' histories. */
export function tradeRecords(req: ScreeningRequest, result: ScreeningResult): { party: string; record: TradeRecord }[] {
  const consignee = req.parties.find((p) => p.role === 'ultimate_consignee') ?? req.parties.find((p) => p.role === 'consignee');
  const destination = req.declaredDestination ?? consignee?.country ?? req.route.at(-1)?.country;
  const value = req.goods.reduce((s, g) => s + (g.value ?? 0), 0);
  const quantity = req.goods.reduce((s, g) => s + (g.quantity ?? 0), 0);
  const record: TradeRecord = {
    date: (req.transactionDate ?? result.screenedAt).slice(0, 10),
    hsCodes: req.goods.flatMap((g) => (g.hsCode ? [g.hsCode] : [])),
    screeningId: result.id,
    ...(destination ? { destination } : {}),
    ...(consignee ? { consignee: consignee.name } : {}),
    ...(req.endUse?.endUser ? { endUser: req.endUse.endUser } : {}),
    ...(value ? { value } : {}),
    ...(quantity ? { quantity } : {}),
    ...(req.goods[0]?.currency ? { currency: req.goods[0].currency } : {}),
    ...(req.reference ? { reference: req.reference } : {}),
  };
  return req.parties.filter((p) => TRADING_ROLES.has(p.role)).map((p) => ({ party: tradeKey(p), record }));
}
