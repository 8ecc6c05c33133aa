// The public surface of the jobs module: what other modules and the app may import (eslint.config.js holds them to it).
export { jobsRoutes } from './jobs.routes.js';
export { SWEEP_CLI_ACTOR, createSweepService } from './sweep.service.js';
export { sweepReport } from './jobs.schemas.js';
export type { SweepReport } from './sweep.service.js';
