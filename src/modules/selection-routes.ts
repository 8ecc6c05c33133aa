import type { FastifyPluginAsync } from 'fastify';
import { appointmentRoutes } from './appointment/appointment.routes.js';
import { evaluationsRoutes } from './evaluations/evaluations.routes.js';
import { interviewsRoutes } from './interviews/interviews.routes.js';
import { offersRoutes } from './offers/offers.routes.js';
import { referencesRoutes } from './references/references.routes.js';

/**
 * The later steps of the selection funnel (docs/procedure.md, rules 4 to 7):
 * interviews, scorecards, references, the offer and the appointment. One
 * entry in modules/index.ts for all of them.
 */
export const selectionRoutes: FastifyPluginAsync = async (app) => {
  await app.register(interviewsRoutes);
  await app.register(evaluationsRoutes);
  await app.register(referencesRoutes);
  await app.register(offersRoutes);
  await app.register(appointmentRoutes);
};
