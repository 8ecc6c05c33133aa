import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import { appointment, appointmentInput } from './appointment.schemas.js';
import { createAppointmentService } from './appointment.service.js';

export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAppointmentService({ db: app.db, clock: app.clock });
  const params = uuidParam('procedureId');

  app.post(
    '/v1/procedures/:procedureId/appointment',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'recordAppointment',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPOINTMENT_CONDITIONS_NOT_MET', 'APPOINTMENT_EXISTS', 'PROCEDURE_FINISHED', 'TIMELINE_REQUIRED'],
            422: ['APPLICATION_NOT_FOUND', 'APPOINTMENT_CONDITIONS_NOT_MET'],
          },
        }),
        tags: ['appointment'],
        summary: "Record the supervisory board's appointment decision; completes the procedure",
        description:
          'docs/procedure.md, rule 7: needs a nominee, at least one completed reference check and none still open, no unresolved concerns or negative reference, an accepted offer, and a decision date strictly before the appointment deadline (29 January 2026 passes, 1 February 2026 does not, for the reference procedure) and not in the future. Every missing condition is listed at once in `errors[]` (each with its code) under the code APPOINTMENT_CONDITIONS_NOT_MET: 422 when only the decision date is wrong, 409 otherwise. On success, in one transaction: the nominee becomes appointed, every other open application is rejected with the reason category position_filled (their interviews still to come are cancelled), and the procedure is completed.',
        params,
        body: named('NewAppointment', appointmentInput),
        response: { 201: appointment, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.record(request.actor, request.params.procedureId, request.body);
      return reply.status(201).header('location', `/v1/procedures/${created.procedureId}/appointment`).send(created);
    },
  );

  app.get(
    '/v1/procedures/:procedureId/appointment',
    {
      config: { roles: [...AGENCY_ROLES, 'committee'] },
      schema: {
        operationId: 'getAppointment',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['appointment'],
        summary: 'Read the appointment of a procedure',
        params,
        response: { 200: appointment, ...errorResponses() },
      },
    },
    async (request) => service.get(request.actor, request.params.procedureId),
  );
};
