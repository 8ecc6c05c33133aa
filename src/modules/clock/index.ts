// The public surface of the clock module: what other modules and the app may import (eslint.config.js holds them to it).
export { clockRoutes } from './clock.routes.js';
export { readClockOffset } from './clock.repository.js';
