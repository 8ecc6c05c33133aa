-- Retention of a person in no procedure and without a retention consent: three
-- months after they were recorded (src/domain/retention.ts, rule 6). Before,
-- no erasure date followed for them and they were kept without end.

CREATE OR REPLACE FUNCTION "candidate_retention"(ids UUID[])
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
  UNION ALL
  -- A person in no procedure and without a retention consent (found by the
  -- agency's search, not put forward): three months after being recorded.
  SELECT c.id, NULL::uuid, timezone('Europe/Amsterdam', timezone('Europe/Amsterdam', c.created_at) + interval '3 months')
    FROM candidates c
   WHERE c.id = ANY(ids)
     AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id)
     AND NOT EXISTS (SELECT 1 FROM latest l WHERE l.candidate_id = c.id)
$$;

-- A new candidate gets their date at once (later applications and consents
-- recompute it through their own triggers).
CREATE FUNCTION "candidates_retention_insert"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER "candidates_retention_insert" AFTER INSERT ON "candidates"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "candidates_retention_insert"();

SELECT refresh_candidate_retention(ARRAY(SELECT id FROM candidates WHERE erased_at IS NULL));
