import type { Db } from '../../db/client.js';
import { recordChange } from '../../db/audit.js';
import { visibleApplicationWhere, visibleNoteWhere } from '../../db/visibility-where.js';
import { REDACTED } from '../../domain/personal-data.js';
import { mayShareWithCommittee, seesNoteAuthor, type Viewer } from '../../domain/visibility.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { deleteNote, findApplicationForNotes, findNote, findNoteForChange, insertNote, listNotes, updateNoteAt, type NoteRow } from './notes.repository.js';
import type { NoteInput, NoteListQuery, NotePatch } from './notes.schemas.js';

export function toNoteView(n: NoteRow, viewer: Viewer) {
  return {
    id: n.id,
    applicationId: n.applicationId,
    procedureId: n.application.procedureId,
    text: n.text,
    shared: n.shared,
    author: seesNoteAuthor(viewer) ? n.author : null,
    authorUserId: seesNoteAuthor(viewer) ? n.authorUserId : null,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

function applicationErased(id: string): AppError {
  return conflict('APPLICATION_ERASED', `Application ${id} was erased; no notes can be written on it.`);
}

function notYetShareable(): AppError {
  return conflict(
    'NOTE_SHARING_TOO_EARLY',
    'A note can be shared with the committee once the candidate overview of the procedure was sent; keep it internal (shared: false) until then.',
  );
}

export function createNotesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** A note on an application, internal unless shared (once the overview was sent). The text stays out of the audit trail. */
    async create(actor: Actor, applicationId: string, input: NoteInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const application = await findApplicationForNotes(tx, applicationId, visibleApplicationWhere(actor));
        if (!application) throw notFound('Application', applicationId);
        if (application.erasedAt) throw applicationErased(applicationId);
        if (input.shared && !mayShareWithCommittee(application.procedure)) throw notYetShareable();
        const created = await insertNote(tx, {
          applicationId,
          text: input.text,
          shared: input.shared,
          author: actor.id,
          authorUserId: actor.userId ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await recordChange(tx, actor, now, {
          procedureId: application.procedureId,
          action: 'note.created',
          entityType: 'note',
          entityId: created.id,
          changes: { applicationId: { to: applicationId }, text: { to: REDACTED }, shared: { to: created.shared } },
        });
        return toNoteView(created, actor);
      });
    },

    /** The notes of an application the viewer sees, oldest first: a committee key reads the shared ones only. */
    async list(actor: Actor, applicationId: string, query: NoteListQuery) {
      const application = await findApplicationForNotes(db, applicationId, visibleApplicationWhere(actor));
      if (!application) throw notFound('Application', applicationId);
      const rows = await listNotes(db, { applicationId, visible: visibleNoteWhere(actor), limit: query.limit, cursor: decodeCursor(query.cursor) });
      return toPage(
        rows,
        query.limit,
        (n) => ({ k: n.createdAt.toISOString(), id: n.id }),
        (n) => toNoteView(n, actor),
      );
    },

    async get(actor: Actor, id: string) {
      const found = await findNote(db, id, visibleNoteWhere(actor));
      if (!found) throw notFound('Note', id);
      return toNoteView(found, actor);
    },

    /** Changes the text or the sharing of a note at the version read (If-Match). */
    async update(actor: Actor, id: string, expected: number | undefined, patch: NotePatch) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const current = await findNoteForChange(tx, id);
        if (!current) throw notFound('Note', id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('note');
        if (current.application.erasedAt) throw applicationErased(current.applicationId);
        if (patch.shared === true && !current.shared && !mayShareWithCommittee(current.application.procedure)) throw notYetShareable();
        const result = await updateNoteAt(tx, id, current.version, {
          ...(patch.text !== undefined ? { text: patch.text } : {}),
          ...(patch.shared !== undefined ? { shared: patch.shared } : {}),
          version: { increment: 1 },
          updatedAt: now,
        });
        if (result.count === 0) throw staleVersion('note');
        const changes: Record<string, { from?: unknown; to?: unknown }> = {};
        if (patch.text !== undefined && patch.text !== current.text) changes.text = { from: REDACTED, to: REDACTED };
        if (patch.shared !== undefined && patch.shared !== current.shared) changes.shared = { from: current.shared, to: patch.shared };
        await recordChange(tx, actor, now, {
          procedureId: current.application.procedureId,
          action: 'note.updated',
          entityType: 'note',
          entityId: id,
          changes,
        });
        return toNoteView((await findNote(tx, id))!, actor);
      });
    },

    /** Deletes a note; the audit entry keeps that it existed, not what it said. */
    async remove(actor: Actor, id: string) {
      const now = clock.now();
      await db.$transaction(async (tx) => {
        const current = await findNoteForChange(tx, id);
        if (!current) throw notFound('Note', id);
        if ((await deleteNote(tx, id)).count === 0) throw notFound('Note', id);
        await recordChange(tx, actor, now, {
          procedureId: current.application.procedureId,
          action: 'note.deleted',
          entityType: 'note',
          entityId: id,
          changes: { applicationId: { from: current.applicationId }, text: { from: REDACTED, to: null }, shared: { from: current.shared } },
        });
      });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
