import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';

export const inquiryInclude = { procedure: { select: { timeZone: true } } } as const;

export function findInquiry(db: Tx, id: string) {
  return db.inquiry.findUnique({ where: { id }, include: inquiryInclude });
}

export function listInquiries(
  db: Tx,
  q: { limit: number; now: Date; cursor?: Cursor; updatedSince?: Date; procedureId?: string; answered?: boolean; overdue?: boolean },
) {
  const and: Prisma.InquiryWhereInput[] = [afterUpdatedCursor(q.cursor)];
  if (q.updatedSince) and.push({ updatedAt: { gte: q.updatedSince } });
  if (q.procedureId) and.push({ procedureId: q.procedureId });
  if (q.answered !== undefined) and.push({ answeredAt: q.answered ? { not: null } : null });
  if (q.overdue === true) and.push({ answeredAt: null, dueAt: { lte: q.now } });
  if (q.overdue === false) and.push({ OR: [{ answeredAt: { not: null } }, { dueAt: { gt: q.now } }] });
  return db.inquiry.findMany({
    where: { AND: and },
    include: inquiryInclude,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertInquiry(tx: Tx, data: Prisma.InquiryUncheckedCreateInput) {
  return tx.inquiry.create({ data, include: { procedure: { select: { timeZone: true } } } });
}

/** Marks a question answered, unless it was answered meanwhile. */
export function answerInquiry(tx: Tx, id: string, answeredAt: Date, now: Date) {
  return tx.inquiry.updateMany({ where: { id, answeredAt: null }, data: { answeredAt, updatedAt: now } });
}
