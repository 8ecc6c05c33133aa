// The public surface of the references module: what other modules and the app may import (eslint.config.js holds them to it).
export { lockApplication, referencesOf } from './references.repository.js';
export type { PipelineApplication } from './references.repository.js';
export { referencesRoutes } from './references.routes.js';
export { consent } from './references.schemas.js';
export { assertProcedureOpen, notNominee, pipelineApplication } from './references.service.js';
