import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { contract, errorResponses, etagOf, expectedVersion, named, uuidParam } from '../../lib/http.js';
import { pageSchema } from '../../lib/pagination.js';
import { note, noteInput, noteListQuery, notePatch } from './notes.schemas.js';
import { createNotesService } from './notes.service.js';

export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createNotesService({ db: app.db, clock: app.clock });
  const readers = [...AGENCY_ROLES, 'committee' as const];

  app.post(
    '/v1/applications/:applicationId/notes',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createNote',
        ...contract({
          etag: true,
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPLICATION_ERASED', 'IDEMPOTENCY_IN_PROGRESS', 'NOTE_SHARING_TOO_EARLY'],
            422: ['IDEMPOTENCY_KEY_REUSED'],
          },
        }),
        tags: ['notes'],
        summary: "Write a consultant's note on an application",
        description:
          'The note is internal to the agency unless `shared` is true: then the committee of the procedure reads it too, which is possible only once the candidate overview was sent (409 NOTE_SHARING_TOO_EARLY before). The author is the calling API key (`author`) and the person it acts as (`authorUserId`: the person the key belongs to, or the one named by On-Behalf-Of). A note is personal data of the candidate: it is part of their access export and erased with them; the audit trail records that a note was written, never its text.',
        params: uuidParam('applicationId'),
        body: named('NewNote', noteInput, { text: 'Called back on 12 January: available from 1 April.', shared: false }),
        response: { 201: note, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.params.applicationId, request.body);
      return reply.status(201).header('location', `/v1/notes/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/applications/:applicationId/notes',
    {
      config: { roles: readers },
      schema: {
        operationId: 'listNotes',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['notes'],
        summary: 'List the notes on an application, oldest first',
        description:
          'Agency keys read every note. A committee key reads the notes shared with the committee, on the applications it sees (its own procedure, after the candidate overview was sent); an application it does not see answers 404.',
        params: uuidParam('applicationId'),
        querystring: noteListQuery,
        response: { 200: pageSchema(note), ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.applicationId, request.query),
  );

  app.get(
    '/v1/notes/:noteId',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getNote',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['notes'],
        summary: 'Read a note',
        description: 'A committee key reads a note only when it is shared with the committee and on an application it sees; any other answers 404.',
        params: uuidParam('noteId'),
        response: { 200: note, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.actor, request.params.noteId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/notes/:noteId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateNote',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: ['APPLICATION_ERASED', 'NOTE_SHARING_TOO_EARLY'], 422: [] },
        }),
        tags: ['notes'],
        summary: 'Change the text or the sharing of a note (needs If-Match)',
        description:
          'Give the text, `shared` or both. Sharing with the committee is possible once the candidate overview was sent (409 NOTE_SHARING_TOO_EARLY before); `shared: false` takes a note back from the committee. The audit trail records the change, never the text.',
        params: uuidParam('noteId'),
        body: named('NoteChanges', notePatch),
        response: { 200: note, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.noteId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.delete(
    '/v1/notes/:noteId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'deleteNote',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['notes'],
        summary: 'Delete a note',
        description: 'The note is gone; the audit trail keeps that it was deleted, by whom and when, never its text.',
        params: uuidParam('noteId'),
        response: { 204: z.null().describe('Deleted'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      await service.remove(request.actor, request.params.noteId);
      return reply.status(204).send(null);
    },
  );
};
