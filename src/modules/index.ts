import type { FastifyPluginAsync } from 'fastify';
import { apiKeysRoutes } from './api-keys/api-keys.routes.js';
import { candidatesRoutes } from './candidates/candidates.routes.js';
import { clientsRoutes } from './clients/clients.routes.js';
import { proceduresRoutes } from './procedures/procedures.routes.js';
import { systemRoutes } from './system/system.routes.js';

/** Every module registers its own routes; app.ts only walks this list. */
export const modules: FastifyPluginAsync[] = [systemRoutes, apiKeysRoutes, clientsRoutes, proceduresRoutes, candidatesRoutes] as FastifyPluginAsync[];
