import type { Db } from '../../db/client.js';
import { decodeCursor, encodeCursor, isBigintText } from '../../lib/pagination.js';
import { AppError } from '../../lib/errors.js';
import { eventHorizon, readEvents, type EventRow, type FeedPosition } from './events.repository.js';
import type { EventFeedQuery, EventItem } from './events.schemas.js';

export function toEventItem(e: EventRow): EventItem {
  return {
    id: e.id,
    type: e.type,
    procedureId: e.procedureId,
    entityType: e.entityType,
    entityId: e.entityId,
    payload: (e.payload ?? {}) as Record<string, unknown>,
    userId: e.userId ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}

function position(raw: string | undefined): FeedPosition | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  if (!isBigintText(cursor.k) || !isBigintText(cursor.id)) {
    throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not one this API issued; start again without it.', {
      errors: [{ path: 'after', message: 'not a valid cursor' }],
    });
  }
  return { txId: BigInt(cursor.k), id: BigInt(cursor.id) };
}

export function createEventsService(deps: { db: Db }) {
  const { db } = deps;
  return {
    /**
     * The feed in the order the changes became final: by writing transaction,
     * then id. See eventHorizon for why this order never skips an event.
     */
    async feed(query: EventFeedQuery) {
      const after = position(query.after);
      const horizon = await eventHorizon(db);
      const rows = await readEvents(db, {
        horizon,
        after,
        limit: query.limit,
        types: query.types,
        procedureId: query.procedureId,
      });
      const last = rows[rows.length - 1];
      return {
        items: rows.map(toEventItem),
        nextCursor: last ? encodeCursor({ k: last.txId, id: last.id }) : (query.after ?? null),
      };
    },
  };
}
