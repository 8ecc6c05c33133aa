// The public surface of the offers module: what other modules and the app may import (eslint.config.js holds them to it).
export { findOffer } from './offers.repository.js';
export { offersRoutes } from './offers.routes.js';
