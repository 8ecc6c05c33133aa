import type pg from 'pg';
import type { Reader } from '../../db/read-pipeline.js';
import { DEADLINE_KINDS, DEADLINE_LABELS, MET_BY, deadlineState } from '../../domain/deadlines.js';
import type { Clock } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { listDeadlines, type DeadlineRow } from './deadlines.repository.js';
import type { DeadlineListQuery, DeadlineView } from './deadlines.schemas.js';
import { isoString } from '../../lib/instant.js';

const ID = /^[a-z_]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function invalidCursor(): AppError {
  return new AppError(400, 'INVALID_CURSOR', 'The cursor is not one this API issued; start again without it.', {
    errors: [{ path: 'cursor', message: 'not a valid cursor' }],
  });
}

export function toDeadlineView(r: DeadlineRow, now: Date): DeadlineView {
  return {
    id: r.id,
    kind: r.kind,
    label: DEADLINE_LABELS[r.kind],
    procedureId: r.procedureId,
    subject: { type: r.subjectType as DeadlineView['subject']['type'], id: r.subjectId },
    dueAt: isoString(r.dueAt),
    timeZone: r.timeZone,
    state: deadlineState(r, now),
    metBy: MET_BY[r.kind],
    metAt: r.metAt ? isoString(r.metAt) : null,
    missedAt: r.markedAt ? isoString(r.markedAt) : null,
  };
}

export function createDeadlinesService(deps: { pool: pg.Pool; genericReads: Reader | null; clock: Clock }) {
  const { pool, genericReads, clock } = deps;
  return {
    async list(query: DeadlineListQuery) {
      const now = clock.now();
      const cursor = decodeCursor(query.cursor);
      let after: { dueAt: Date; id: string } | undefined;
      if (cursor) {
        const dueAt = new Date(cursor.k);
        if (Number.isNaN(dueAt.getTime()) || !ID.test(cursor.id)) throw invalidCursor();
        after = { dueAt, id: cursor.id };
      }
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && from.getTime() >= to.getTime()) {
        throw new AppError(400, 'INVALID_RANGE', '`from` must lie before `to`.', { errors: [{ path: 'querystring.to', message: 'must be after from' }] });
      }
      const rows = await listDeadlines(pool, genericReads, {
        now,
        kinds: query.kind && query.kind.length > 0 ? query.kind : DEADLINE_KINDS,
        states: query.state,
        procedureId: query.procedureId,
        from,
        to,
        after,
        limit: query.limit,
      });
      return toPage(
        rows,
        query.limit,
        (r) => ({ k: r.dueAt.toISOString(), id: r.id }),
        (r) => toDeadlineView(r, now),
      );
    },
  };
}

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;
