import { hostname } from 'node:os';
import { closeConnection, createQueueEvents, createScreenQueue, ListsRegistry, producerConnection, ReplyHub, replyConnection, type ScreenQueue, ScreeningStore, WorkerMetricsStore, withTimeout, workerConnection } from '@screening/queue';
import type { Config, Logger } from '@screening/runtime';
import { ListQueueNames, type ListTaskJob } from '@screening/schemas';
import { Queue, type QueueEvents } from 'bullmq';
import type { RedisClient } from '@screening/queue';
import { createMonitoredQueues, type MonitoredQueues } from './admin/monitored-queues';

/** Everything the API talks to, built from config in one place. */
export interface ApiDeps {
  config: Config;
  logger: Logger;
  redis: RedisClient;
  screenQueue: ScreenQueue;
  /** this instance's reply channel: workers answer synchronous jobs there (see ReplyHub) */
  replies: ReplyHub;
  store: ScreeningStore;
  registry: ListsRegistry;
  /** a read handle on every queue (dashboard, overview, queue gauges) */
  monitored: MonitoredQueues;
  /** worker metrics snapshots published through Redis */
  workerMetrics: WorkerMetricsStore;
  /** `list-task`: list work (reading a custom upload, diffing versions) the API hands to workers and waits for */
  listTasks: { queue: Queue<ListTaskJob>; events: QueueEvents };
  state: { draining: boolean };
  close: () => Promise<void>;
}

export async function createDeps(config: Config, logger: Logger): Promise<ApiDeps> {
  const redis = producerConnection(config);
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const repliesConnection = replyConnection(config);
  repliesConnection.on('error', () => undefined);
  const screenQueue = createScreenQueue(redis, config.REDIS_PREFIX);
  screenQueue.on('error', (err) => logger.warn({ err: err.message }, 'queue error'));
  const replies = new ReplyHub(repliesConnection, config.REDIS_PREFIX, `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`);
  // not awaited: with Redis down at start the subscription is made on connection (a reply missed meanwhile is polled for)
  replies.start().catch((err) => logger.warn({ err: err.message }, 'reply channel not subscribed'));
  const listTaskEventsConnection = workerConnection(config);
  listTaskEventsConnection.on('error', () => undefined);
  const listTasks = {
    queue: new Queue<ListTaskJob>(ListQueueNames.task, { connection: redis, prefix: config.REDIS_PREFIX }),
    events: createQueueEvents(ListQueueNames.task, listTaskEventsConnection, config.REDIS_PREFIX),
  };
  listTasks.queue.on('error', (err) => logger.warn({ queue: ListQueueNames.task, err: err.message }, 'queue error'));
  listTasks.events.on('error', (err) => logger.warn({ queue: ListQueueNames.task, err: err.message }, 'queue events error'));
  const monitored = createMonitoredQueues(redis, config.REDIS_PREFIX, (err) => logger.debug({ err: err.message }, 'monitored queue error'));
  const deps: ApiDeps = {
    config,
    logger,
    redis,
    screenQueue,
    replies,
    store: new ScreeningStore(redis, config.REDIS_PREFIX, config.RESULT_TTL_SECONDS),
    registry: new ListsRegistry(redis, config.REDIS_PREFIX),
    monitored,
    workerMetrics: new WorkerMetricsStore(redis, config.REDIS_PREFIX),
    listTasks,
    state: { draining: false },
    close: async () => {
      // each close is bounded: with Redis down, BullMQ's closes would wait for a reconnection
      replies.close();
      await withTimeout(screenQueue.close(), 1000);
      await withTimeout(monitored.close(), 1000);
      await withTimeout(listTasks.events.close(), 1000);
      await withTimeout(listTasks.queue.close(), 1000);
      await closeConnection(listTaskEventsConnection);
      await closeConnection(redis);
    },
  };
  // Wait briefly for the first connection so that readiness is accurate from the start; a Redis that is down
  // does not stop the API (it answers 503 and recovers when Redis returns).
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 2000);
    redis.once('ready', () => {
      clearTimeout(t);
      resolve();
    });
  });
  return deps;
}
