// The public surface of the audit module: what other modules and the app may import (eslint.config.js holds them to it).
export { auditRoutes } from './audit.routes.js';
