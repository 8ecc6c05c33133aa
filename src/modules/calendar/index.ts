// The public surface of the calendar module: what other modules and the app may import (eslint.config.js holds them to it).
export { calendarRoutes } from './calendar.routes.js';
