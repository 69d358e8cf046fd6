import { AuditStore, BatchStore, DecisionStore, MonitorStore, ReviewStore, ScreeningStore } from '@screening/queue';
import type { FourEyes } from '@screening/decisions';
import type { ApiDeps } from '../deps';

/** The stores behind decisions, the audit trail, party history and the review queue (on the API's connection). */
export interface AnalystApi {
  screenings: ScreeningStore;
  batches: BatchStore;
  decisions: DecisionStore;
  audit: AuditStore;
  review: ReviewStore;
  monitor: MonitorStore;
  fourEyes: FourEyes;
}

const made = new WeakMap<ApiDeps, AnalystApi>();

/** One set per app (the routers and the web app share it). */
export function analystApi(deps: ApiDeps): AnalystApi {
  let a = made.get(deps);
  if (!a) {
    const { REDIS_PREFIX: prefix } = deps.config;
    a = {
      screenings: deps.store,
      batches: new BatchStore(deps.redis, prefix, deps.config.BATCH_TTL_SECONDS),
      decisions: new DecisionStore(deps.redis, prefix),
      audit: new AuditStore(deps.redis, prefix),
      review: new ReviewStore(deps.redis, prefix),
      monitor: new MonitorStore(deps.redis, prefix),
      fourEyes: deps.config.DECISION_FOUR_EYES,
    };
    made.set(deps, a);
  }
  return a;
}

/** Who does what, for whom: the request's tenant and analyst. */
export interface Actor {
  tenant: string;
  analyst: string;
}
