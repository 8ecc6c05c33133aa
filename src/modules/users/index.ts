// The public surface of the users module: what other modules and the app may import (eslint.config.js holds them to it).
export { findUser } from './users.repository.js';
export { usersRoutes } from './users.routes.js';
