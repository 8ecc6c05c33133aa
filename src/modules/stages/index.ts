// The public surface of the stages module: what other modules and the app may import (eslint.config.js holds them to it).
export { boundsOf, findStageProcedure, gateCounts, loadInstants, rejectedFrom, storedStatuses } from './stages.repository.js';
export { stagesRoutes } from './stages.routes.js';
