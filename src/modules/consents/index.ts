// The public surface of the consents module: what other modules and the app may import (eslint.config.js holds them to it).
export { activeConsent, latestConsent, recordConsent, toConsentView, withdrawConsent } from './consents.repository.js';
