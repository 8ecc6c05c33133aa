// The public surface of the events module: what other modules and the app may import (eslint.config.js holds them to it).
export { eventHorizon, findEvent } from './events.repository.js';
export { eventsRoutes } from './events.routes.js';
export { toEventItem } from './events.service.js';
