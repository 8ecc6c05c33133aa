import type { Tx } from '../../db/client.js';
import { CANDIDATE_PROFILE_FIELDS, fieldMask, without } from '../../domain/candidate.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** What the candidate overview shows of its procedure. */
export function findOverviewProcedure(db: Tx, procedureId: string) {
  return db.procedure.findUnique({
    where: { id: procedureId },
    select: { id: true, title: true, reference: true, timeZone: true, overviewSentAt: true, preselectionMin: true, preselectionMax: true },
  });
}

/** The applications of the overview (`where` picks them), in order of arrival. */
export function overviewApplications(db: Tx, where: Prisma.ApplicationWhereInput) {
  return db.application.findMany({
    where,
    select: {
      id: true,
      source: true,
      stage: true,
      presentedAt: true,
      agencyMotivation: true,
      receivedAt: true,
      candidate: {
        select: fieldMask(without(CANDIDATE_PROFILE_FIELDS, 'linkedinUrl')),
      },
      documents: { where: { current: true, erasedAt: null }, select: { kind: true } },
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
}
