import type { FastifyPluginAsync } from 'fastify';
import { evaluationsRoutes } from './evaluations/evaluations.routes.js';
import { interviewsRoutes } from './interviews/interviews.routes.js';

/**
 * The later steps of the selection funnel (PROCEDURE.md, rules 4 to 7):
 * interviews, scorecards, references, the offer and the appointment. One
 * entry in modules/index.ts for all of them.
 */
export const selectionRoutes: FastifyPluginAsync = async (app) => {
  await app.register(interviewsRoutes);
  await app.register(evaluationsRoutes);
};
