// The public surface of the deadlines module: what other modules and the app may import (eslint.config.js holds them to it).
export { deadlineValues, headhuntedDueSql, listDeadlines, timelineBranch, type DeadlineRow } from './deadlines.repository.js';
export { deadlinesRoutes } from './deadlines.routes.js';
