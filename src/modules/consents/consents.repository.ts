import type { Tx } from '../../db/client.js';

/**
 * Consents of candidates (docs/procedure.md, rules 5 and 9: retention in the talent
 * pool, at most one year; reference checks), each with the date it was given,
 * its scope, who recorded it (the key and the person it acted as) and its
 * withdrawal. A reference-check consent
 * belongs to one application (`applicationId`); a retention consent to the
 * person only. Query functions for any consents API to reuse.
 */
export const CONSENT_KINDS = ['retention', 'reference_check'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentData {
  candidateId: string;
  applicationId?: string | null;
  kind: ConsentKind;
  scope: string;
  givenAt: Date;
  expiresAt?: Date | null;
  /** The acting key (`actor.id`). */
  recordedBy: string;
  /** The person the key acted as (`actor.userId`): its own person, or the one named by On-Behalf-Of. */
  recordedByUserId?: string | null;
}

export function recordConsent(db: Tx, data: ConsentData, now: Date) {
  return db.consent.create({
    data: {
      candidateId: data.candidateId,
      applicationId: data.applicationId ?? null,
      kind: data.kind,
      scope: data.scope,
      givenAt: data.givenAt,
      expiresAt: data.expiresAt ?? null,
      recordedBy: data.recordedBy,
      recordedByUserId: data.recordedByUserId ?? null,
      createdAt: now,
    },
  });
}

/**
 * The consent in force at `now`: given by then, not withdrawn, not expired;
 * the latest when there are several. For a reference check, pass the
 * application it must have been given for.
 */
export function activeConsent(db: Tx, q: { candidateId: string; kind: ConsentKind; now: Date; applicationId?: string }) {
  return db.consent.findFirst({
    where: {
      candidateId: q.candidateId,
      kind: q.kind,
      ...(q.applicationId ? { applicationId: q.applicationId } : {}),
      withdrawnAt: null,
      givenAt: { lte: q.now },
      OR: [{ expiresAt: null }, { expiresAt: { gt: q.now } }],
    },
    orderBy: [{ givenAt: 'desc' }, { createdAt: 'desc' }],
  });
}

/** The latest consent of a kind, in force or not (withdrawn, expired). */
export function latestConsent(db: Tx, q: { candidateId: string; kind: ConsentKind; applicationId?: string }) {
  return db.consent.findFirst({
    where: { candidateId: q.candidateId, kind: q.kind, ...(q.applicationId ? { applicationId: q.applicationId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { givenAt: 'desc' }],
  });
}

export function withdrawConsent(db: Tx, id: string, now: Date) {
  return db.consent.updateMany({ where: { id, withdrawnAt: null }, data: { withdrawnAt: now } });
}

export type ConsentRow = NonNullable<Awaited<ReturnType<typeof latestConsent>>>;

export function toConsentView(c: ConsentRow, now: Date) {
  const inForce = c.withdrawnAt === null && c.givenAt <= now && (c.expiresAt === null || c.expiresAt > now);
  return {
    id: c.id,
    candidateId: c.candidateId,
    applicationId: c.applicationId,
    kind: c.kind as ConsentKind,
    scope: c.scope,
    givenAt: c.givenAt.toISOString(),
    recordedBy: c.recordedBy,
    recordedByUserId: c.recordedByUserId,
    expiresAt: c.expiresAt?.toISOString() ?? null,
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    inForce,
    createdAt: c.createdAt.toISOString(),
  };
}
