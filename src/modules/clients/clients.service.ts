import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { Client } from '../../generated/prisma/client.js';
import { diff, recordChange } from '../../db/audit.js';
import { findClient, insertClient, listClients, updateClientAt } from './clients.repository.js';
import type { ClientInput, ClientListQuery, ClientPatch } from './clients.schemas.js';

export function toClientView(c: Client) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    website: c.website,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function createClientsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: ClientInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const created = await insertClient(tx, {
          name: input.name,
          description: input.description ?? null,
          website: input.website ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await recordChange(tx, actor, now, {
          action: 'client.created',
          entityType: 'client',
          entityId: created.id,
          changes: diff({}, { name: created.name, description: created.description, website: created.website }),
        });
        return toClientView(created);
      });
    },

    async get(id: string) {
      const found = await findClient(db, id);
      if (!found) throw notFound('Client', id);
      return toClientView(found);
    },

    async list(query: ClientListQuery) {
      const rows = await listClients(db, {
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        search: query.q,
      });
      return toPage(rows, query.limit, (c) => ({ k: c.updatedAt.toISOString(), id: c.id }), toClientView);
    },

    async update(actor: Actor, id: string, expected: number | undefined, patch: ClientPatch) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const current = await findClient(tx, id);
        if (!current) throw notFound('Client', id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('client');
        const result = await updateClientAt(tx, id, current.version, { ...patch, version: { increment: 1 }, updatedAt: now });
        if (result.count === 0) throw staleVersion('client');
        const updated = (await findClient(tx, id))!;
        await recordChange(tx, actor, now, {
          action: 'client.updated',
          entityType: 'client',
          entityId: id,
          changes: diff(current, patch),
        });
        return toClientView(updated);
      });
    },
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
