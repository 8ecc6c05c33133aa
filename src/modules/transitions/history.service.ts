import type { Db } from '../../db/client.js';
import { visibleApplicationWhere } from '../../db/visibility-where.js';
import { stageHistory, type HistoryItem } from '../../domain/stage-history.js';
import { seesStageChangeDetails } from '../../domain/visibility.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { findStageChanges, findVisibleApplicationIntake } from './transitions.repository.js';

/** Reads the stage history of an application the actor sees (404 for one it does not). */
export async function readHistory(db: Db, actor: Actor, applicationId: string): Promise<{ items: HistoryItem<ApplicationStage>[] }> {
  const found = await findVisibleApplicationIntake(db, applicationId, visibleApplicationWhere(actor));
  if (!found) throw notFound('Application', applicationId);
  const changes = await findStageChanges(db, applicationId);
  return { items: stageHistory(found.receivedAt, changes, seesStageChangeDetails(actor), 'applied') };
}
