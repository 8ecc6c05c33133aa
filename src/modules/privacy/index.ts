// The public surface of the privacy module: what other modules and the app may import (eslint.config.js holds them to it).
export { eraseAnsweredStrangerInquiries } from './privacy.repository.js';
export { privacyRoutes } from './privacy.routes.js';
export { createPrivacyService } from './privacy.service.js';
