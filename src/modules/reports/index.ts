// The public surface of the reports module: what other modules and the app may import (eslint.config.js holds them to it).
export { reportsRoutes } from './reports.routes.js';
