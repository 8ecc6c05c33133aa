-- The rules the triggers of 20261127130100_deadline_due_instants (and
-- 20261129170000_talent_pool_retention) keep are written in TypeScript too.
-- Each function names its TypeScript twin here, each twin names its function
-- in a header comment, and test/integration/sql-twins.test.ts compares them
-- over generated inputs. Applied migrations are not edited (src/db/migrate.ts
-- refuses a changed one), so the names are given here.

-- 1. The start of a local day is its first instant. On a day whose midnight
--    comes twice (America/Havana puts its clocks back from 01:00 to 00:00),
--    timezone(zone, midnight) gives the second midnight, an hour after the day
--    began; timelineInstants (src/domain/timeline.ts) gives the first. Where
--    the offset in force the day before also reads as that midnight, and
--    earlier, that is the instant. (At a skipped midnight both take the offset
--    in force before the change: the first valid time after midnight.)
CREATE OR REPLACE FUNCTION "milestone_due_at"(p_key TEXT, p_date DATE, p_zone TEXT) RETURNS TIMESTAMPTZ
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN b.earlier < a.later AND timezone(p_zone, b.earlier) = d.l THEN b.earlier ELSE a.later END
    FROM (SELECT (p_date + CASE WHEN p_key IN ('closing', 'preselectionEnd', 'overviewDue', 'committeeMeeting', 'interviewRoundEnd')
                                THEN 1 ELSE 0 END)::timestamp AS l) d
   CROSS JOIN LATERAL (SELECT timezone(p_zone, d.l) AS later) a
   CROSS JOIN LATERAL (
     SELECT timezone('UTC', d.l - (timezone(p_zone, a.later - interval '1 day') - timezone('UTC', a.later - interval '1 day')))
   ) b(earlier)
$$;

UPDATE "milestones" m SET "due_at" = milestone_due_at(m.key, m.start_date, p.time_zone)
  FROM "procedures" p
 WHERE p.id = m.procedure_id AND m.due_at IS DISTINCT FROM milestone_due_at(m.key, m.start_date, p.time_zone);

-- 2. The twins, named.
COMMENT ON FUNCTION "milestone_due_at"(TEXT, DATE, TEXT) IS
  'TypeScript twin: timelineInstants in src/domain/timeline.ts (the instant of each milestone date in the procedure''s zone); compared by test/integration/sql-twins.test.ts.';
COMMENT ON FUNCTION "procedure_phase_running"(procedure_phase) IS
  'TypeScript twin: procedurePhaseRunning in src/domain/timeline.ts; compared by test/integration/sql-twins.test.ts.';
COMMENT ON FUNCTION "milestones_set_due_at"() IS
  'Keeps milestones.due_at and procedure_running through milestone_due_at and procedure_phase_running; TypeScript twins: timelineInstants and procedurePhaseRunning in src/domain/timeline.ts.';
COMMENT ON FUNCTION "procedures_update_milestones"() IS
  'Keeps milestones.due_at and procedure_running through milestone_due_at and procedure_phase_running; TypeScript twins: timelineInstants and procedurePhaseRunning in src/domain/timeline.ts.';
COMMENT ON FUNCTION "candidate_retention"(UUID[]) IS
  'TypeScript twin: retentionErasure in src/domain/retention.ts (when a person''s data must be erased, and the procedure that decides it); compared by test/integration/sql-twins.test.ts.';
COMMENT ON FUNCTION "refresh_candidate_retention"(UUID[]) IS
  'Stores candidate_retention in candidates.retention_due_at and retention_procedure_id; TypeScript twin: retentionErasure in src/domain/retention.ts.';
