import type { RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps';

/** Batch upload, progress and results. */
export function batchRoutes(_r: Router, _deps: ApiDeps, _signedIn: RequestHandler): void {}
