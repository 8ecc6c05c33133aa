import type { FastifyPluginAsync } from 'fastify';
import { apiKeysRoutes } from './api-keys/api-keys.routes.js';
import { applicationsRoutes } from './applications/applications.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { candidatesRoutes } from './candidates/candidates.routes.js';
import { clientsRoutes } from './clients/clients.routes.js';
import { committeeRoutes } from './committee/committee.routes.js';
import { eventsRoutes } from './events/events.routes.js';
import { funnelRoutes } from './funnel-routes.js';
import { inquiriesRoutes } from './inquiries/inquiries.routes.js';
import { lifecycleRoutes } from './lifecycle-routes.js';
import { proceduresRoutes } from './procedures/procedures.routes.js';
import { selectionRoutes } from './selection-routes.js';
import { systemRoutes } from './system/system.routes.js';
import { webhooksRoutes } from './webhooks/webhooks.routes.js';

/** Every module registers its own routes; app.ts only walks this list. */
export const modules: FastifyPluginAsync[] = [systemRoutes, apiKeysRoutes, clientsRoutes, proceduresRoutes, candidatesRoutes, applicationsRoutes, committeeRoutes, auditRoutes, inquiriesRoutes, eventsRoutes, webhooksRoutes, calendarRoutes, lifecycleRoutes, funnelRoutes, selectionRoutes] as FastifyPluginAsync[];
