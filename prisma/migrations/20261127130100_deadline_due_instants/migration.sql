-- The due instants of the deadline list, kept beside the data they follow so
-- that the list reads each kind of obligation in due order from an index
-- (a page costs the same for 100 or 100,000 procedures) and the sweep finds
-- the erasures that have come due without recomputing every person.
--
-- Triggers keep them current whichever part of the API (or a script) writes
-- the underlying rows. The rules are those of src/domain/timeline.ts
-- (timelineInstants) and src/domain/retention.ts (retentionErasure); the
-- integration tests compare them.

-- 1. Timeline: the instant each milestone stands for in its procedure's zone.
--    A deadline date means the end of that local day (the start of the next);
--    starts of periods and the appointment deadline ("vóór 1 februari") the
--    start of the day.
ALTER TABLE "milestones" ADD COLUMN "due_at" TIMESTAMPTZ(3);
-- Whether the procedure is under way (not draft, completed or cancelled): an
-- obligation not yet met is found among these without reading the history.
ALTER TABLE "milestones" ADD COLUMN "procedure_running" BOOLEAN NOT NULL DEFAULT false;

CREATE FUNCTION "milestone_due_at"(p_key TEXT, p_date DATE, p_zone TEXT) RETURNS TIMESTAMPTZ
LANGUAGE sql STABLE AS $$
  SELECT timezone(p_zone, (p_date + CASE WHEN p_key IN ('closing', 'preselectionEnd', 'overviewDue', 'committeeMeeting', 'interviewRoundEnd')
                                         THEN 1 ELSE 0 END)::timestamp)
$$;

CREATE FUNCTION "procedure_phase_running"(p_phase procedure_phase) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_phase NOT IN ('draft', 'completed', 'cancelled')
$$;

CREATE FUNCTION "milestones_set_due_at"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  zone TEXT;
  phase procedure_phase;
BEGIN
  SELECT p.time_zone, p.phase INTO zone, phase FROM procedures p WHERE p.id = NEW.procedure_id;
  NEW.due_at := milestone_due_at(NEW.key, NEW.start_date, zone);
  NEW.procedure_running := COALESCE(procedure_phase_running(phase), false);
  RETURN NEW;
END
$$;

CREATE TRIGGER "milestones_due_at" BEFORE INSERT OR UPDATE OF "key", "start_date", "procedure_id" ON "milestones"
  FOR EACH ROW EXECUTE FUNCTION "milestones_set_due_at"();

CREATE FUNCTION "procedures_update_milestones"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE milestones
     SET due_at = milestone_due_at(key, start_date, NEW.time_zone), procedure_running = procedure_phase_running(NEW.phase)
   WHERE procedure_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "procedures_update_milestones" AFTER UPDATE OF "time_zone", "phase" ON "procedures"
  FOR EACH ROW
  WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone OR procedure_phase_running(OLD.phase) IS DISTINCT FROM procedure_phase_running(NEW.phase))
  EXECUTE FUNCTION "procedures_update_milestones"();

UPDATE "milestones" m SET "due_at" = milestone_due_at(m.key, m.start_date, p.time_zone), "procedure_running" = procedure_phase_running(p.phase)
  FROM "procedures" p WHERE p.id = m.procedure_id;

DROP INDEX "milestones_key_start_date_idx";
CREATE INDEX "milestones_key_due_at_procedure_id_idx" ON "milestones"("key", "due_at", "procedure_id");
CREATE INDEX "milestones_key_procedure_running_due_at_procedure_id_idx" ON "milestones"("key", "procedure_running", "due_at", "procedure_id");

-- 2. Retention: when each person's data must be erased, and the procedure
--    that decides it (the one that ended last). NULL while nothing is due:
--    appointed, a procedure still running, or no procedure and no consent.
ALTER TABLE "candidates" ADD COLUMN "retention_due_at" TIMESTAMPTZ(3);
ALTER TABLE "candidates" ADD COLUMN "retention_procedure_id" UUID;

CREATE FUNCTION "candidate_retention"(ids UUID[])
RETURNS TABLE (r_candidate_id UUID, r_procedure_id UUID, r_due_at TIMESTAMPTZ)
LANGUAGE sql STABLE AS $$
  WITH per AS (
    SELECT a.candidate_id,
           (array_agg(p.id ORDER BY COALESCE(p.completed_at, p.cancelled_at, p.updated_at) DESC, p.id))[1] AS procedure_id,
           (array_agg(p.time_zone ORDER BY COALESCE(p.completed_at, p.cancelled_at, p.updated_at) DESC, p.id))[1] AS zone,
           max(COALESCE(p.completed_at, p.cancelled_at, p.updated_at)) AS ended_at,
           bool_or(a.stage = 'appointed') AS appointed,
           bool_or(p.phase NOT IN ('completed', 'cancelled')) AS running
      FROM applications a
      JOIN procedures p ON p.id = a.procedure_id
     WHERE a.candidate_id = ANY(ids)
     GROUP BY a.candidate_id
  ), latest AS (
    -- The latest retention consent given counts.
    SELECT DISTINCT ON (c.candidate_id) c.candidate_id, c.given_at, c.expires_at, c.withdrawn_at,
           COALESCE(c.expires_at, timezone('Europe/Amsterdam', timezone('Europe/Amsterdam', c.given_at) + interval '1 year')) AS ends_at
      FROM consents c
     WHERE c.candidate_id = ANY(ids) AND c.kind = 'retention'
     ORDER BY c.candidate_id, c.given_at DESC, c.created_at DESC
  )
  SELECT per.candidate_id, per.procedure_id,
         CASE
           WHEN l.given_at IS NULL THEN b.base
           -- Withdrawn while the procedure ran: as without consent; afterwards: at once.
           WHEN l.withdrawn_at IS NOT NULL THEN CASE WHEN l.withdrawn_at < per.ended_at THEN b.base ELSE LEAST(l.withdrawn_at, b.cap) END
           WHEN l.ends_at <= b.base THEN b.base
           ELSE LEAST(l.ends_at, b.cap)
         END
    FROM per
   CROSS JOIN LATERAL (
     SELECT timezone(per.zone, timezone(per.zone, per.ended_at) + interval '28 days') AS base,
            timezone(per.zone, timezone(per.zone, per.ended_at) + interval '1 year') AS cap
   ) b
    LEFT JOIN latest l ON l.candidate_id = per.candidate_id
   WHERE NOT per.appointed AND NOT per.running
  UNION ALL
  -- A talent-pool entry without any procedure: when its consent ends.
  SELECT l.candidate_id, NULL::uuid, COALESCE(l.withdrawn_at, l.ends_at)
    FROM latest l
   WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = l.candidate_id)
$$;

CREATE FUNCTION "refresh_candidate_retention"(ids UUID[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE candidates c
     SET retention_due_at = r.r_due_at, retention_procedure_id = r.r_procedure_id
    FROM (SELECT u.id, cr.r_procedure_id, cr.r_due_at
            FROM (SELECT DISTINCT unnest(ids) AS id) u
            LEFT JOIN candidate_retention(ids) cr ON cr.r_candidate_id = u.id) r
   WHERE c.id = r.id
     AND (c.retention_due_at IS DISTINCT FROM r.r_due_at OR c.retention_procedure_id IS DISTINCT FROM r.r_procedure_id);
$$;

-- Applications: a new one, another stage (appointed), a move.
CREATE FUNCTION "applications_retention_insert"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(SELECT DISTINCT candidate_id FROM new_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION "applications_retention_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
BEGIN
  ids := ARRAY(
    SELECT x.candidate_id
      FROM new_rows n
      JOIN old_rows o ON o.id = n.id
     CROSS JOIN LATERAL (VALUES (n.candidate_id), (o.candidate_id)) AS x(candidate_id)
     WHERE n.stage IS DISTINCT FROM o.stage OR n.procedure_id IS DISTINCT FROM o.procedure_id OR n.candidate_id IS DISTINCT FROM o.candidate_id);
  IF cardinality(ids) > 0 THEN
    PERFORM refresh_candidate_retention(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "applications_retention_delete"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(SELECT DISTINCT candidate_id FROM old_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER "applications_retention_insert" AFTER INSERT ON "applications"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "applications_retention_insert"();
CREATE TRIGGER "applications_retention_update" AFTER UPDATE ON "applications"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "applications_retention_update"();
CREATE TRIGGER "applications_retention_delete" AFTER DELETE ON "applications"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "applications_retention_delete"();

-- Procedures: completed, cancelled (or, in principle, reopened), another zone.
CREATE FUNCTION "procedures_retention_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
BEGIN
  ids := ARRAY(
    SELECT DISTINCT a.candidate_id
      FROM new_rows n
      JOIN old_rows o ON o.id = n.id
      JOIN applications a ON a.procedure_id = n.id
     WHERE n.phase IS DISTINCT FROM o.phase OR n.completed_at IS DISTINCT FROM o.completed_at
        OR n.cancelled_at IS DISTINCT FROM o.cancelled_at OR n.time_zone IS DISTINCT FROM o.time_zone);
  IF cardinality(ids) > 0 THEN
    PERFORM refresh_candidate_retention(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "procedures_retention_update" AFTER UPDATE ON "procedures"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "procedures_retention_update"();

-- Retention consents: given, withdrawn, changed.
CREATE FUNCTION "consents_retention_insert"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(SELECT DISTINCT candidate_id FROM new_rows WHERE kind = 'retention'));
  RETURN NULL;
END
$$;

CREATE FUNCTION "consents_retention_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(
    SELECT candidate_id FROM new_rows WHERE kind = 'retention' UNION SELECT candidate_id FROM old_rows WHERE kind = 'retention'));
  RETURN NULL;
END
$$;

CREATE FUNCTION "consents_retention_delete"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(SELECT DISTINCT candidate_id FROM old_rows WHERE kind = 'retention'));
  RETURN NULL;
END
$$;

CREATE TRIGGER "consents_retention_insert" AFTER INSERT ON "consents"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "consents_retention_insert"();
CREATE TRIGGER "consents_retention_update" AFTER UPDATE ON "consents"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "consents_retention_update"();
CREATE TRIGGER "consents_retention_delete" AFTER DELETE ON "consents"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "consents_retention_delete"();

SELECT refresh_candidate_retention(ARRAY(SELECT id FROM candidates));

-- The list reads erasures in due order; the sweep takes those due and not yet done.
CREATE INDEX "candidates_retention_due_at_id_idx" ON "candidates"("retention_due_at", "id");
CREATE INDEX "candidates_erased_at_retention_due_at_id_idx" ON "candidates"("erased_at", "retention_due_at", "id");
CREATE INDEX "candidates_retention_procedure_id_idx" ON "candidates"("retention_procedure_id");
-- Headhunted candidates in the order they were recorded (their notice is due a month later).
CREATE INDEX "candidates_source_created_at_idx" ON "candidates"("source", "created_at");
