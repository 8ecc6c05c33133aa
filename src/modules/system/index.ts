// The public surface of the system module: what other modules and the app may import (eslint.config.js holds them to it).
export { systemRoutes } from './system.routes.js';
