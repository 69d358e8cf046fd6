import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * A pause for long synchronous work (batch rows, a shipment's parties, re-screening): it yields to the event
 * loop (BullMQ lock renewal, health checks, other jobs) when the last yield is older than `ms`, else returns at once.
 */
export function yieldEvery(ms: number, now: () => number = Date.now): () => Promise<void> {
  let last = now();
  return async () => {
    if (now() - last < ms) return;
    await yieldToLoop();
    last = now();
  };
}
