import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';

const noteInclude = { application: { select: { procedureId: true } } } satisfies Prisma.ApplicationNoteInclude;

export type NoteRow = Prisma.ApplicationNoteGetPayload<{ include: typeof noteInclude }>;

/** The application a note is written on, as far as the viewer's where-fragment lets it be found, with its procedure's overview. */
export function findApplicationForNotes(db: Tx, id: string, visible: Prisma.ApplicationWhereInput) {
  return db.application.findFirst({
    where: { AND: [{ id }, visible] },
    select: { id: true, procedureId: true, erasedAt: true, procedure: { select: { overviewSentAt: true } } },
  });
}

export function findNote(db: Tx, id: string, visible: Prisma.ApplicationNoteWhereInput = {}): Promise<NoteRow | null> {
  return db.applicationNote.findFirst({ where: { AND: [{ id }, visible] }, include: noteInclude });
}

/** A note with its application's procedure overview, for a change. */
export function findNoteForChange(tx: Tx, id: string) {
  return tx.applicationNote.findUnique({
    where: { id },
    include: { application: { select: { procedureId: true, erasedAt: true, procedure: { select: { overviewSentAt: true } } } } },
  });
}

/** A page of an application's notes in (createdAt, id) order. */
export function listNotes(db: Tx, q: { applicationId: string; visible: Prisma.ApplicationNoteWhereInput; limit: number; cursor?: Cursor }) {
  const after = q.cursor ? timeCursor(q.cursor) : null;
  return db.applicationNote.findMany({
    where: {
      AND: [
        { applicationId: q.applicationId },
        q.visible,
        ...(after ? [{ OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] }] : []),
      ],
    },
    include: noteInclude,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertNote(tx: Tx, data: Prisma.ApplicationNoteUncheckedCreateInput) {
  return tx.applicationNote.create({ data, include: noteInclude });
}

/** Changes a note at the version read, unless it changed meanwhile. */
export function updateNoteAt(tx: Tx, id: string, version: number, data: Prisma.ApplicationNoteUncheckedUpdateManyInput) {
  return tx.applicationNote.updateMany({ where: { id, version }, data });
}

export function deleteNote(tx: Tx, id: string) {
  return tx.applicationNote.deleteMany({ where: { id } });
}
