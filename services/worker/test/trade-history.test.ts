import { closeConnection, TradeHistoryStore, workerConnection } from '@screening/queue';
import { assess } from '@screening/risk-rules';
import { type ScreeningResult, ScreeningRequestSchema } from '@screening/schemas';
import { assertRedis, cleanupPrefix, REDIS_URL, testConfig } from '@screening/testkit';
import { tradeRecords, withServiceHistory } from '../src/trade-history';

const config = testConfig();
const redis = workerConnection(REDIS_URL);
const store = new TradeHistoryStore(redis, config.REDIS_PREFIX);

beforeAll(() => assertRedis());
afterAll(async () => {
  await cleanupPrefix(config.REDIS_PREFIX);
  await closeConnection(redis);
});

const shipment = (reference: string, date: string, consignee: string) =>
  ScreeningRequestSchema.parse({
    reference,
    transactionDate: date,
    parties: [
      { role: 'seller', name: 'Elektronik Nord GmbH', country: 'DE' },
      { role: 'buyer', name: 'Astana Instruments TOO', country: 'KZ' },
      { role: 'consignee', name: consignee, country: 'KZ' },
    ],
    goods: [{ hsCode: '854231', quantity: 200, value: 9000, currency: 'EUR' }],
    declaredDestination: 'KZ',
    endUse: { endUser: 'Kazakh Avionics Plant' },
  });

/** Screens through the service's history as the screen processor does: load, assess, record. */
async function screen(tenant: string, req: ReturnType<typeof shipment>, id: string) {
  const withHistory = await withServiceHistory(store, tenant, req);
  const a = assess(withHistory, [], { screenedAt: `${req.transactionDate}T10:00:00Z` });
  const result = { id, screenedAt: `${req.transactionDate}T10:00:00Z` } as ScreeningResult;
  await store.record(tenant, tradeRecords(req, result));
  return a;
}

describe("the service's own trade history (D6, G2)", () => {
  it('when the same goods for the same end user are screened in three shipments within a month, then the third one has G2, per tenant only', async () => {
    const first = await screen('t1', shipment('PO-1', '2026-10-01', 'Depot One'), 's1');
    expect(first.notEvaluated.find((n) => n.ruleId === 'G2')).toBeDefined();
    await screen('t1', shipment('PO-2', '2026-10-08', 'Depot Two'), 's2');
    const third = await screen('t1', shipment('PO-3', '2026-10-15', 'Depot Three'), 's3');
    const g2 = third.flags.find((f) => f.ruleId === 'G2');
    expect(g2?.evidence).toMatchObject({ shipments: 3, consignees: 3 });
    expect(JSON.stringify(g2?.evidence.earlier)).toContain('s1');
    const other = await screen('t2', shipment('PO-3', '2026-10-15', 'Depot Three'), 's4');
    expect(other.flags.some((f) => f.ruleId === 'G2')).toBe(false);
  });

  it('when one shipment is screened again under its own reference, then the earlier screening is not a second shipment', async () => {
    await screen('t3', shipment('PO-9', '2026-10-01', 'Depot One'), 'r1');
    await screen('t3', shipment('PO-9', '2026-10-05', 'Depot One'), 'r2');
    const again = await screen('t3', shipment('PO-9', '2026-10-09', 'Depot One'), 'r3');
    expect(again.flags.some((f) => f.ruleId === 'G2')).toBe(false);
  });
});
