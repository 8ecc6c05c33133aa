import type { FastifyPluginAsync } from 'fastify';
import { overviewRoutes } from './overview/overview.routes.js';
import { stagesRoutes } from './stages/stages.routes.js';
import { transitionsRoutes } from './transitions/transitions.routes.js';

/**
 * The selection funnel up to the interview round (docs/procedure.md, rules 2 and
 * 3): stages and their gates, stage transitions of applications, and the
 * candidate overview for the committee. One entry in modules/index.ts.
 */
export const funnelRoutes: FastifyPluginAsync = async (app) => {
  await app.register(stagesRoutes);
  await app.register(transitionsRoutes);
  await app.register(overviewRoutes);
};
