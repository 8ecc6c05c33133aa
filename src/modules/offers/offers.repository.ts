import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';

export function findOffer(db: Tx, applicationId: string) {
  return db.offer.findUnique({ where: { applicationId } });
}

/** Changes an offer at the version read, unless it changed meanwhile. */
export function updateOfferAt(tx: Tx, id: string, version: number, data: Prisma.OfferUncheckedUpdateManyInput) {
  return tx.offer.updateMany({ where: { id, version }, data });
}

export function insertOffer(tx: Tx, data: Prisma.OfferUncheckedCreateInput) {
  return tx.offer.create({ data });
}
