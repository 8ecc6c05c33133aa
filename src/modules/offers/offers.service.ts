import type { Db } from '../../db/client.js';
import { fromDateOnly, localDateOf, toDateOnly } from '../../domain/local-time.js';
import { annualTerms, checkOfferChange } from '../../domain/offers.js';
import { describeDate } from '../../domain/rules.js';
import { boundsOn, checkSalary, type SalaryBound } from '../../domain/salary.js';
import type { Offer } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { ruleError } from '../../lib/rule-errors.js';
import { diff, recordChange } from '../../db/audit.js';
import { isUniqueViolation } from '../candidates/index.js';
import { assertProcedureOpen, notNominee, pipelineApplication, type PipelineApplication } from '../references/index.js';
import { findOffer, insertOffer, updateOfferAt } from './offers.repository.js';
import type { OfferInput, OfferStateName } from './offers.schemas.js';

function boundsOf(application: PipelineApplication): SalaryBound[] {
  return application.procedure.salaryBounds.map((b) => ({
    validFrom: toDateOnly(b.validFrom),
    minMonthly: b.minMonthly.toFixed(2),
    maxMonthly: b.maxMonthly.toFixed(2),
  }));
}

function terms(o: Offer) {
  return {
    salaryScale: o.salaryScale,
    monthlySalary: o.monthlySalary.toFixed(2),
    hoursPerWeek: o.hoursPerWeek,
    ikbPercentage: o.ikbPercentage.toFixed(2),
    startDate: toDateOnly(o.startDate),
  };
}

export function toOfferView(o: Offer, application: PipelineApplication) {
  const t = terms(o);
  return {
    id: o.id,
    applicationId: o.applicationId,
    procedureId: application.procedureId,
    ...t,
    state: o.state as OfferStateName,
    ...annualTerms(t.monthlySalary, t.ikbPercentage),
    bounds: boundsOn(t.startDate, boundsOf(application)),
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export type OfferView = ReturnType<typeof toOfferView>;

export function createOffersService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async get(actor: Actor, applicationId: string): Promise<OfferView> {
      void actor;
      const application = await pipelineApplication(db, applicationId, false);
      const found = await findOffer(db, applicationId);
      if (!found) throw notFound('An offer for application', applicationId);
      return toOfferView(found, application);
    },

    /**
     * Creates or replaces the nominee's offer. `expected` is the version from
     * If-Match, required once the offer exists. Missing scale, hours and IKB
     * default to the procedure's terms, a missing state to the current one.
     * A salary outside the bounds of the scale valid on the start date is
     * refused (docs/procedure.md, rule 6), whatever the state.
     */
    async put(actor: Actor, applicationId: string, ifMatch: { present: boolean; version: number | undefined }, input: OfferInput) {
      const now = clock.now();
      try {
        return await db.$transaction(async (tx) => {
          const application = await pipelineApplication(tx, applicationId, true);
          const current = await findOffer(tx, applicationId);
          if (current && !ifMatch.present) {
            throw new AppError(
              428,
              'PRECONDITION_REQUIRED',
              'This application already has an offer: send If-Match with the ETag you last read, so that your change cannot overwrite a newer one.',
            );
          }
          if (!current && ifMatch.present) throw staleVersion('offer');
          if (current && ifMatch.version !== undefined && current.version !== ifMatch.version) throw staleVersion('offer');
          assertProcedureOpen(application);
          if (application.stage !== 'nominated') throw notNominee(application.stage, 'The offer');

          const procedure = application.procedure;
          const next = {
            salaryScale: input.salaryScale ?? current?.salaryScale ?? procedure.salaryScale ?? '',
            monthlySalary: input.monthlySalary,
            hoursPerWeek: input.hoursPerWeek ?? current?.hoursPerWeek ?? procedure.hoursPerWeek,
            ikbPercentage: input.ikbPercentage ?? current?.ikbPercentage.toFixed(2) ?? procedure.ikbPercentage?.toFixed(2) ?? '0.00',
            startDate: input.startDate,
          };
          const state = input.state ?? (current?.state as OfferStateName | undefined) ?? 'draft';
          const before = current ? { ...terms(current), state: current.state } : {};
          const changes = diff(before, { ...next, state });
          if (current && Object.keys(changes).length === 0) return { offer: toOfferView(current, application), created: false };
          const termsChanged = !current || Object.keys(changes).some((k) => k !== 'state');

          const transition = checkOfferChange({ from: (current?.state as OfferStateName | undefined) ?? null, to: state, termsChanged });
          if (!transition.ok) throw ruleError(409, [transition]);
          if (termsChanged) {
            if (procedure.salaryScale && next.salaryScale !== procedure.salaryScale) {
              throw new AppError(
                422,
                'SALARY_SCALE_MISMATCH',
                `The procedure's position is in scale ${procedure.salaryScale}; an offer in scale ${next.salaryScale} cannot be checked against its bounds.`,
                { errors: [{ path: 'body.salaryScale', message: `must be ${procedure.salaryScale}` }] },
              );
            }
            const today = localDateOf(now, procedure.timeZone);
            if (next.startDate < today) {
              throw new AppError(
                422,
                'START_DATE_IN_PAST',
                `The start date ${describeDate(next.startDate)} has passed; the candidate starts after the appointment.`,
                {
                  errors: [{ path: 'body.startDate', message: `must be ${today} or later` }],
                },
              );
            }
          }
          const salary = checkSalary(next.monthlySalary, next.startDate, boundsOf(application), next.salaryScale || null);
          if (!salary.ok) {
            const { code, message, path, bound } = salary;
            throw withBounds(ruleError(422, [{ code, message, path }]), bound);
          }

          const data = {
            salaryScale: next.salaryScale,
            monthlySalary: next.monthlySalary,
            hoursPerWeek: next.hoursPerWeek,
            ikbPercentage: next.ikbPercentage,
            startDate: fromDateOnly(next.startDate),
            state,
          };
          let saved: Offer;
          if (current) {
            const updated = await updateOfferAt(tx, current.id, current.version, { ...data, version: { increment: 1 }, updatedAt: now });
            if (updated.count === 0) throw staleVersion('offer');
            saved = (await findOffer(tx, applicationId))!;
          } else {
            saved = await insertOffer(tx, { ...data, applicationId, createdAt: now, updatedAt: now });
          }
          await recordChange(tx, actor, now, {
            procedureId: application.procedureId,
            action: current ? 'offer.changed' : 'offer.created',
            entityType: 'offer',
            entityId: saved.id,
            changes,
            event: {
              type: 'offer.changed',
              payload: {
                offerId: saved.id,
                applicationId,
                procedureId: application.procedureId,
                from: current?.state ?? null,
                state,
                termsChanged,
              },
            },
          });
          return { offer: toOfferView(saved, application), created: !current };
        });
      } catch (error) {
        if (isUniqueViolation(error, 'application_id') || isUniqueViolation(error, 'applicationId')) {
          throw conflict('OFFER_EXISTS', 'Another request created the offer at the same time; read it and send your change with If-Match.');
        }
        throw error;
      }
    },
  };
}

/** Adds the bounds valid on the start date to a salary refusal, for a client to show. */
function withBounds(error: AppError, bound: SalaryBound | null): AppError {
  return bound ? new AppError(error.status, error.code, error.detail, { errors: error.errors, extensions: { bounds: bound } }) : error;
}

export type OffersService = ReturnType<typeof createOffersService>;
