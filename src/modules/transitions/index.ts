// The public surface of the transitions module: what other modules and the app may import (eslint.config.js holds them to it).
export { transitionsRoutes } from './transitions.routes.js';
