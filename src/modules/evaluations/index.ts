// The public surface of the evaluations module: what other modules and the app may import (eslint.config.js holds them to it).
export { evaluationsRoutes } from './evaluations.routes.js';
