// The public surface of the candidates module: what other modules and the app may import (eslint.config.js holds them to it).
export { findCandidate, findCandidateId } from './candidates.repository.js';
export { candidatesRoutes } from './candidates.routes.js';
export { candidate, candidateInput, candidateProfile, candidateSource } from './candidates.schemas.js';
export { insertCandidate, isUniqueViolation, rethrowEmailConflict, toCandidateView } from './candidates.service.js';
