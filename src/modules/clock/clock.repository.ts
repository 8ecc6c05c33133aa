import type { Db } from '../../db/client.js';
import { recordChange } from '../../db/audit.js';
import type { Actor } from '../../lib/actor.js';

/** The stored offset of the shared test clock (0 before any advance). */
export async function readClockOffset(db: Db): Promise<number> {
  const row = await db.testClock.findUnique({ where: { id: 1 }, select: { offsetMs: true } });
  return row ? Number(row.offsetMs) : 0;
}

/**
 * Stores a larger offset, atomically: only when it is not smaller than the
 * stored one (so two instances advancing at once never move the clock back).
 * False when another instance has already moved it further.
 */
export async function storeClockOffset(db: Db, actor: Actor, from: Date, to: Date, offsetMs: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const moved = await tx.testClock.updateMany({
      where: { id: 1, offsetMs: { lte: BigInt(offsetMs) } },
      data: { offsetMs: BigInt(offsetMs), advancedAt: to },
    });
    if (moved.count === 0) return false;
    await recordChange(tx, actor, to, {
      action: 'clock.advanced',
      entityType: 'test_clock',
      entityId: '1',
      changes: { now: { from: from.toISOString(), to: to.toISOString() } },
    });
    return true;
  });
}
