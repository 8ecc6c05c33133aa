-- 1. The deadline list without met obligations (src/modules/deadlines/deadlines.repository.ts)
--    reads each timeline obligation in due order and leaves out those met, by
--    anti-joins: for the overview and the committee meeting, a closed
--    preselection or shortlist. The closed stages of one name are found here
--    without reading every procedure's stages.
CREATE INDEX "stages_name_status_procedure_id_idx" ON "stages"("name", "status", "procedure_id");

-- 2. Storing the retention dates of many people at once (one statement that
--    adds thousands of applications or candidates) joined each person with the
--    dates computed for all of them: the planner expects a handful of rows from
--    unnest(ids) and made that a nested loop, so the work grew with the square of
--    the number (10,000 people: 5 s; 100,000: minutes). Each person's date is
--    now computed for that person alone (candidate_retention decides each
--    person independently), which takes the same time per person however many
--    there are. The rule is unchanged.
CREATE OR REPLACE FUNCTION "refresh_candidate_retention"(ids UUID[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE candidates c
     SET retention_due_at = r.r_due_at, retention_procedure_id = r.r_procedure_id
    FROM (SELECT u.id, cr.r_procedure_id, cr.r_due_at
            FROM (SELECT DISTINCT unnest(ids) AS id) u
            LEFT JOIN LATERAL candidate_retention(ARRAY[u.id]) cr ON TRUE) r
   WHERE c.id = r.id
     AND (c.retention_due_at IS DISTINCT FROM r.r_due_at OR c.retention_procedure_id IS DISTINCT FROM r.r_procedure_id);
$$;

COMMENT ON FUNCTION "refresh_candidate_retention"(UUID[]) IS
  'Stores candidate_retention in candidates.retention_due_at and retention_procedure_id; TypeScript twin: retentionErasure in src/domain/retention.ts.';
