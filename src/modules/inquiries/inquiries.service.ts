import type { Db } from '../../db/client.js';
import { seesInquirySender } from '../../domain/visibility.js';
import { answerDueAt } from '../../domain/working-days.js';
import type { Inquiry } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound, unprocessable } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { diff, recordChange } from '../../db/audit.js';
import { findCandidateId } from '../candidates/index.js';
import { findProcedureTimeZone } from '../procedures/index.js';
import { answerInquiry, findInquiry, insertInquiry, listInquiries } from './inquiries.repository.js';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.js';
import { PERSONAL_KEYS } from '../../domain/personal-data.js';
import type { InquiryAnswer, InquiryInput, InquiryListQuery, InquiryState } from './inquiries.schemas.js';

/** Contact data and the subject line are the candidate's own words: never in audit values. */
const PERSONAL = [...PERSONAL_KEYS];

type InquiryRow = Inquiry & { procedure: { timeZone: string } | null };

/** The state of a question at `now` (dueAt is exclusive: due before it). */
export function inquiryState(i: { dueAt: Date; answeredAt: Date | null }, now: Date): InquiryState {
  if (i.answeredAt) return i.answeredAt.getTime() < i.dueAt.getTime() ? 'answered' : 'answered_late';
  return now.getTime() < i.dueAt.getTime() ? 'open' : 'overdue';
}

export function toInquiryView(i: InquiryRow, now: Date, actor: Actor) {
  const zone = i.procedure?.timeZone ?? DEFAULT_TIME_ZONE;
  const contact = seesInquirySender(actor);
  return {
    id: i.id,
    procedureId: i.procedureId,
    candidateId: i.candidateId,
    channel: i.channel as 'email' | 'phone' | 'web' | 'other',
    fromName: contact ? i.fromName : null,
    fromEmail: contact ? i.fromEmail : null,
    subject: contact ? i.subject : null,
    timeZone: zone,
    receivedAt: i.receivedAt.toISOString(),
    dueAt: i.dueAt.toISOString(),
    answeredAt: i.answeredAt ? i.answeredAt.toISOString() : null,
    state: inquiryState(i, now),
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function createInquiriesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: InquiryInput) {
      const now = clock.now();
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
      if (receivedAt.getTime() > now.getTime()) {
        throw unprocessable('RECEIVED_IN_FUTURE', 'A question cannot have been received after now.', {
          errors: [{ path: 'body.receivedAt', message: 'lies in the future' }],
        });
      }
      return db.$transaction(async (tx) => {
        let zone = DEFAULT_TIME_ZONE;
        if (input.procedureId) {
          const procedure = await findProcedureTimeZone(tx, input.procedureId);
          if (!procedure) {
            throw unprocessable('PROCEDURE_NOT_FOUND', `Procedure ${input.procedureId} does not exist.`, {
              errors: [{ path: 'body.procedureId', message: 'no procedure with this id' }],
            });
          }
          zone = procedure.timeZone;
        }
        if (input.candidateId) {
          const candidate = await findCandidateId(tx, input.candidateId);
          if (!candidate) {
            throw unprocessable('CANDIDATE_NOT_FOUND', `Candidate ${input.candidateId} does not exist.`, {
              errors: [{ path: 'body.candidateId', message: 'no candidate with this id' }],
            });
          }
        }
        const dueAt = answerDueAt(receivedAt, zone);
        const created = await insertInquiry(tx, {
          procedureId: input.procedureId ?? null,
          candidateId: input.candidateId ?? null,
          channel: input.channel,
          fromName: input.fromName ?? null,
          fromEmail: input.fromEmail ?? null,
          subject: input.subject,
          receivedAt,
          dueAt,
          createdAt: now,
          updatedAt: now,
        });
        await recordChange(tx, actor, now, {
          procedureId: created.procedureId,
          action: 'inquiry.received',
          entityType: 'inquiry',
          entityId: created.id,
          changes: diff(
            {},
            {
              procedureId: created.procedureId,
              candidateId: created.candidateId,
              channel: created.channel,
              receivedAt: receivedAt.toISOString(),
              dueAt: dueAt.toISOString(),
              fromName: created.fromName,
              fromEmail: created.fromEmail,
              subject: created.subject,
            },
            PERSONAL,
          ),
          event: {
            type: 'inquiry.received',
            payload: {
              inquiryId: created.id,
              procedureId: created.procedureId,
              candidateId: created.candidateId,
              channel: created.channel,
              receivedAt: receivedAt.toISOString(),
              dueAt: dueAt.toISOString(),
            },
          },
        });
        return toInquiryView(created, now, actor);
      });
    },

    async get(actor: Actor, id: string) {
      const found = await findInquiry(db, id);
      if (!found) throw notFound('Inquiry', id);
      return toInquiryView(found, clock.now(), actor);
    },

    async list(actor: Actor, query: InquiryListQuery) {
      const now = clock.now();
      const rows = await listInquiries(db, {
        limit: query.limit,
        now,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        procedureId: query.procedureId,
        answered: query.answered,
        overdue: query.overdue,
      });
      return toPage(
        rows,
        query.limit,
        (i) => ({ k: i.updatedAt.toISOString(), id: i.id }),
        (i) => toInquiryView(i, now, actor),
      );
    },

    async answer(actor: Actor, id: string, input: InquiryAnswer) {
      const now = clock.now();
      const answeredAt = input.answeredAt ? new Date(input.answeredAt) : now;
      return db.$transaction(async (tx) => {
        const current = await findInquiry(tx, id);
        if (!current) throw notFound('Inquiry', id);
        if (current.answeredAt) {
          throw conflict('INQUIRY_ALREADY_ANSWERED', `This question was already answered at ${current.answeredAt.toISOString()}.`);
        }
        if (answeredAt.getTime() > now.getTime()) {
          throw unprocessable('ANSWERED_IN_FUTURE', 'A question cannot have been answered after now.', {
            errors: [{ path: 'body.answeredAt', message: 'lies in the future' }],
          });
        }
        if (answeredAt.getTime() < current.receivedAt.getTime()) {
          throw new AppError(422, 'ANSWERED_BEFORE_RECEIVED', 'A question cannot be answered before it was received.', {
            errors: [{ path: 'body.answeredAt', message: `is before receivedAt ${current.receivedAt.toISOString()}` }],
          });
        }
        const result = await answerInquiry(tx, id, answeredAt, now);
        if (result.count === 0) throw conflict('INQUIRY_ALREADY_ANSWERED', 'This question was answered meanwhile.');
        const updated = (await findInquiry(tx, id))!;
        const state = inquiryState(updated, now);
        await recordChange(tx, actor, now, {
          procedureId: updated.procedureId,
          action: 'inquiry.answered',
          entityType: 'inquiry',
          entityId: id,
          changes: diff({ answeredAt: null }, { answeredAt: answeredAt.toISOString() }),
          event: {
            type: 'inquiry.answered',
            payload: {
              inquiryId: id,
              procedureId: updated.procedureId,
              answeredAt: answeredAt.toISOString(),
              dueAt: updated.dueAt.toISOString(),
              late: state === 'answered_late',
            },
          },
        });
        return toInquiryView(updated, now, actor);
      });
    },
  };
}

export type InquiriesService = ReturnType<typeof createInquiriesService>;
