import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { silentLog as silent, type Log } from '../../lib/log.js';
import type { TargetPolicy } from '../../domain/webhook-targets.js';
import { UNREGISTERED_CONTENT_GRACE_MS, type DocumentStore } from '../../documents/document-store.js';
import { createPrivacyService, eraseAnsweredStrangerInquiries } from '../privacy/index.js';
import { createWebhookDeliverer, type DeliveryReport } from '../webhooks/index.js';
import {
  claimUnregisteredMarks,
  closeDueIntakes,
  deleteUnregisteredMarks,
  documentsStoredAt,
  dueUnregisteredMarks,
  markMissedMilestones,
  markOverdueHeadhuntedNotices,
  markOverdueInquiries,
} from './sweep.repository.js';
import { purgeExpiredIdempotencyKeys } from '../../plugins/idempotency.js';

/** The actor of a sweep started from the command line (`npm run sweep`). */
export const SWEEP_CLI_ACTOR: Actor = {
  id: 'system:sweep',
  keyId: null,
  role: 'scheduler',
  procedureId: null,
  memberId: null,
  requestId: 'cli',
};

export interface SweepReport {
  ranAt: string;
  intake: { closed: number; procedures: Array<{ procedureId: string; closedAt: string }> };
  milestones: { missed: number; items: Array<{ procedureId: string; kind: string; dueAt: string }> };
  inquiries: { markedOverdue: number; items: Array<{ inquiryId: string; procedureId: string | null; dueAt: string }>; sendersErased: number };
  headhuntedNotices: { markedOverdue: number; items: Array<{ candidateId: string; procedureId: string | null; dueAt: string }> };
  retention: { erased: number; documentsRemoved: number; candidates: Array<{ candidateId: string; applications: number; documents: number }> };
  webhooks: DeliveryReport;
  /** Stored Idempotency-Key responses older than 24 hours, deleted (they may hold personal data). */
  idempotencyKeysPurged: number;
  /** Stored document content that no document row registered within the grace period (its upload never committed), removed. */
  unregisteredContentRemoved: number;
  durationMs: number;
}

const BATCH = 1000;

async function drain<T>(step: () => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const rows = await step();
    all.push(...rows);
    if (rows.length < BATCH) return all;
  }
}

/**
 * The deadline sweep (docs/procedure.md, "Deadlines and the sweep"): the automatic steps that have come due at
 * the service clock, each taken exactly once however often and from however
 * many instances it runs at the same moment. The report lists what this run
 * did; steps another sweep took at the same moment appear in that one's.
 */
export function createSweepService(deps: { db: Db; clock: Clock; documents: DocumentStore; policy: TargetPolicy; log?: Pick<Log, 'info' | 'warn'> }) {
  const { db, clock } = deps;
  const log = deps.log ?? silent;
  const privacy = createPrivacyService({ db, clock, documents: deps.documents, log });
  const deliverer = createWebhookDeliverer({ db, clock, log, policy: deps.policy });

  /**
   * Removes content stored for an upload whose registering transaction
   * never committed (the process died in between): its mark
   * (trackedDocumentStore) is older than the grace period. Two sweeps claim
   * disjoint marks; content a document row does refer to is kept.
   */
  async function removeUnregisteredContent(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - UNREGISTERED_CONTENT_GRACE_MS);
    let removed = 0;
    for (;;) {
      const due = await dueUnregisteredMarks(db, cutoff, 100);
      if (due.length === 0) return removed;
      const done = await db.$transaction(
        async (tx) => {
          const claimed = await claimUnregisteredMarks(
            tx,
            due.map((d) => d.subject),
          );
          const keys = claimed.map((c) => c.subject);
          const used = new Set((await documentsStoredAt(tx, keys)).map((d) => d.storageKey));
          const settled: string[] = [];
          for (const key of keys) {
            if (used.has(key)) {
              settled.push(key);
              continue;
            }
            try {
              await deps.documents.delete(key);
              settled.push(key);
              removed++;
            } catch (error) {
              log.warn({ err: { message: (error as Error).message } }, 'unregistered document content could not be removed; the next sweep retries');
            }
          }
          await deleteUnregisteredMarks(tx, settled);
          // Marks whose content could not be removed stay for the next sweep;
          // this one stops when a batch settled nothing, or it would fetch them again.
          return settled.length;
        },
        { timeout: 60_000 },
      );
      if (done === 0 || due.length < 100) return removed;
    }
  }

  return {
    async run(actor: Actor): Promise<SweepReport> {
      const started = performance.now();
      const now = clock.now();
      const closed = await drain(() => closeDueIntakes(db, actor, now, BATCH));
      const missed = await drain(() => markMissedMilestones(db, actor, now, BATCH));
      const inquiries = await drain(() => markOverdueInquiries(db, actor, now, BATCH));
      const notices = await drain(() => markOverdueHeadhuntedNotices(db, actor, now, BATCH));
      const retention = await privacy.eraseDue(actor, now);
      const sendersErased = await db.$transaction((tx) => eraseAnsweredStrangerInquiries(tx, actor, now));
      const leftover = await privacy.finishContentRemoval();
      const unregisteredContentRemoved = await removeUnregisteredContent(now);
      // Last, so that the events of this sweep's own steps go out in the same run.
      const webhooks = await deliverer.deliverDue(now);
      const idempotencyKeysPurged = await purgeExpiredIdempotencyKeys(db, now);
      const report: SweepReport = {
        ranAt: now.toISOString(),
        intake: { closed: closed.length, procedures: closed.map((r) => ({ procedureId: r.procedureId, closedAt: r.closedAt.toISOString() })) },
        milestones: {
          missed: missed.length,
          items: missed.map((r) => ({ procedureId: r.procedureId, kind: r.kind, dueAt: r.dueAt.toISOString() })),
        },
        inquiries: {
          markedOverdue: inquiries.length,
          items: inquiries.map((r) => ({ inquiryId: r.inquiryId, procedureId: r.procedureId, dueAt: r.dueAt.toISOString() })),
          sendersErased,
        },
        headhuntedNotices: {
          markedOverdue: notices.length,
          items: notices.map((r) => ({ candidateId: r.candidateId, procedureId: r.procedureId, dueAt: r.dueAt.toISOString() })),
        },
        retention: {
          erased: retention.erased.length,
          documentsRemoved: retention.contentRemoved + leftover,
          candidates: retention.erased,
        },
        webhooks,
        idempotencyKeysPurged,
        unregisteredContentRemoved,
        durationMs: Math.round(performance.now() - started),
      };
      log.info(
        {
          intakeClosed: report.intake.closed,
          milestonesMissed: report.milestones.missed,
          inquiriesOverdue: report.inquiries.markedOverdue,
          noticesOverdue: report.headhuntedNotices.markedOverdue,
          erased: report.retention.erased,
          webhooksAttempted: webhooks.attempted,
          durationMs: report.durationMs,
        },
        'deadline sweep',
      );
      return report;
    },
  };
}

export type SweepService = ReturnType<typeof createSweepService>;
