// The public surface of the applications module: what other modules and the app may import (eslint.config.js holds them to it).
// The statements the benchmark's raw peer (scripts/bench/peer.ts) runs too.
export { APPLICATION_JSON, APPLICATION_SELECT, applicationPageStatement, findApplication, fromRawApplication } from './applications.repository.js';
export type { ApplicationRow, RawApplication } from './applications.repository.js';
export { applicationsRoutes } from './applications.routes.js';
export { application, applicationStage } from './applications.schemas.js';
export { toApplicationView } from './applications.service.js';
export type { ApplicationView } from './applications.service.js';
