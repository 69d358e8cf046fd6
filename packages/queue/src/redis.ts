import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection: one node (`REDIS_URL`) or a Redis Cluster (`REDIS_CLUSTER_NODES`). Every queue, worker,
 * QueueEvents, store, pub/sub subscriber and Lua script of the service runs on one of these, opened by the
 * functions below — the only place that decides single node or cluster (nothing else calls `new Redis`).
 */
export type RedisClient = Redis | Cluster;

/** Where Redis is: the service config, or a plain URL (tests and scripts against one node). */
export type RedisSource = string | { readonly REDIS_URL: string; readonly REDIS_CLUSTER_NODES?: readonly { host: string; port: number }[] };

/** The seed nodes of a cluster source (empty for a single node). */
export function clusterNodes(src: RedisSource): { host: string; port: number }[] {
  return typeof src === 'string' ? [] : [...(src.REDIS_CLUSTER_NODES ?? [])];
}

/** The ioredis internals that end a client (what its own close handler runs): private in its typings. */
interface RedisEnd {
  manuallyClosing: boolean;
  setStatus(status: 'end'): void;
  flushQueue(err: Error): void;
}

/**
 * Makes a single-node client end when disconnected between two reconnection attempts. ioredis 6 then only cancels
 * the next attempt: no 'end' event, and the commands queued offline never settle. BullMQ's closes wait for that
 * 'end' (a Worker's blocking connection, a QueueEvents'), so closing one while its Redis was down or coming back
 * hung for good, and the closed object's timers (a Worker's lock extension, a QueueEvents' read watchdog) ran on
 * after the shutdown. Its duplicates (BullMQ's blocking connections, subscribers) end the same way.
 */
function endingOnDisconnect(r: Redis): Redis {
  const disconnect = r.disconnect.bind(r);
  r.disconnect = (reconnect = false) => {
    const betweenAttempts = !reconnect && r.status === 'reconnecting';
    disconnect(reconnect);
    if (!betweenAttempts) return;
    const internals = r as unknown as RedisEnd;
    internals.manuallyClosing = false;
    internals.setStatus('end');
    internals.flushQueue(new Error('Connection is closed.'));
  };
  const duplicate = r.duplicate.bind(r);
  r.duplicate = ((override?: Partial<RedisOptions>) => endingOnDisconnect(duplicate(override))) as Redis['duplicate'];
  return r;
}

/**
 * Opens a connection with per-node options `opts`. For a cluster the node options go to `redisOptions`, and
 * the ones that govern the client as a whole (offline queue, ready check, reconnection, lazy connect) are
 * lifted to the cluster client, so that a cluster connection behaves like the single-node one.
 */
export function openRedis(src: RedisSource, opts: RedisOptions = {}, clusterExtra: Partial<ClusterOptions> = {}): RedisClient {
  const nodes = clusterNodes(src);
  if (!nodes.length) return endingOnDisconnect(new Redis(typeof src === 'string' ? src : src.REDIS_URL, opts));
  const { enableOfflineQueue, enableReadyCheck, retryStrategy, lazyConnect, ...node } = opts;
  const cluster: ClusterOptions = {
    redisOptions: node,
    // a failover or a resharding is followed, not reported: MOVED/ASK are retried, CLUSTERDOWN waited out
    maxRedirections: 32,
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 300,
    retryDelayOnTryAgain: 100,
    slotsRefreshTimeout: 2000,
    ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
    ...(enableReadyCheck !== undefined ? { enableReadyCheck } : {}),
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(retryStrategy ? { clusterRetryStrategy: (times: number) => retryStrategy(times) ?? null } : {}),
    ...clusterExtra,
  };
  return new Cluster(nodes, cluster);
}

/**
 * Connection for BullMQ workers, QueueEvents and blocking commands: waits for Redis forever (BullMQ's
 * production guide).
 */
export function workerConnection(src: RedisSource, extra: RedisOptions = {}, clusterExtra: Partial<ClusterOptions> = {}): RedisClient {
  return openRedis(src, { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra }, clusterExtra);
}

/**
 * Connection of an API instance's reply channel (ReplyHub): a worker connection that, on a cluster, subscribes per
 * shard, so that the sharded channel (SSUBSCRIBE) is read on the master owning its slot.
 */
export function replyConnection(src: RedisSource): RedisClient {
  return workerConnection(src, {}, { shardedSubscribers: true });
}

/**
 * Connection for producers in the API: fails fast while Redis is down (so requests answer 503 instead of
 * hanging), and reconnects on its own when Redis returns.
 */
export function producerConnection(src: RedisSource, extra: RedisOptions = {}): RedisClient {
  return openRedis(src, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
}

/** Connection for a pub/sub subscriber (same target as `of`, its own socket: a subscriber can do nothing else). */
export function subscriberConnection(of: RedisClient): RedisClient {
  return of instanceof Cluster ? of.duplicate() : of.duplicate();
}

/**
 * Closes a connection last in a shutdown: QUIT when Redis is reachable (pending replies arrive first), else
 * (or when QUIT does not return within `timeoutMs`) a plain disconnect, so that a shutdown never waits for a
 * Redis that is down.
 */
export async function closeConnection(r: RedisClient, timeoutMs = 1000): Promise<void> {
  if (r.status === 'end') return;
  if (r.status !== 'ready') return r.disconnect();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([r.quit().catch(() => undefined), new Promise((res) => (timer = setTimeout(res, timeoutMs)))]);
  clearTimeout(timer);
  if ((r.status as string) !== 'end') r.disconnect();
}

/** Waits for `p` at most `ms` (its errors ignored): shutdown steps must not hang on a Redis that is down. */
export async function withTimeout(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** One-shot probe: resolves true when Redis (every master of a cluster: CLUSTER INFO says ok) answers within the timeout. */
export async function pingRedis(src: RedisSource, timeoutMs = 1000): Promise<boolean> {
  const cluster = clusterNodes(src).length > 0;
  const r = openRedis(src, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs });
  r.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((res) => (timer = setTimeout(() => res(false), timeoutMs * 2)));
  const probe = (async () => {
    await r.connect();
    if ((await r.ping()) !== 'PONG') return false;
    return !cluster || /cluster_state:ok/.test(String(await r.call('CLUSTER', 'INFO')));
  })().catch(() => false);
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
    r.disconnect();
  }
}
