import type { RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps';

/** Screening and batch-row pages, the decision forms and the decisions list. */
export function decisionRoutes(_r: Router, _deps: ApiDeps, _signedIn: RequestHandler): void {}
