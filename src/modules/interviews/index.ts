// The public surface of the interviews module: what other modules and the app may import (eslint.config.js holds them to it).
export { findInterview, interviewHeld, scheduledInterviewsOf } from './interviews.repository.js';
export type { InterviewRow } from './interviews.repository.js';
export { interviewsRoutes } from './interviews.routes.js';
export { interviewHistory } from './interviews.schemas.js';
export { cancelUpcomingInterviews } from './interviews.service.js';
