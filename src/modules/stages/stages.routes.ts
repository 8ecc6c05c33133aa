import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, contract } from '../../lib/http.js';
import { committeeStagesView, gateCloseBody, stageParams, stagesView } from './stages.schemas.js';
import { createStagesService } from './stages.service.js';

export const stagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStagesService({ db: app.db, clock: app.clock });

  app.get(
    '/v1/procedures/:procedureId/stages',
    {
      config: { roles: [...AGENCY_ROLES, 'scheduler', 'committee'] },
      schema: {
        operationId: 'listStages',
        ...contract({ codes: { 403: [], 404: ['NOT_FOUND'] } }),
        tags: ['stages'],
        summary: "The procedure's stages with their bounds, current counts, windows and status",
        description:
          "Six stages in order: preselection, shortlist, nomination, references, terms, appointment. The status is derived from the timeline and the gates: the preselection opens after the closing date, the shortlist when the overview was sent, the last four when the shortlist was invited and the interview round has begun; a stage is closed once its gate was passed. `count` is the number of applications that got at least that far and are still in. A committee key reads its own procedure's stages without `closedBy`, `justification` and `timeZone`.",
        params: uuidParam('procedureId'),
        response: { 200: z.union([stagesView, committeeStagesView]), ...errorResponses() },
      },
    },
    async (request) => service.get(request.actor, request.params.procedureId),
  );

  app.post(
    '/v1/procedures/:procedureId/stages/:stage/close',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'closeStage',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'GATE_TOO_EARLY',
              'JUSTIFICATION_TOO_SHORT',
              'PROCEDURE_FINISHED',
              'STAGE_ALREADY_CLOSED',
              'STAGE_NOT_CLOSABLE',
              'STAGE_NOT_OPEN',
              'STAGE_QUOTA_EXCEEDED',
              'STAGE_QUOTA_NOT_MET',
              'TIMELINE_REQUIRED',
            ],
            422: [],
          },
        }),
        tags: ['stages'],
        summary: 'Pass a gate: send the candidate overview to the committee (preselection) or invite the shortlist (shortlist)',
        description:
          "preselection: allowed after the closing date for applications, with the preselection within its bounds (4 to 6 for the reference procedure); sets `overviewSentAt`, the phase committee_review, and from then on the committee reads the overview and no candidate from the agency's search can be added. shortlist: allowed from the committee-meeting day, after the overview was sent, within its bounds (3 to 4); the phase becomes interviews. Outside the bounds a written `justification` of at least 20 characters lets it close anyway (never with no candidate at all); it is kept with the stage (the audit entry points there; an erasure replaces the names of erased candidates in it). A refusal (409) lists every failed condition in `errors[]` (STAGE_ALREADY_CLOSED, STAGE_NOT_OPEN, GATE_TOO_EARLY, STAGE_QUOTA_NOT_MET, STAGE_QUOTA_EXCEEDED, JUSTIFICATION_TOO_SHORT); the other stages answer 409 STAGE_NOT_CLOSABLE.",
        params: stageParams,
        body: gateCloseBody,
        response: { 200: stagesView, ...errorResponses(409) },
      },
    },
    async (request) => service.close(request.actor, request.params.procedureId, request.params.stage, request.body),
  );
};
