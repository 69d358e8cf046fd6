import type { Job, Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import type { RedisClient } from './redis';

/**
 * When the worker did what with a job (epoch ms with sub-ms precision, see `epochMs`): it entered the processor
 * (`picked`), started and ended the matching work (`start`, `end`) and published the reply (`sent`). The API turns
 * them into the Server-Timing phases of the answer (SERVER_TIMING).
 */
export interface WorkerMarks {
  picked: number;
  start?: number;
  end?: number;
  sent?: number;
}

/** What a worker sends back to the API instance that waits for a synchronous job. */
export type JobReply = ({ id: string; ok: true; result: unknown } | { id: string; ok: false; error: string }) & { t?: WorkerMarks };

/**
 * Wall-clock time in ms with sub-ms precision (monotonic within a process): comparable across the API and worker
 * processes of one machine to well under a millisecond, across machines only as far as their clocks agree.
 */
export const epochMs = (): number => performance.timeOrigin + performance.now();

/**
 * Direct request/response path of synchronous calls (`/v1/match`, `/v1/screenings`, …): each API instance
 * subscribes to one channel of its own; the worker publishes the answer there as soon as it has it, and the
 * waiting request is resolved by job id. BullMQ still carries the job (retries, stalls, durability, the
 * dashboard); what this replaces is the QueueEvents stream, which every API instance had to read whole
 * (every event of every job) to find its own answers.
 *
 * A reply missed while the subscriber reconnects is not lost: a waiter still open after `pollAfterMs`
 * looks the job up once a second (its return value or failure reason is on the job).
 *
 * On a Redis Cluster the channel is sharded (SSUBSCRIBE / SPUBLISH, Redis 7): the reply goes to the one master that
 * owns the channel's slot (the deployment's hash tag) instead of being broadcast over the cluster bus to every node,
 * which set the cluster's tail (`pnpm bench:load --cluster`: the reply phase at p99 ~40 ms).
 */
export class ReplyHub {
  readonly channel: string;
  private readonly waiting = new Map<string, (r: JobReply) => void>();

  constructor(
    private readonly subscriber: RedisClient,
    prefix: string,
    instanceId: string,
  ) {
    this.channel = `${prefix}:replies:${instanceId}`;
    subscriber.on(subscriber instanceof Cluster ? 'smessage' : 'message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      let reply: JobReply;
      try {
        reply = JSON.parse(message) as JobReply;
      } catch {
        return;
      }
      this.waiting.get(reply.id)?.(reply);
    });
  }

  async start(): Promise<void> {
    const s = this.subscriber;
    await (s instanceof Cluster ? s.ssubscribe(this.channel) : s.subscribe(this.channel));
  }

  /** Waiters open now (a gauge for /metrics and tests). */
  get pending(): number {
    return this.waiting.size;
  }

  /**
   * Waits for the reply to job `id` (register BEFORE adding the job: the answer may come before `add` returns).
   * Resolves undefined after `timeoutMs`.
   */
  wait(id: string, queue: Queue, timeoutMs: number, pollAfterMs = 1000): { reply: Promise<JobReply | undefined>; cancel: () => void } {
    let timer: NodeJS.Timeout | undefined;
    let poller: NodeJS.Timeout | undefined;
    let settle: (r: JobReply | undefined) => void = () => undefined;
    const reply = new Promise<JobReply | undefined>((resolve) => {
      settle = (r) => {
        clearTimeout(timer);
        clearTimeout(poller);
        this.waiting.delete(id);
        resolve(r);
      };
    });
    this.waiting.set(id, settle);
    timer = setTimeout(() => settle(undefined), timeoutMs);
    const poll = async () => {
      const found = await queue.getJob(id).catch(() => undefined);
      const r = found ? replyOf(found) : undefined;
      if (r) settle(r);
      else if (this.waiting.has(id)) poller = setTimeout(() => void poll(), 1000);
    };
    poller = setTimeout(() => void poll(), Math.min(pollAfterMs, timeoutMs));
    return { reply, cancel: () => settle(undefined) };
  }

  close(): void {
    for (const settle of [...this.waiting.values()]) settle({ id: '', ok: false, error: 'closing' });
    this.subscriber.disconnect();
  }
}

/** The reply a finished job stands for (undefined while it is not finished, or failed with retries left). */
function replyOf(job: Job): JobReply | undefined {
  if (job.finishedOn === undefined) return undefined;
  if (job.failedReason && (job.attemptsMade >= (job.opts.attempts ?? 1) || !job.returnvalue)) return { id: job.id!, ok: false, error: job.failedReason };
  return { id: job.id!, ok: true, result: job.returnvalue };
}

/** Worker side: sends the answer of a job to the API instance waiting for it (when it named a channel). */
export async function sendReply(redis: RedisClient, channel: string | undefined, reply: JobReply): Promise<void> {
  if (!channel) return;
  const message = JSON.stringify(reply);
  await (redis instanceof Cluster ? redis.spublish(channel, message) : redis.publish(channel, message)); // sharded on a cluster, see ReplyHub
}
