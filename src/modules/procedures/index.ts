// The public surface of the procedures module: what other modules and the app may import (eslint.config.js holds them to it).
export {
  findProcedureId,
  findProcedureRow,
  findProcedureTimeZone,
  loadTimeline,
  PROCEDURE_BY_ID,
  procedurePageStatement,
  procedureTimeZone,
} from './procedures.repository.js';
export { proceduresRoutes } from './procedures.routes.js';
export { localDate, money, percentage, phase } from './procedures.schemas.js';
