import type { FastifyPluginAsync } from 'fastify';
import { apiKeysRoutes } from './api-keys/index.js';
import { applicationsRoutes } from './applications/index.js';
import { appointmentRoutes } from './appointment/index.js';
import { auditRoutes } from './audit/index.js';
import { calendarRoutes } from './calendar/index.js';
import { candidatesRoutes } from './candidates/index.js';
import { clockRoutes } from './clock/index.js';
import { clientsRoutes } from './clients/index.js';
import { committeeRoutes } from './committee/index.js';
import { deadlinesRoutes } from './deadlines/index.js';
import { evaluationsRoutes } from './evaluations/index.js';
import { eventsRoutes } from './events/index.js';
import { inquiriesRoutes } from './inquiries/index.js';
import { interviewsRoutes } from './interviews/index.js';
import { jobsRoutes } from './jobs/index.js';
import { notesRoutes } from './notes/index.js';
import { offersRoutes } from './offers/index.js';
import { overviewRoutes } from './overview/index.js';
import { privacyRoutes } from './privacy/index.js';
import { proceduresRoutes } from './procedures/index.js';
import { referencesRoutes } from './references/index.js';
import { reportsRoutes } from './reports/index.js';
import { stagesRoutes } from './stages/index.js';
import { systemRoutes } from './system/index.js';
import { transitionsRoutes } from './transitions/index.js';
import { usersRoutes } from './users/index.js';
import { webhooksRoutes } from './webhooks/index.js';

/**
 * Every module's routes, in the order the contract lists them: the platform,
 * then the procedure from client to appointment (docs/procedure.md), then
 * its deadlines and privacy. app.ts registers them in this order.
 */
export const modules: FastifyPluginAsync[] = [
  systemRoutes,
  apiKeysRoutes,
  usersRoutes,
  clientsRoutes,
  proceduresRoutes,
  candidatesRoutes,
  applicationsRoutes,
  notesRoutes,
  committeeRoutes,
  auditRoutes,
  inquiriesRoutes,
  eventsRoutes,
  webhooksRoutes,
  calendarRoutes,
  deadlinesRoutes,
  jobsRoutes,
  clockRoutes,
  privacyRoutes,
  stagesRoutes,
  transitionsRoutes,
  overviewRoutes,
  interviewsRoutes,
  evaluationsRoutes,
  referencesRoutes,
  offersRoutes,
  appointmentRoutes,
  reportsRoutes,
] as FastifyPluginAsync[];
