// The public surface of the overview module: what other modules and the app may import (eslint.config.js holds them to it).
export { negotiate, overviewRoutes } from './overview.routes.js';
export { csvOf } from './overview.service.js';
