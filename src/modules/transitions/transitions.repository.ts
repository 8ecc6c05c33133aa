import type pg from 'pg';
import type { Db, Tx } from '../../db/client.js';
import { changeSql, type changeValues } from '../../db/audit.js';
import { parseJsonInstant } from '../../db/pg-types.js';
import { parameterLiteral, quoteLiteral } from '../../db/sql.js';
import { COUNTED_STAGES, type StageName, type StageStatus } from '../../domain/gates.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';
import type { IdempotencyClaim, KeyHeld } from '../../plugins/idempotency.js';
import { APPLICATION_JSON, fromRawApplication, type ApplicationRow, type RawApplication } from '../applications/index.js';
import type { StageProcedure } from '../stages/index.js';

/**
 * Locks the procedure of an application for the rest of the transaction
 * (one statement: find and lock), and returns the procedure's id, or null
 * when the application does not exist. Every stage change and gate of a
 * procedure takes this row lock first, so that a quota checked inside the
 * transaction still holds when it commits, on any instance. The same lock
 * strength as lockProcedure (src/db/locks.ts): FOR NO KEY UPDATE.
 */
export async function lockProcedureOf(db: Tx, applicationId: string): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ procedureId: string }>>`
    SELECT p.id::text AS "procedureId"
    FROM applications a JOIN procedures p ON p.id = a.procedure_id
    WHERE a.id = ${applicationId}::uuid
    FOR NO KEY UPDATE OF p`;
  return rows[0]?.procedureId ?? null;
}

/** What a stage change needs to know about the application. */
export function findTransitionApplication(tx: Tx, applicationId: string) {
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      stage: true,
      version: true,
      rejectionReason: true,
      candidateId: true,
      documents: { where: { current: true, erasedAt: null }, select: { kind: true } },
    },
  });
}

/** Moves an application at the version read, unless it changed meanwhile. */
export function moveApplicationAt(tx: Tx, applicationId: string, version: number, data: Prisma.ApplicationUncheckedUpdateManyInput) {
  return tx.application.updateMany({ where: { id: applicationId, version }, data });
}

export function insertStageChange(tx: Tx, data: Prisma.StageChangeUncheckedCreateInput) {
  return tx.stageChange.create({ data });
}

// ---------------------------------------------------------------------------
// The hot path of a stage change straight on `pg` (see transitions.service.ts):
// one round trip opens the transaction, locks the procedure and reads every
// fact the rules need; one writes everything the change makes and commits.
// ---------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The application as applicationInclude reads it (ApplicationRow), the procedure's stage facts, and the rules' facts. */
export interface TransitionFacts {
  application: ApplicationRow;
  procedure: StageProcedure;
  /** Milestone key -> its date (YYYY-MM-DD). */
  milestones: Record<string, string>;
  /** The other applications of the procedure, by stage: the stages a gate counts (COUNTED_STAGES). */
  stageCounts: Map<ApplicationStage, number>;
  rejectedFrom: ApplicationStage | null;
  interviewHeld: boolean;
  /** Whether the application has scheduled interviews of the procedure still to start. */
  upcomingInterviews: boolean;
}

/** The facts as the statement answers them: one JSON object (factsSql). */
interface RawFacts {
  application: RawApplication;
  phase: StageProcedure['phase'];
  time_zone: string;
  overview_sent_at: string | null;
  preselection_min: number;
  preselection_max: number;
  shortlist_min: number;
  shortlist_max: number;
  nominee_max: number;
  procedure_version: number;
  stages: Array<{
    name: StageName;
    status: StageStatus;
    closedAt: string | null;
    closedBy: string | null;
    closedByUserId: string | null;
    justification: string | null;
  }>;
  milestones: Record<string, string>;
  stage_counts: Record<string, number>;
  rejected_from: ApplicationStage | null;
  interview_held: boolean;
  upcoming_interviews: boolean;
}

// One JSON object rather than a column for each fact: the driver sets up a
// parser for every column of every answer, which cost more of a move than
// parsing one JSON text (docs/performance.md, "One JSON value a row").
function factsSql(application: string, now: string): string {
  return `
SELECT json_build_object(
       'application', ${APPLICATION_JSON},
       'phase', p.phase, 'time_zone', p.time_zone, 'overview_sent_at', p.overview_sent_at,
       'preselection_min', p.preselection_min, 'preselection_max', p.preselection_max,
       'shortlist_min', p.shortlist_min, 'shortlist_max', p.shortlist_max, 'nominee_max', p.nominee_max,
       'procedure_version', p.version,
       'stages', COALESCE((SELECT json_agg(json_build_object('name', s.name, 'status', s.status, 'closedAt', s.closed_at,
                                                   'closedBy', s.closed_by, 'closedByUserId', s.closed_by_user_id,
                                                   'justification', s.justification))
                   FROM stages s WHERE s.procedure_id = p.id), '[]'::json),
       'milestones', COALESCE((SELECT json_object_agg(m.key, to_char(m.start_date, 'YYYY-MM-DD'))
                   FROM milestones m WHERE m.procedure_id = p.id), '{}'::json),
       -- Only the stages a gate counts, this application taken off after, so that an
       -- index-only scan can count (docs/performance.md, "The gate counts read by index only").
       'stage_counts', COALESCE((SELECT json_object_agg(g.stage, g.n - (g.stage = a.stage)::int)
                   FROM (SELECT o.stage, count(*)::int AS n FROM applications o
                          WHERE o.procedure_id = p.id AND o.stage IN (${COUNTED_STAGES.map(quoteLiteral).join(', ')})
                          GROUP BY o.stage) g), '{}'::json),
       'rejected_from', (SELECT sc.from_stage FROM stage_changes sc
         WHERE sc.application_id = a.id AND sc.to_stage = 'rejected'
         ORDER BY sc.at DESC, sc.id DESC LIMIT 1),
       'interview_held', EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id AND i.kind = 'committee'
                  AND i.status <> 'cancelled' AND i.starts_at <= ${now}),
       'upcoming_interviews', EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id AND i.procedure_id = p.id
                  AND i.status = 'scheduled' AND i.starts_at > ${now})
       ) AS facts
  FROM applications a
  JOIN procedures p ON p.id = a.procedure_id
  JOIN candidates c ON c.id = a.candidate_id
 WHERE a.id = ${application}`;
}

// The statements of the hot path are prepared once per connection (PREPARE,
// by SQL, so that they can be executed within a simple query of several
// statements): planning the read cost several times its execution.
const PREPARED = `
PREPARE transition_lock(uuid, int, int, text, text) AS
WITH k AS MATERIALIZED (
  SELECT l.got, l.got AND $4::text IS NOT NULL AND EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.actor = $4 AND k.key = $5) AS taken
    FROM (SELECT CASE WHEN $4::text IS NULL THEN true ELSE pg_try_advisory_xact_lock($2, $3) END AS got) l
), locked AS MATERIALIZED (
  SELECT p.id FROM applications a JOIN procedures p ON p.id = a.procedure_id CROSS JOIN k
   WHERE a.id = $1 AND k.got AND NOT k.taken
     FOR NO KEY UPDATE OF p
)
-- Reading locked is what runs its row lock.
SELECT k.got, k.taken, EXISTS (SELECT 1 FROM locked) AS locked FROM k;
PREPARE transition_keep(uuid, text, text, text, text, text, timestamptz, timestamptz) AS
INSERT INTO idempotency_keys (id, actor, key, request_hash, method, path, completed, expires_at, created_at)
VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8);
PREPARE transition_facts(uuid, timestamptz) AS ${factsSql('$1', '$2')};
PREPARE transition_write(uuid, application_stage, text, timestamptz, int, uuid, application_stage, text, text, text,
                         uuid, text, text, text, jsonb, text, text, jsonb, uuid, int, jsonb, text, text, text, uuid,
                         text, text, text, text, text, timestamptz, timestamptz) AS
WITH upd AS (
  UPDATE applications SET stage = $2, rejection_reason = $3, version = version + 1, updated_at = $4
   WHERE id = $1 AND version = $5
  RETURNING version
), sc AS (
  INSERT INTO stage_changes (id, application_id, from_stage, to_stage, reason, reason_category, actor, user_id, at)
  SELECT $6, $1, $7, $2, $8, $9, $10, $25, $4 FROM upd
), ${changeSql('upd', {
  procedureId: '$11',
  actor: '$10',
  actorRole: '$12',
  action: '$13',
  entityType: '$23',
  entityId: '$14',
  changes: '$15',
  reason: '$16',
  requestId: '$17',
  eventType: '$24',
  payload: '$18',
  userId: '$25',
  at: '$4',
})}, idem AS (
  INSERT INTO idempotency_keys (id, actor, key, request_hash, method, path, completed, response_status, response_headers, response_body,
                                expires_at, created_at)
  SELECT $19, $26, $27, $28, $29, $30, true, $20, $21, $22, $31, $32 FROM upd WHERE $19 IS NOT NULL
)
SELECT version FROM upd`;

const prepared = new WeakSet<pg.ClientBase>();

/**
 * Prepares the statements of the hot path on this connection, once (a round
 * trip the first time). When it fails, some may exist and the connection must
 * not be reused: the caller releases it with the error.
 */
export async function prepareTransitionStatements(client: pg.ClientBase): Promise<void> {
  if (prepared.has(client)) return;
  await client.query(PREPARED);
  prepared.add(client);
}

/**
 * Opens a transaction on `client`, claims the request's Idempotency-Key when
 * it has one, locks the procedure of the application (as lockProcedureOf)
 * and reads the facts of a stage change, all in one round trip: a simple
 * query of three statements, each with its own snapshot, so that the read,
 * taken after the lock, sees what a move that held the lock before left.
 *
 * The claim (in transition_lock) takes the key's advisory lock without
 * waiting and looks for the key's record: a request with the key still
 * running holds that lock, so this one is told at once rather than waiting
 * ('in-progress'); a record already there is 'taken'. The procedure is
 * locked only when the key is the request's (or without a key), so that a
 * request refused for its key never waits for the procedure either. The
 * key's record is not written here: the advisory lock keeps every other
 * claim of the key out until this transaction ends (the plugin's own claims
 * take it too), and the record is inserted, complete, by
 * writeTransitionAndCommit, or alone by keepTransitionClaim. The look for
 * the record sees what had committed when the statement began, a moment
 * before the lock was taken: a record committed in that moment makes either
 * insert fail on the key's unique index (isKeyTaken), and the key is judged
 * as taken, the move rolled back.
 *
 * A simple query takes no parameters: its values go in as literals (the id
 * only once checked to be a UUID). The facts are null when the application
 * does not exist; the transaction is open in every case. Needs
 * prepareTransitionStatements first.
 */
export async function beginTransitionFacts(
  client: pg.ClientBase,
  applicationId: string,
  now: Date,
  claim: IdempotencyClaim | null,
): Promise<KeyHeld | { facts: TransitionFacts | null }> {
  if (!UUID.test(applicationId)) throw new Error('applicationId must be a UUID');
  const application = quoteLiteral(applicationId);
  const at = quoteLiteral(now.toISOString());
  const lockValues = [applicationId, ...(claim ? [...claim.lock, claim.actor, claim.key] : [null, null, null, null])];
  const results = (await client.query(
    `BEGIN; EXECUTE transition_lock(${lockValues.map(parameterLiteral).join(', ')}); EXECUTE transition_facts(${application}, ${at})`,
  )) as unknown as pg.QueryResult[];
  const { got, taken } = results[1]!.rows[0] as { got: boolean; taken: boolean };
  if (!got) return { keyHeld: 'in-progress' };
  if (taken) return { keyHeld: 'taken' };
  const r = (results[2]?.rows[0] as { facts: RawFacts } | undefined)?.facts;
  if (!r) return { facts: null };
  return {
    facts: {
      application: fromRawApplication(r.application),
      procedure: {
        id: r.application.procedure_id,
        phase: r.phase,
        timeZone: r.time_zone,
        overviewSentAt: parseJsonInstant(r.overview_sent_at),
        preselectionMin: r.preselection_min,
        preselectionMax: r.preselection_max,
        shortlistMin: r.shortlist_min,
        shortlistMax: r.shortlist_max,
        nomineeMax: r.nominee_max,
        version: r.procedure_version,
        stages: r.stages.map((s) => ({ ...s, closedAt: parseJsonInstant(s.closedAt) })),
      },
      milestones: r.milestones,
      stageCounts: new Map(Object.entries(r.stage_counts) as Array<[ApplicationStage, number]>),
      rejectedFrom: r.rejected_from,
      interviewHeld: r.interview_held,
      upcomingInterviews: r.upcoming_interviews,
    },
  };
}

/** The columns of a claim's record besides its id, in the order transition_keep and transition_write take them. */
function claimColumns(claim: IdempotencyClaim) {
  return [claim.actor, claim.key, claim.requestHash, claim.method, claim.path, claim.expiresAt, claim.createdAt];
}

/**
 * True when a statement failed on the Idempotency-Key's unique index: the
 * key's record committed after this transaction's look for it (see
 * beginTransitionFacts). The transaction is aborted.
 */
export function isKeyTaken(error: unknown): boolean {
  // The only unique index of the table a claim can collide on: the id is new.
  const e = error as { code?: string; table?: string };
  return e?.code === '23505' && e.table === 'idempotency_keys';
}

/**
 * Commits the transaction beginTransitionFacts opened with a claim, when the
 * move writes nothing there (refused, or made through Prisma instead),
 * with the claim's record inserted, not completed, so that the answer is
 * stored in it (the idempotency plugin's onSend). Throws what isKeyTaken
 * tells when the key's record appeared meanwhile.
 */
export async function keepTransitionClaim(client: pg.ClientBase, claim: IdempotencyClaim): Promise<void> {
  const values = [claim.id, ...claimColumns(claim)];
  await client.query(`EXECUTE transition_keep(${values.map(parameterLiteral).join(', ')}); COMMIT`);
}

export interface TransitionWrite {
  applicationId: string;
  procedureId: string;
  /** The version read under the lock. */
  version: number;
  from: ApplicationStage;
  to: ApplicationStage;
  rejectionReason: string | null;
  stageChangeId: string;
  reason: string | null;
  reasonCategory: string | null;
  /** The audit entry and event, as recordChange writes them (changeValues of src/db/audit.ts). */
  change: ReturnType<typeof changeValues>;
  at: Date;
  /** The request's idempotency record, inserted with this response in the same transaction. */
  idempotency: { claim: IdempotencyClaim; status: number; headers: Record<string, string>; body: string } | null;
}

/**
 * Every write of a stage change in one statement, and the commit, in one
 * round trip (a simple query of two statements, so that the procedure lock is
 * held one round trip less): the application (only at the version read), the
 * stage change, the audit entry and the event (as recordChange writes them),
 * and the idempotency record with its response. A simple query takes no parameters:
 * every value goes in as an untyped literal (parameterLiteral), typed by
 * the prepared statement (transition_write). Nothing is written when the
 * version moved on; the new version, or null then. The transaction is over
 * once this returns; when it throws (isKeyTaken among others), it is still
 * open (aborted) and the caller rolls it back.
 */
export async function writeTransitionAndCommit(client: pg.ClientBase, w: TransitionWrite): Promise<number | null> {
  const idem = w.idempotency;
  const c = w.change;
  const values: Array<string | number | Date | null> = [
    w.applicationId,
    w.to,
    w.rejectionReason,
    w.at,
    w.version,
    w.stageChangeId,
    w.from,
    w.reason,
    w.reasonCategory,
    c.actor,
    c.procedureId,
    c.actorRole,
    c.action,
    c.entityId,
    c.changes,
    c.reason,
    c.requestId,
    c.payload,
    idem?.claim.id ?? null,
    idem?.status ?? null,
    idem ? JSON.stringify(idem.headers) : null,
    idem?.body ?? null,
    c.entityType,
    c.eventType,
    c.userId,
    ...(idem ? claimColumns(idem.claim) : [null, null, null, null, null, null, null]),
  ];
  const results = (await client.query(`EXECUTE transition_write(${values.map(parameterLiteral).join(', ')}); COMMIT`)) as unknown as pg.QueryResult<{
    version: number;
  }>[];
  return results[0]?.rows[0]?.version ?? null;
}

// ---------------------------------------------------------------------------
// The history of an application (GET /v1/applications/:applicationId/history).
// ---------------------------------------------------------------------------

/** The application as the viewer sees it (visibleApplicationWhere), with its intake instant; null when it does not see it. */
export function findVisibleApplicationIntake(db: Db, applicationId: string, where: Prisma.ApplicationWhereInput) {
  return db.application.findFirst({ where: { AND: [{ id: applicationId }, where] }, select: { id: true, receivedAt: true } });
}

/** Every stage change of an application, oldest first. */
export function findStageChanges(db: Db, applicationId: string) {
  return db.stageChange.findMany({
    where: { applicationId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { fromStage: true, toStage: true, at: true, actor: true, userId: true, reason: true, reasonCategory: true },
  });
}
