import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Router } from 'express';
import type { MonitoredQueues } from './monitored-queues';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * bull-board for every queue of the registry, read-only unless `allowActions` (ADMIN_QUEUE_ACTIONS=true).
 * It gets Queue handles only, never a Worker. Its router is a nested Express app with its own view engine;
 * it is mounted on its own path behind the admin guard and kept out of the OpenAPI document.
 */
export function queueBoard(queues: MonitoredQueues, opts: { allowActions: boolean }): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: [...queues.all.values()].map((q) => new BullMQAdapter(q, { readOnlyMode: !opts.allowActions, allowRetries: opts.allowActions })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Screening queues', hideDocsLink: true, miscLinks: [{ text: 'Overview', url: '/admin' }] } },
  });
  // bull-board's own error handler answers the thrown message (and in development the stack): answer a
  // problem without internal text instead (the API logs nothing here: the board's errors are Redis errors)
  serverAdapter.setErrorHandler(() => ({
    status: 500,
    body: { type: '/problems/internal', title: 'Internal error', status: 500, code: 'internal', detail: 'the queue board could not read the queues; retry shortly' },
  }));
  return serverAdapter.getRouter() as Router;
}
