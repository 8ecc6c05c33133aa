import type { FastifyPluginAsync } from 'fastify';
import { deadlinesRoutes } from './deadlines/deadlines.routes.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { privacyRoutes } from './privacy/privacy.routes.js';

/**
 * What runs on the clock (docs/procedure.md, "Deadlines and the sweep"): the deadline list, the deadline sweep
 * for schedulers, and the privacy lifecycle of candidates' data. One entry in
 * modules/index.ts for all of them.
 */
export const lifecycleRoutes: FastifyPluginAsync = async (app) => {
  await app.register(deadlinesRoutes);
  await app.register(jobsRoutes);
  await app.register(privacyRoutes);
};
