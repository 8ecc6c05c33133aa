// The public surface of the inquiries module: what other modules and the app may import (eslint.config.js holds them to it).
export { inquiriesRoutes } from './inquiries.routes.js';
