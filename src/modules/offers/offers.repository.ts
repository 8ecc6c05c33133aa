import type { Tx } from '../../db/client.js';

export function findOffer(db: Tx, applicationId: string) {
  return db.offer.findUnique({ where: { applicationId } });
}
