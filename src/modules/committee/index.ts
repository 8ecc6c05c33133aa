// The public surface of the committee module: what other modules and the app may import (eslint.config.js holds them to it).
export { committeeRoutes } from './committee.routes.js';
