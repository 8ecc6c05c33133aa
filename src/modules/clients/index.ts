// The public surface of the clients module: what other modules and the app may import (eslint.config.js holds them to it).
export { findClient } from './clients.repository.js';
export { clientsRoutes } from './clients.routes.js';
