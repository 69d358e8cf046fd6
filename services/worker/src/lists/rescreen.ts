import { partyFingerprint } from '@screening/decisions';
import { type AlertStore, type DecisionStore, listVisibleTo, type MonitorStore, type PartyHits } from '@screening/queue';
import { type Alert, type CanonicalEntity, entityLabel, type Match } from '@screening/schemas';
import { entityDigest } from '@screening/watchlists';
import type { CatalogEntry } from '../catalog';
import { WorkLimitError } from '@screening/matching';
import { yieldEvery } from '../yield';
import { applyTenantDecisions } from '../analyst';
import { matchEntity } from '../screening';

export interface RescreenScope {
  /** entries to screen against: the changed entities of one list (a small index), or the whole catalog */
  entries: CatalogEntry[];
  /** entity id → entity, for content digests */
  entity: (id: string) => CanonicalEntity | undefined;
  /** for a list change: the ids the change touched (hits on other entities are kept as they are) */
  touched?: ReadonlySet<string>;
  trigger: Alert['trigger'];
  /** only the parties this returns true for (one part of a split re-screening) */
  filter?: (partyId: string) => boolean;
}

/** Part (0..parts-1) of a party id: FNV-1a, stable across processes. */
export function partOf(id: string, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % parts;
}

export interface RescreenStats {
  parties: number;
  alerts: number;
  ms: number;
  /** set when the job only split the work into part jobs */
  parts?: number;
}

/** Hits of a screening result: matched entity id → digest of the entity's content. */
export function hitsOf(matches: readonly Match[], entity: (id: string) => CanonicalEntity | undefined): PartyHits {
  const hits: PartyHits = {};
  for (const m of matches) {
    const e = m.match ? entity(m.entityId) : undefined;
    if (e) hits[m.entityId] = entityDigest(e);
  }
  return hits;
}

/**
 * Re-screens every monitored party against the scope. A hit on an entity the party did not hit before, or on
 * an entity whose content changed since it was hit, raises one alert (deduplicated in the alert store); the
 * party's hits are then updated. Hits on entities the change removed are dropped silently. A hit that an analyst
 * cleared (an active false_positive that still holds) neither alerts nor counts as a current hit, so that it alerts
 * (marked `reopened`) as soon as the decision stops holding; the decisions of a page are read in one go per tenant.
 */
export async function rescreenMonitored(
  deps: { monitor: MonitorStore; alerts: AlertStore; threshold: number; now: () => Date; onAlert: (a: Alert) => Promise<void>; decisions?: DecisionStore },
  scope: RescreenScope,
  removed: ReadonlySet<string> = new Set(),
): Promise<RescreenStats> {
  const started = Date.now();
  const pause = yieldEvery(20);
  let parties = 0;
  let raised = 0;
  // a party is re-screened against the lists its tenant may use only (issue 12): never another tenant's custom list
  const byTenant = new Map<string, CatalogEntry[]>();
  const entriesOf = (tenant: string) => {
    let e = byTenant.get(tenant);
    if (!e) byTenant.set(tenant, (e = scope.entries.filter((x) => listVisibleTo(x.version.id, tenant))));
    return e;
  };
  for await (const page of deps.monitor.scan(1000, scope.filter)) {
    const updates: { id: string; hits: PartyHits }[] = [];
    const ended: string[] = [];
    const screened: { party: (typeof page)[number]['party']; hits: PartyHits; name: string; fingerprint: string; matches: Match[] }[] = [];
    for (const { party, hits } of page) {
      parties++;
      const entries = entriesOf(party.tenant);
      if (!entries.length) continue; // a change of a list this tenant does not use: its hits stay as they are
      await pause();
      try {
        const matches = matchEntity(party.entity, entries, deps.threshold, 10).filter((m) => m.match);
        screened.push({ party, hits, name: party.entity.name ?? '', fingerprint: partyFingerprint(party.entity), matches });
      } catch (err) {
        // a party over the work budget against the new lists keeps its hits (it was screened within it before)
        if (err instanceof WorkLimitError) continue;
        throw err;
      }
    }
    if (deps.decisions) {
      for (const tenant of new Set(screened.map((s) => s.party.tenant))) {
        await applyTenantDecisions(deps.decisions, tenant, screened.filter((s) => s.party.tenant === tenant), deps.now());
      }
    }
    for (const { party, hits, matches: all } of screened) {
      const matches = all.filter((m) => !m.suppressed);
      const next: PartyHits = {};
      if (scope.touched) for (const [id, d] of Object.entries(hits)) if (!scope.touched.has(id) && !removed.has(id)) next[id] = d;
      for (const m of matches) {
        const e = scope.entity(m.entityId);
        if (!e) continue;
        const digest = entityDigest(e);
        next[m.entityId] = digest;
        if (hits[m.entityId] === digest) continue;
        const alert = await deps.alerts.raise(
          {
            tenant: party.tenant,
            kind: hits[m.entityId] ? 'changed-hit' : 'new-hit',
            partyId: party.id,
            partyName: entityLabel(party.entity),
            origin: party.origin,
            match: m,
            trigger: scope.trigger,
            createdAt: deps.now().toISOString(),
          },
          `${party.id}|${m.entityId}|${digest}`,
        );
        if (alert) {
          raised++;
          await deps.onAlert(alert);
        }
      }
      const keys = Object.keys(next);
      if (keys.length !== Object.keys(hits).length || keys.some((k) => hits[k] !== next[k])) updates.push({ id: party.id, hits: next });
      ended.push(...Object.entries(hits).filter(([id, d]) => next[id] !== d).map(([id, d]) => `${party.id}|${id}|${d}`));
    }
    await deps.monitor.setHits(updates);
    await deps.alerts.forget(ended);
  }
  return { parties, alerts: raised, ms: Date.now() - started };
}
