// The public surface of the api-keys module: what other modules and the app may import (eslint.config.js holds them to it).
export { findKeyForAuth, revokeApiKeys } from './api-keys.repository.js';
export { apiKeysRoutes, createdKey } from './api-keys.routes.js';
export { hashSecret, parseToken, safeEqual } from './api-keys.secrets.js';
export { insertApiKey } from './api-keys.service.js';
