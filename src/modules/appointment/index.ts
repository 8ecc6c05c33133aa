// The public surface of the appointment module: what other modules and the app may import (eslint.config.js holds them to it).
export { appointmentRoutes } from './appointment.routes.js';
