import type { Reader } from '../../db/read-pipeline.js';
import type { Db, Tx } from '../../db/client.js';
import { DEFAULT_TIME_ZONE, fromDateOnly, toDateOnly } from '../../domain/local-time.js';
import { MILESTONE_KEYS, timelineInstants, validateTimeline, type Timeline } from '../../domain/timeline.js';
import type { Actor } from '../../lib/actor.js';
import { procedureScope, seesProcedure } from '../../domain/visibility.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { ruleError } from '../../lib/rule-errors.js';
import { changedMilestones, checkProcedureChange, isFinished, type ProcedureChange, type ProcedureField } from '../../domain/procedure-changes.js';
import { lockProcedure } from '../../db/locks.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { diff, recordChange } from '../../db/audit.js';
import { findClient } from '../clients/index.js';
import {
  findChangeFacts,
  findProcedure,
  insertProcedure,
  loadTimeline,
  readProcedure,
  readProcedures,
  replaceMilestones,
  replaceSalaryBounds,
  updateProcedureAt,
  type ProcedureRead,
} from './procedures.repository.js';
import { storedProfile, type ProcedureInput, type ProcedureListQuery, type ProcedurePatch, type TimelineInput } from './procedures.schemas.js';
import { isoString } from '../../lib/instant.js';

type ProcedureRow = NonNullable<Awaited<ReturnType<typeof findProcedure>>> | ProcedureRead;

export const STAGE_NAMES = ['preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment'] as const;

/** An amount with two decimals: a Prisma Decimal, or numeric(…, 2) as text from the raw reads (already so). */
const amount = (value: Prisma.Decimal | string) => (typeof value === 'string' ? value : value.toFixed(2));

export function toProcedureView(p: ProcedureRow) {
  return {
    id: p.id,
    clientId: p.clientId,
    title: p.title,
    reference: p.reference,
    phase: p.phase,
    timeZone: p.timeZone,
    hoursPerWeek: p.hoursPerWeek,
    permanent: p.permanent,
    locations: p.locations,
    salary: p.salaryScale
      ? {
          scale: p.salaryScale,
          ikbPercentage: p.ikbPercentage === null ? null : amount(p.ikbPercentage),
          bounds: p.salaryBounds.map((b) => ({
            validFrom: typeof b.validFrom === 'string' ? b.validFrom : toDateOnly(b.validFrom),
            minMonthly: amount(b.minMonthly),
            maxMonthly: amount(b.maxMonthly),
          })),
        }
      : null,
    profile: storedProfile.parse(p.profileCriteria).map((c) => ({
      key: c.key,
      name: c.name,
      description: c.description ?? null,
    })),
    stageBounds: {
      preselection: { min: p.preselectionMin, max: p.preselectionMax },
      shortlist: { min: p.shortlistMin, max: p.shortlistMax },
      nomination: { max: p.nomineeMax },
    },
    hasTimeline: p.milestones.some((m) => m.key === 'closing'),
    version: p.version,
    createdAt: isoString(p.createdAt),
    updatedAt: isoString(p.updatedAt),
  };
}

export type ProcedureView = ReturnType<typeof toProcedureView>;

function salaryData(salary: ProcedureInput['salary']) {
  return {
    salaryScale: salary?.scale ?? null,
    ikbPercentage: salary?.ikbPercentage ?? null,
  };
}

function stageBoundsData(b: ProcedureInput['stageBounds']) {
  return {
    ...(b?.preselection ? { preselectionMin: b.preselection.min, preselectionMax: b.preselection.max } : {}),
    ...(b?.shortlist ? { shortlistMin: b.shortlist.min, shortlistMax: b.shortlist.max } : {}),
    ...(b?.nomination ? { nomineeMax: b.nomination.max } : {}),
  };
}

type PatchFields = Omit<ProcedurePatch, 'justification' | 'phase'>;

/** Stable JSON for comparing a requested value with the stored one. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of a PATCH whose value differs from the procedure's (sending a value unchanged is no change). */
function changedFields(view: ProcedureView, patch: PatchFields): ProcedureField[] {
  const changed: ProcedureField[] = [];
  const given = <K extends keyof PatchFields>(k: K) => patch[k] !== undefined;
  if (given('title') && patch.title !== view.title) changed.push('title');
  if (given('reference') && (patch.reference ?? null) !== view.reference) changed.push('reference');
  if (given('timeZone') && patch.timeZone !== view.timeZone) changed.push('timeZone');
  if (given('hoursPerWeek') && patch.hoursPerWeek !== view.hoursPerWeek) changed.push('hoursPerWeek');
  if (given('permanent') && patch.permanent !== view.permanent) changed.push('permanent');
  if (given('locations') && !same(patch.locations, view.locations)) changed.push('locations');
  if (
    given('profile') &&
    !same(
      patch.profile?.map((c) => ({ key: c.key, name: c.name, description: c.description ?? null })),
      view.profile,
    )
  ) {
    changed.push('profile');
  }
  if (given('salary')) {
    const next = patch.salary
      ? {
          scale: patch.salary.scale,
          ikbPercentage: patch.salary.ikbPercentage ?? null,
          bounds: [...patch.salary.bounds].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)),
        }
      : null;
    if (!same(next, view.salary)) changed.push('salary');
  }
  if (given('stageBounds')) {
    const b = patch.stageBounds!;
    const differs = (['preselection', 'shortlist', 'nomination'] as const).some((gate) => b[gate] !== undefined && !same(b[gate], view.stageBounds[gate]));
    if (differs) changed.push('stageBounds');
  }
  return changed;
}

/** The gates whose bounds the PATCH changes, with their new bounds. */
function changedStageBounds(current: ProcedureRow, next: PatchFields['stageBounds']) {
  const out: Partial<Record<'preselection' | 'shortlist', { min: number; max: number }>> = {};
  if (next?.preselection && (next.preselection.min !== current.preselectionMin || next.preselection.max !== current.preselectionMax)) {
    out.preselection = next.preselection;
  }
  if (next?.shortlist && (next.shortlist.min !== current.shortlistMin || next.shortlist.max !== current.shortlistMax)) {
    out.shortlist = next.shortlist;
  }
  return out;
}

/**
 * Applies the rules for changing a running procedure
 * (src/domain/procedure-changes.ts); throws their refusal. The caller holds
 * the procedure's row lock.
 */
async function checkChange(tx: Tx, current: ProcedureRow & { overviewSentAt?: Date | null }, now: Date, change: ProcedureChange) {
  if (change.changed.length === 0) return { justification: null };
  const facts = current.phase === 'draft' ? null : await findChangeFacts(tx, current.id);
  const { timeline } = facts ? await loadTimeline(tx, current.id) : { timeline: null };
  const verdict = checkProcedureChange(
    {
      phase: current.phase,
      timeZone: current.timeZone,
      now,
      overviewSentAt: current.overviewSentAt ?? null,
      shortlistClosed: facts?.shortlistClosed ?? false,
      timeline,
      counts: facts?.counts ?? { preselection: 0, shortlist: 0 },
      windowApplications: facts?.windowApplications ?? null,
      interviews: facts?.interviews ?? null,
      acceptedOffers: facts?.acceptedOffers ?? [],
    },
    change,
  );
  if (!verdict.ok) throw ruleError(verdict.status, verdict.failures);
  return { justification: verdict.justification };
}

export function createProceduresService(deps: { db: Db; reads: Reader; clock: Clock }) {
  const { db, clock } = deps;

  async function getRow(tx: Tx, actor: Actor, id: string): Promise<ProcedureRow> {
    const found = await findProcedure(tx, id);
    // A committee key sees its own procedure only; others do not exist for it.
    if (!found || !seesProcedure(actor, id)) throw notFound('Procedure', id);
    return found;
  }

  return {
    async create(actor: Actor, input: ProcedureInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const client = await findClient(tx, input.clientId);
        if (!client) {
          throw new AppError(422, 'CLIENT_NOT_FOUND', `Client ${input.clientId} does not exist.`, {
            errors: [{ path: 'body.clientId', message: 'no client with this id' }],
          });
        }
        const created = await insertProcedure(tx, {
          clientId: input.clientId,
          title: input.title,
          reference: input.reference ?? null,
          timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
          hoursPerWeek: input.hoursPerWeek,
          permanent: input.permanent ?? true,
          locations: input.locations ?? [],
          ...salaryData(input.salary),
          profileCriteria: input.profile ?? [],
          ...stageBoundsData(input.stageBounds),
          createdAt: now,
          updatedAt: now,
          salaryBounds: {
            create: (input.salary?.bounds ?? []).map((b) => ({
              validFrom: fromDateOnly(b.validFrom),
              minMonthly: b.minMonthly,
              maxMonthly: b.maxMonthly,
            })),
          },
          stages: { create: STAGE_NAMES.map((name) => ({ name })) },
        });
        const view = toProcedureView(created);
        await recordChange(tx, actor, now, {
          procedureId: created.id,
          action: 'procedure.created',
          entityType: 'procedure',
          entityId: created.id,
          changes: diff({}, { title: view.title, clientId: view.clientId, salary: view.salary, stageBounds: view.stageBounds }),
          event: { type: 'procedure.created', payload: { procedureId: created.id, clientId: created.clientId, title: created.title } },
        });
        return view;
      });
    },

    async get(actor: Actor, id: string) {
      const found = await readProcedure(deps.reads, id);
      // A committee key sees its own procedure only; others do not exist for it.
      if (!found || !seesProcedure(actor, id)) throw notFound('Procedure', id);
      return toProcedureView(found);
    },

    async list(actor: Actor, query: ProcedureListQuery) {
      const scope = procedureScope(actor);
      const rows = await readProcedures(deps.reads, {
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        clientId: query.clientId,
        phase: query.phase,
        onlyId: scope.kind === 'own' ? (scope.procedureId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      });
      return toPage(rows, query.limit, (p) => ({ k: p.updatedAt.toISOString(), id: p.id }), toProcedureView);
    },

    async update(actor: Actor, id: string, expected: number | undefined, patch: ProcedurePatch) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        // The row lock first: stage moves, intake and offers wait, so the facts the rules check stay true.
        if (!seesProcedure(actor, id) || !(await lockProcedure(tx, id))) throw notFound('Procedure', id);
        const current = await getRow(tx, actor, id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('procedure');
        const { justification: _justification, phase: _phase, ...fields } = patch;
        const verdict = await checkChange(tx, current, now, {
          changed: changedFields(toProcedureView(current), fields),
          stageBounds: changedStageBounds(current, fields.stageBounds),
          salaryBounds: fields.salary === undefined ? undefined : (fields.salary?.bounds ?? null),
          justification: patch.justification,
        });
        if (isFinished(current.phase)) {
          throw new AppError(409, 'PROCEDURE_FINISHED', `The procedure is ${current.phase} and can no longer be changed.`);
        }
        const data: Prisma.ProcedureUpdateManyMutationInput = {};
        if (patch.title !== undefined) data.title = patch.title;
        if (patch.reference !== undefined) data.reference = patch.reference ?? null;
        if (patch.timeZone !== undefined) data.timeZone = patch.timeZone;
        if (patch.hoursPerWeek !== undefined) data.hoursPerWeek = patch.hoursPerWeek;
        if (patch.permanent !== undefined) data.permanent = patch.permanent;
        if (patch.locations !== undefined) data.locations = patch.locations;
        if (patch.profile !== undefined) data.profileCriteria = patch.profile;
        if (patch.salary !== undefined) Object.assign(data, salaryData(patch.salary));
        if (patch.stageBounds !== undefined) Object.assign(data, stageBoundsData(patch.stageBounds));
        if (patch.phase !== undefined && patch.phase !== current.phase) {
          if (patch.phase === 'open') {
            if (current.phase !== 'draft') {
              throw new AppError(409, 'PHASE_TRANSITION_NOT_ALLOWED', `A ${current.phase} procedure cannot be opened again.`);
            }
            const { timeline } = await loadTimeline(tx, id);
            if (!timeline) {
              throw new AppError(409, 'TIMELINE_REQUIRED', 'Set the timeline (PUT /v1/procedures/{id}/timeline) before opening the procedure.');
            }
          }
          data.phase = patch.phase;
          if (patch.phase === 'cancelled') data.cancelledAt = now;
        }
        const result = await updateProcedureAt(tx, id, current.version, { ...data, version: { increment: 1 }, updatedAt: now });
        if (result.count === 0) throw staleVersion('procedure');
        if (patch.salary !== undefined) {
          await replaceSalaryBounds(
            tx,
            id,
            (patch.salary?.bounds ?? []).map((b) => ({
              procedureId: id,
              validFrom: fromDateOnly(b.validFrom),
              minMonthly: b.minMonthly,
              maxMonthly: b.maxMonthly,
            })),
          );
        }
        const updated = toProcedureView((await findProcedure(tx, id))!);
        const before = toProcedureView(current);
        await recordChange(tx, actor, now, {
          procedureId: id,
          action: patch.phase && patch.phase !== current.phase ? `procedure.${patch.phase === 'open' ? 'opened' : 'cancelled'}` : 'procedure.updated',
          entityType: 'procedure',
          entityId: id,
          changes: diff(before, Object.fromEntries(Object.keys(fields).map((k) => [k, (updated as Record<string, unknown>)[k]]))),
          reason: verdict.justification ?? undefined,
          event:
            patch.phase && patch.phase !== current.phase
              ? { type: 'procedure.phase_changed', payload: { procedureId: id, from: current.phase, to: patch.phase } }
              : undefined,
        });
        return updated;
      });
    },

    async getTimeline(actor: Actor, id: string) {
      const procedure = await getRow(db, actor, id);
      const { timeline, rows } = await loadTimeline(db, id);
      return timelineView(procedure, timeline, rows);
    },

    async putTimeline(actor: Actor, id: string, expected: number | undefined, input: TimelineInput) {
      const now = clock.now();
      const { additional, justification, ...dates } = input;
      const violations = validateTimeline(dates);
      const keys = new Set<string>(MILESTONE_KEYS);
      const extraErrors: Array<{ path: string; message: string; code?: string }> = [];
      (additional ?? []).forEach((m, i) => {
        if (keys.has(m.key)) extraErrors.push({ path: `body.additional.${i}.key`, message: `duplicates milestone ${m.key}` });
        keys.add(m.key);
        if (m.endDate && m.endDate < m.date) extraErrors.push({ path: `body.additional.${i}.endDate`, message: 'must not be before date' });
      });
      if (violations.length > 0 || extraErrors.length > 0) {
        const errors = [...violations.map((v) => ({ path: `body.${v.milestones[1]}`, message: v.message, code: v.code })), ...extraErrors];
        throw new AppError(
          422,
          violations.length > 0 ? 'TIMELINE_ORDER' : 'TIMELINE_INVALID',
          `The timeline breaks ${errors.length} rule${errors.length === 1 ? '' : 's'}: ${errors.map((e) => e.message).join('; ')}.`,
          { errors, extensions: { violations } },
        );
      }
      return db.$transaction(async (tx) => {
        if (!seesProcedure(actor, id) || !(await lockProcedure(tx, id))) throw notFound('Procedure', id);
        const procedure = await getRow(tx, actor, id);
        if (expected !== undefined && procedure.version !== expected) throw staleVersion('procedure');
        if (isFinished(procedure.phase)) {
          throw new AppError(409, 'PROCEDURE_FINISHED', `The procedure is ${procedure.phase} and can no longer be changed.`);
        }
        const stored = await loadTimeline(tx, id);
        const verdict = await checkChange(tx, procedure, now, {
          changed: stored.timeline && changedMilestones(stored.timeline, dates).length === 0 ? [] : ['timeline'],
          timeline: dates,
          justification,
        });
        const before = await loadTimeline(tx, id);
        const bumped = await updateProcedureAt(tx, id, procedure.version, { version: { increment: 1 }, updatedAt: now });
        if (bumped.count === 0) throw staleVersion('procedure');
        await replaceMilestones(tx, id, [
          ...MILESTONE_KEYS.map((key) => ({ procedureId: id, key, startDate: fromDateOnly(dates[key]) })),
          ...(additional ?? []).map((m) => ({
            procedureId: id,
            key: m.key,
            label: m.label,
            startDate: fromDateOnly(m.date),
            endDate: m.endDate ? fromDateOnly(m.endDate) : null,
          })),
        ]);
        await recordChange(tx, actor, now, {
          procedureId: id,
          action: 'timeline.set',
          entityType: 'procedure',
          entityId: id,
          changes: diff((before.timeline ?? {}) as Record<string, unknown>, dates),
          reason: verdict.justification ?? undefined,
          event: { type: 'procedure.timeline_changed', payload: { procedureId: id, ...dates } },
        });
        const fresh = (await findProcedure(tx, id))!;
        const after = await loadTimeline(tx, id);
        return timelineView(fresh, after.timeline, after.rows);
      });
    },
  };
}

function timelineView(
  procedure: { id: string; timeZone: string; version: number },
  timeline: Timeline | null,
  rows: Array<{ key: string; label: string | null; startDate: Date; endDate: Date | null }>,
) {
  const zone = procedure.timeZone;
  const instants = timeline ? timelineInstants(timeline, zone) : null;
  const core = new Set<string>(MILESTONE_KEYS);
  return {
    procedureId: procedure.id,
    timeZone: zone,
    dates: timeline,
    additional: rows
      .filter((r) => !core.has(r.key))
      .map((r) => ({
        key: r.key,
        label: r.label ?? r.key,
        date: toDateOnly(r.startDate),
        endDate: r.endDate ? toDateOnly(r.endDate) : null,
      })),
    instants: instants
      ? (Object.fromEntries(Object.entries(instants).map(([k, v]) => [k, (v as Date).toISOString()])) as Record<keyof typeof instants, string>)
      : null,
    version: procedure.version,
  };
}

export type ProceduresService = ReturnType<typeof createProceduresService>;
