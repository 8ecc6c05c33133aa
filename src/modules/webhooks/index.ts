// The public surface of the webhooks module: what other modules and the app may import (eslint.config.js holds them to it).
export { createWebhookDeliverer } from './webhook-deliverer.js';
export type { DeliveryReport } from './webhook-deliverer.js';
export { startWebhookLoop } from './webhook-loop.js';
export { DELIVERY_DESCRIPTION, webhooksRoutes } from './webhooks.routes.js';
